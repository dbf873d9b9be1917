import os
import shutil
import subprocess
from email import message_from_bytes

from django.conf import settings
from django.core.mail import EmailMessage

from praxisdialog.core.mail import EmlFileBackend
from praxisdialog.settings import mailer_from_url


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
