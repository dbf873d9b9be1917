"""Each app declares in its own personal.py what it holds about a person; privacy asks
the registry (core/holders.py) for the export and the erasure."""

from praxisdialog.core.holders import holders


def test_every_app_that_holds_personal_data_registers_itself_in_erasure_order():
    assert [holder.key for holder in holders()] == [
        "account",
        "translations",
        "contributions",
        "discussion",
        "practices",
        "moderation",
        "notifications",
        "events",
        "network",
        "privacy",
        "newsletter",
    ]


def test_each_holder_lives_in_the_app_whose_data_it_handles():
    for holder in holders():
        for function in (holder.export, holder.erase, holder.forget_targets, holder.forget_texts):
            if function is not None:
                assert function.__module__.endswith(".personal"), function
                assert function.__module__.split(".")[1] != "privacy" or holder.key == "privacy"


def test_each_consent_the_privacy_pages_withdraw_is_kept_by_one_app():
    from praxisdialog.privacy.models import ConsentWithdrawal

    keepers = {}
    for holder in holders():
        for kind, consent in holder.consents.items():
            assert kind not in keepers, kind
            for function in (consent.given, consent.get, consent.withdraw):
                if function is not None:
                    assert function.__module__ == f"praxisdialog.{holder.key}.personal", function
            keepers[kind] = holder.key
    assert keepers == {
        ConsentWithdrawal.Kind.PUBLICATION: "contributions",
        ConsentWithdrawal.Kind.NETWORK_PROFILE: "network",
        ConsentWithdrawal.Kind.EVENT_LIST: "events",
        ConsentWithdrawal.Kind.NEWSLETTER: "newsletter",
    }


def test_privacy_reaches_the_other_apps_services_only_through_the_registry():
    """No import circle between privacy and the apps whose consents it withdraws: those
    apps may record in privacy's audit log, so privacy must not import their services."""
    import ast
    from pathlib import Path

    import praxisdialog.privacy.services as privacy_services

    tree = ast.parse(Path(privacy_services.__file__).read_text())
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert (
        not {f"praxisdialog.{app}.services" for app in ("contributions", "network", "newsletter")}
        & imported
    )


def test_the_consents_page_reads_no_other_apps_tables():
    """The privacy app lists and finds consents through the registry: its selectors
    import no model or selector of the apps that keep them."""
    import ast
    from pathlib import Path

    import praxisdialog.privacy.selectors as privacy_selectors

    tree = ast.parse(Path(privacy_selectors.__file__).read_text())
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert {
        module
        for module in imported
        if module.startswith("praxisdialog.") and not module.startswith("praxisdialog.core.")
    } == set()
