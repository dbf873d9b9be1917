"""A real SMTP server on 127.0.0.1 for the tests that check delivery (aiosmtpd)."""

import socket
import threading
import time
from email import message_from_bytes
from email.policy import default

from aiosmtpd.controller import Controller


class Collect:
    """Keeps every message the server accepts; refuses the addresses in `refuse` as
    often as `refusals` says, so tests can make deliveries fail and then succeed."""

    def __init__(self):
        self.messages = []
        self.refuse: set[str] = set()
        self.refusals = 1
        self.mailers: dict = {}
        self._refused: dict[str, int] = {}
        self._lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self._lock:
            if address in self.refuse and self._refused.get(address, 0) < self.refusals:
                self._refused[address] = self._refused.get(address, 0) + 1
                return "450 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 Message accepted"

    def wait_for(self, count: int, timeout: float = 10) -> None:
        """Mail is handed over synchronously, but the server files it in its own thread."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smtp_mailers(port: int, timeout: int = 10) -> dict:
    """The MAILERS setting that sends to the test server."""
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": timeout},
        }
    }


class SmtpServer:
    """Starts the server on a free port; stops it however the test ends."""

    def __init__(self):
        self.handler = Collect()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.handler.mailers = smtp_mailers(self.port)

    def __enter__(self) -> Collect:
        self.controller.start()
        return self.handler

    def __exit__(self, *exc_info) -> None:
        self.controller.stop()
