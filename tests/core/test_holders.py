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
