"""Rate limits per account and per IP address, kept in the default cache so that every
worker shares them (the database cache by default, Redis when REDIS_URL is set).

Keys are the account's id and the connection's address (REMOTE_ADDR, or behind
TRUSTED_PROXY_COUNT proxies the address the outermost one saw; never a header a client
can forge, nor an e-mail address a visitor types in), so nobody can use up someone
else's allowance and lock them out."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.db import DatabaseCache
from django.db import router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

# scope: (per account, per IP address, window in seconds); settings.RATE_LIMITS overrides.
DEFAULT_LIMITS: dict[str, tuple[int, int, int]] = {
    "comment": (8, 30, 600),
    "contribution": (10, 30, 3600),
    "report": (10, 20, 3600),
    "mail": (5, 10, 3600),
    # Event registrations: per account for participants, per address for guests (whose
    # every registration mails an address nobody has confirmed yet).
    "registration": (10, 10, 3600),
}


class RateLimited(Exception):
    def __init__(self, *, retry_after: int):
        self.retry_after = retry_after
        minutes = max(1, round(retry_after / 60))
        self.message = _(
            "You have done this very often in a short time. Please wait about "
            "%(minutes)d minutes and try again."
        ) % {"minutes": minutes}
        super().__init__(self.message)


@dataclass(frozen=True)
class Limit:
    per_account: int
    per_ip: int
    window: int


def limit_for(scope: str) -> Limit:
    overrides = settings.RATE_LIMITS
    return Limit(*overrides.get(scope, DEFAULT_LIMITS[scope]))


def client_ip(request) -> str:
    """The client's address. Behind N trusted proxies (settings.TRUSTED_PROXY_COUNT), each
    appends the address it received from to X-Forwarded-For, so the N-th entry from the
    right is the one our outermost proxy saw; entries further left are the client's word."""
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies][:45]


# Seconds a window's count is kept past the window's end, for servers whose clocks
# differ a little.
CLOCK_MARGIN = 5


def _incr_keeps_expiry(backend) -> bool:
    """Redis, memcached and the local-memory cache count in place and leave the entry's
    expiry alone. Backends that inherit BaseCache.incr (the database and file caches)
    read the value and set it again, which gives the entry the cache's default timeout
    (300 s): a window's count would vanish five minutes after its last hit."""
    return type(backend).incr is not BaseCache.incr


def _window(window: int) -> tuple[int, int, int]:
    """The current window's number, the time now and when the window ends (seconds)."""
    now = int(timezone.now().timestamp())
    bucket = now // window
    return bucket, now, (bucket + 1) * window


def window_hit(key: str, *, window: int) -> int:
    """Counts one hit for `key` in the current window of `window` seconds and returns
    the window's count so far. The key names the window's number, so a window ends on
    time whatever the cache keeps; the count is kept until the window ends on every
    backend. Atomic on Redis, memcached and the local-memory cache; on the database
    cache, call it inside a transaction (see _one_write) so that SQLite serialises the
    read and the write."""
    backend = caches["default"]
    bucket, now, ends = _window(window)
    full_key = f"ratelimit:{key}:{bucket}"
    keep = ends - now + CLOCK_MARGIN
    if not _incr_keeps_expiry(backend):
        count = (backend.get(full_key) or 0) + 1
        backend.set(full_key, count, timeout=keep)
        return count
    try:
        return backend.incr(full_key)
    except ValueError:  # the window's first hit, or its key expired a moment ago
        # add() fails when another request added the key in between: count on from it.
        return 1 if backend.add(full_key, 1, timeout=keep) else backend.incr(full_key)


def window_count(key: str, *, window: int) -> int:
    """How many hits `key` has had in the current window, without counting one."""
    bucket, _now, _ends = _window(window)
    return caches["default"].get(f"ratelimit:{key}:{bucket}") or 0


def _hit(key: str, *, limit: int, window: int) -> int | None:
    """Counts one hit in the current window; returns seconds to wait when over the limit."""
    if window_hit(key, window=window) > limit:
        _bucket, now, ends = _window(window)
        return ends - now
    return None


def _one_write(function):
    """Runs the hits of one check in one transaction when the cache is the database's.
    Each cache write is a write transaction of its own otherwise, and on SQLite every
    one of them queues for the database's single write lock (a comment paid four); in
    one transaction the check queues once and its read-then-write increments cannot
    interleave with another worker's."""
    backend = caches["default"]
    if isinstance(backend, DatabaseCache):
        with transaction.atomic(using=router.db_for_write(backend.cache_model_class)):
            return function()
    return function()


def rate_limit_check(*, scope: str, user=None, ip: str = "") -> None:
    """Counts an attempt and raises RateLimited when the account or the address has
    used up its allowance for this kind of action."""
    limit = limit_for(scope)
    keys = []
    if user is not None and getattr(user, "is_authenticated", False):
        keys.append((f"{scope}:user:{user.pk}", limit.per_account))
    if ip:
        keys.append((f"{scope}:ip:{ip}", limit.per_ip))
    if not keys:
        return
    waits = _one_write(lambda: [_hit(key, limit=most, window=limit.window) for key, most in keys])
    waits = [wait for wait in waits if wait is not None]
    if waits:
        raise RateLimited(retry_after=max(waits))
