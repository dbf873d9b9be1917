"""What people write is registered by its owner (core/targets.py): moderation and
discussion find every target there and reach no other app's services by name."""

from pathlib import Path

from praxisdialog.blog.models import Post
from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.core import targets
from praxisdialog.discussion.models import Comment
from praxisdialog.insights.models import Theme
from praxisdialog.network.models import Profile
from praxisdialog.practices.models import Adoption, PracticeUpdate

PACKAGE = Path(__file__).resolve().parents[2] / "praxisdialog"


def test_what_can_be_commented_on_is_registered():
    for model in (Call, Contribution, Post, Theme):
        registered = targets.target_for_model(model)
        assert registered is not None and registered.accepts_comments is not None, model
        # ... and found by the key in its page's address, where its comment form posts.
        assert registered.get_for_display is not None, model


def test_what_the_desk_decides_on_can_be_published_and_hidden():
    for model in (Comment, Contribution, Profile, PracticeUpdate, Adoption):
        registered = targets.target_for_model(model)
        assert registered is not None, model
        assert registered.publish and registered.hide and registered.reject, model


def test_what_can_be_reported_is_found_by_its_kind():
    for kind in ("comment", "contribution", "profile"):
        assert targets.target_for_kind(kind).get_for_report is not None, kind


def test_moderation_and_discussion_do_not_reach_into_the_apps_they_serve():
    moderation = (PACKAGE / "moderation" / "services.py").read_text()
    for app in ("contributions", "discussion", "network", "practices"):
        assert f"praxisdialog.{app}" not in moderation, app
    discussion = (PACKAGE / "discussion" / "targets.py").read_text()
    for app in ("blog", "calls", "contributions", "insights"):
        assert f"praxisdialog.{app}" not in discussion, app


def test_no_app_imports_another_apps_views():
    """Apps meet through services, selectors, registries and template tags; a view of one
    app is never called by another (the comment form posts to discussion's own address
    for every kind of target)."""
    import ast

    crossings = []
    for path in PACKAGE.glob("*/**/*.py"):
        app = path.relative_to(PACKAGE).parts[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[0] == "praxisdialog" and parts[2:3] == ["views"] and parts[1] != app:
                    crossings.append(f"{path.relative_to(PACKAGE)}: {node.module}")
    assert crossings == []


def test_core_imports_no_app():
    """Every app builds on core; core reaches the apps only through what they register
    (targets, holders, the machine translator, mail counts), never by importing them."""
    import ast

    imported = set()
    for path in (PACKAGE / "core").glob("**/*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[0] == "praxisdialog" and len(parts) > 1:
                    imported.add(f"{path.relative_to(PACKAGE)}: {node.module}")
    assert {line for line in imported if ": praxisdialog.core" not in line} == set()
