import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone


class EmlFileBackend(BaseEmailBackend):
    """Writes each message as its own .eml file in EMAIL_FILE_PATH (var/mail/ by default),
    so a developer can open it in a mail program and tests can read it."""

    def __init__(self, *, file_path: str, **kwargs):
        super().__init__(**kwargs)
        self.directory = Path(file_path)

    def send_messages(self, email_messages):
        self.directory.mkdir(parents=True, exist_ok=True)
        sent = 0
        for message in email_messages:
            # Time first, so the files sort in the order they were sent.
            name = f"{timezone.now():%Y%m%d-%H%M%S-%f}-{uuid.uuid4().hex[:8]}.eml"
            (self.directory / name).write_bytes(message.message().as_bytes())
            sent += 1
        return sent
