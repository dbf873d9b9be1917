"""Where the local files of an installation live (VAR_DIR, `var/` by default): the SQLite
database, mail as .eml files, uploads, exports and the generated secret key.

Kept apart from the settings so that importing the settings writes nothing: manage.py,
wsgi.py and asgi.py call `prepare()` before Django starts."""

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
SECRET_KEY_FILE = VAR_DIR / "secret_key"


def prepare() -> None:
    """Makes var/ and, unless SECRET_KEY is set, a key generated once into it, so a fresh
    clone runs without configuration. Several processes may start at once (gunicorn's
    workers): each writes a draft of its own and links it into place, so the first key
    linked is the one all of them read."""
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    if os.environ.get("SECRET_KEY") or SECRET_KEY_FILE.exists():
        return
    draft = VAR_DIR / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
    draft.write_text(secrets.token_urlsafe(50))
    draft.chmod(0o600)
    try:
        os.link(draft, SECRET_KEY_FILE)
    except FileExistsError:
        pass  # another process was first: its key counts
    finally:
        draft.unlink()


def secret_key() -> str:
    """The key `prepare()` generated. Without one (the settings imported by a tool that
    did not prepare var/), a key for this process only: nothing is written."""
    try:
        return SECRET_KEY_FILE.read_text().strip()
    except FileNotFoundError:
        return secrets.token_urlsafe(50)
