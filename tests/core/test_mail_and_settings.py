import os
import shutil
import subprocess
import sys
from email import message_from_bytes
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage

from praxisdialog.core.mail import EmlFileBackend
from praxisdialog.settings import env_rate_limits, mailer_from_url

ROOT = Path(__file__).resolve().parents[2]


def test_each_message_becomes_its_own_eml_file(tmp_path):
    backend = EmlFileBackend(file_path=tmp_path)
    messages = [
        EmailMessage("Betreff eins", "Text", "from@example.org", ["a@example.org"]),
        EmailMessage("Betreff zwei", "Text", "from@example.org", ["b@example.org"]),
    ]
    assert backend.send_messages(messages) == 2
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 2
    parsed = message_from_bytes(files[0].read_bytes())
    assert parsed["To"] in {"a@example.org", "b@example.org"}


def test_email_url_for_smtp_with_credentials():
    options = mailer_from_url("smtp://user:p%40ss@mail.example.org:587?tls=true")["OPTIONS"]
    assert options["host"] == "mail.example.org"
    assert options["port"] == 587
    assert options["password"] == "p@ss"
    assert options["use_tls"] is True


def test_email_url_defaults_to_eml_files():
    mailer = mailer_from_url("")
    assert mailer["BACKEND"] == "praxisdialog.core.mail.EmlFileBackend"
    assert mailer["OPTIONS"]["file_path"].endswith("mail")


def test_make_run_points_mail_links_at_its_own_port_and_shows_the_sites_error_pages():
    """`make run` sets SITE_URL from HOST and PORT (mail links then reach this server) and
    leaves DEBUG off unless asked, so a missing page shows the site's own 404."""
    if shutil.which("make") is None:
        return
    planned = subprocess.run(
        ["make", "-n", "run", "HOST=127.0.0.1", "PORT=8765"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k not in {"DEBUG", "SITE_URL"}},
    ).stdout
    assert "SITE_URL=${SITE_URL:-http://127.0.0.1:8765}" in planned
    assert "DEBUG=" not in planned


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_importing_the_settings_writes_nothing(tmp_path):
    var_dir = tmp_path / "var"
    _python("import praxisdialog.settings", VAR_DIR=str(var_dir))
    assert not var_dir.exists()


def test_the_key_is_generated_once_and_kept(tmp_path):
    var_dir = tmp_path / "var"
    code = (
        "from praxisdialog import var_dir; var_dir.prepare();"
        "from praxisdialog import settings; print(settings.SECRET_KEY)"
    )
    first = _python(code, VAR_DIR=str(var_dir)).stdout.strip()
    second = _python(code, VAR_DIR=str(var_dir)).stdout.strip()
    assert len(first) > 40 and first == second
    assert [path.name for path in var_dir.iterdir()] == ["secret_key"]
    assert (var_dir / "secret_key").stat().st_mode & 0o777 == 0o600


def test_every_setting_read_by_the_code_is_declared_and_listed_in_env_example():
    """A setting read with a fallback (`getattr(settings, NAME, default)`) is one nobody
    can find: each is declared in settings.py, and each variable in .env.example."""
    source = "\n".join(
        path.read_text()
        for path in (ROOT / "praxisdialog").rglob("*.py")
        if "migrations" not in path.parts
    )
    assert 'getattr(settings, "' not in source
    example = (ROOT / ".env.example").read_text()
    for name in (
        "RATE_LIMITS",
        "MODERATION_PREMODERATE_CONTRIBUTIONS",
        "MODERATION_PREMODERATE_COMMENTS",
        "MODERATION_NEW_ACCOUNT_MAX_LINKS",
        "NEWSLETTER_BATCH_SIZE",
        "NEWSLETTER_RESEND_MINUTES",
        "NEWSLETTER_CONFIRMATION_HOURS",
        "COMMENTS_PAGE_SIZE",
        "NETWORK_PAGE_SIZE",
        "TRUSTED_PROXY_COUNT",
    ):
        assert hasattr(settings, name), name
        assert f"\n{name}=" in example, name


def test_rate_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("RATE_LIMITS", "comment=1/2/60, report=3/4/120")
    assert env_rate_limits("RATE_LIMITS") == {
        "comment": (1, 2, 60),
        "report": (3, 4, 120),
    }
