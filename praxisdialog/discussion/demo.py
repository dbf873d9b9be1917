"""Demo content of this capability, called by `manage.py seed_demo` (idempotent)."""


def seed(*, call, staff, participant, authors) -> None:
    """Add what is missing; keep what exists."""
