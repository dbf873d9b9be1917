"""Data rights: export, deletion, consent withdrawal, retention; and the audit log."""

import hashlib
import json
import secrets
import zipfile
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.translation import gettext as _

from praxisdialog.core.emails import send_templated_mail
from praxisdialog.core.holders import ErasureContext, consent_withdraw, holders

from .models import AuditEntry, ConsentWithdrawal, DataExport
from .storage import export_dir, export_file_delete

PLACEHOLDER_EMAIL = "deleted-account@praxisdialog.invalid"
# A request still pending after this long is taken as lost (worker down) and may be repeated.
EXPORT_STALE_AFTER = timedelta(hours=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# Audit log ----------------------------------------------------------------------------


def audit_record(
    *,
    actor,
    action: str,
    method: str = "",
    path: str = "",
    target=None,
    details: dict | None = None,
    status_code: int | None = None,
) -> AuditEntry:
    # A person who has just deleted their own account leaves no name behind.
    present = actor is not None and actor.pk is not None
    entry = AuditEntry(
        actor=actor if present else None,
        actor_name=(str(actor.get_full_name() or actor.email) if present else "")[:120],
        action=action[:200],
        method=method,
        path=path[:500],
        details=details or {},
        status_code=status_code,
    )
    if target is not None:
        entry.target_type = target._meta.label_lower
        entry.target_id = str(target.pk)
        entry.target_repr = str(target)[:200]
    entry.save()
    return entry


# Export -------------------------------------------------------------------------------


@transaction.atomic
def data_export_request(*, user) -> DataExport:
    """Queues the building of a ZIP with everything the person gave. One at a time:
    while one is being prepared, another request is refused."""
    from .tasks import build_data_export

    recent = timezone.now() - EXPORT_STALE_AFTER
    pending = DataExport.objects.filter(
        user=user, status=DataExport.Status.PENDING, created_at__gt=recent
    )
    if pending.exists():
        raise ValidationError(
            _("Your data is already being prepared. You will receive an e-mail shortly.")
        )
    export = DataExport.objects.create(
        user=user,
        expires_at=timezone.now() + timedelta(hours=settings.DATA_EXPORT_LINK_HOURS),
    )
    transaction.on_commit(lambda: build_data_export.enqueue(export_id=export.pk))
    return export


def data_export_collect(*, user) -> dict:
    data = {}
    for holder in holders():
        if holder.export is not None:
            section = holder.export(user)
            if section is not None:
                data[holder.key] = section
    return data


def _readable(value):
    """Nested JSON data as nested HTML lists, every text escaped."""
    if isinstance(value, dict):
        return format_html(
            "<dl>{}</dl>",
            format_html_join(
                "",
                "<dt>{}</dt><dd>{}</dd>",
                ((key.replace("_", " "), _readable(item)) for key, item in value.items()),
            ),
        )
    if isinstance(value, list):
        if not value:
            return "—"
        return format_html(
            "<ol>{}</ol>", format_html_join("", "<li>{}</li>", ((_readable(i),) for i in value))
        )
    if value is None or value == "":
        return "—"
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    return str(value)


def data_export_build(*, export: DataExport) -> DataExport:
    """Writes the ZIP (data.json and a readable index.html in the person's language)
    into the private export folder and mails a link that works until it expires."""
    try:
        return _data_export_build(export)
    except Exception:
        export_file_delete(export)
        DataExport.objects.filter(pk=export.pk).update(
            status=DataExport.Status.FAILED, file_name="", token_hash=None
        )
        raise


def _data_export_build(export: DataExport) -> DataExport:
    user = export.user
    data = data_export_collect(user=user)
    now = timezone.now()
    language = user.preferred_language or settings.LANGUAGE_CODE
    labels = {holder.key: holder.label for holder in holders()}
    with translation.override(language):
        sections = [
            {"label": str(labels[key]), "body": conditional_escape(_readable(value))}
            for key, value in data.items()
        ]
        html = render_to_string(
            "privacy/export/index.html",
            {"sections": sections, "created_at": now, "user": user, "LANGUAGE_CODE": language},
        )
    export.file_name = f"{secrets.token_hex(16)}.zip"  # set first, so a failure cleans up
    path = export_dir() / export.file_name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        payload = {"created_at": now.isoformat(), **data}
        archive.writestr("data.json", json.dumps(payload, ensure_ascii=False, indent=2))
        archive.writestr("index.html", html)
    path.chmod(0o600)
    token = secrets.token_urlsafe(32)
    export.token_hash = token_hash(token)
    export.status = DataExport.Status.READY
    export.ready_at = now
    export.expires_at = now + timedelta(hours=settings.DATA_EXPORT_LINK_HOURS)
    export.save()
    send_templated_mail(
        template="privacy/emails/export_ready",
        to=[user.email],
        language=language,
        context={
            "user": user,
            "export": export,
            "download_url": settings.SITE_URL
            + reverse("privacy:export-download", kwargs={"token": token}),
        },
    )
    return export


# Deletion -----------------------------------------------------------------------------


def placeholder_user():
    """The one inactive account that kept content moves to, so that contributions
    and comments whose authors left can stay, shown without a name."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    user = user_model.objects.filter(email=PLACEHOLDER_EMAIL).first()
    if user is None:
        user = user_model.objects.create_user(email=PLACEHOLDER_EMAIL, is_active=False)
    return user


def user_sessions_end(*, user) -> int:
    """Logs the person out on every device: sessions live in the database, keyed by an
    opaque id, so each live one is decoded to find theirs."""
    own = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    Session.objects.filter(pk__in=own).delete()
    return len(own)


@transaction.atomic
def account_delete(*, user, keep_content: bool) -> None:
    """Deletes the account and everything that belongs to it. With `keep_content`,
    contributions and comments stay, moved to the placeholder account and shown as
    anonymous; otherwise they go too."""
    if user.email == PLACEHOLDER_EMAIL:
        raise ValidationError(_("This account cannot be deleted."))
    context = ErasureContext(
        user=user, email=user.email, keep_content=keep_content, placeholder=placeholder_user()
    )
    for holder in holders():
        if holder.erase is not None:
            holder.erase(context)
    user_sessions_end(user=user)
    user.delete()


# Consents -----------------------------------------------------------------------------


def _withdraw(user, kind: str, *, obj=None, nothing: str = "") -> ConsentWithdrawal:
    """Takes the consent back through the app that keeps it (core/holders.py) and records
    when; `nothing` is the answer when there was nothing to take back."""
    withdrawn = consent_withdraw(kind, user=user, obj=obj)
    if withdrawn is None:
        raise ValidationError(nothing)
    return ConsentWithdrawal.objects.create(
        user=user, kind=kind, object_id=getattr(withdrawn, "pk", None)
    )


@transaction.atomic
def consent_publication_withdraw(*, user, contribution) -> ConsentWithdrawal:
    if contribution.author_id != user.pk:
        raise ValidationError(_("This is not your contribution."))
    return _withdraw(user, ConsentWithdrawal.Kind.PUBLICATION, obj=contribution)


@transaction.atomic
def consent_network_withdraw(*, user) -> ConsentWithdrawal:
    return _withdraw(
        user,
        ConsentWithdrawal.Kind.NETWORK_PROFILE,
        nothing=_("Your network profile is not shown."),
    )


@transaction.atomic
def consent_event_list_withdraw(*, user, registration) -> ConsentWithdrawal:
    if registration.user_id != user.pk:
        raise ValidationError(_("This is not your registration."))
    return _withdraw(user, ConsentWithdrawal.Kind.EVENT_LIST, obj=registration)


@transaction.atomic
def consent_newsletter_withdraw(*, user) -> ConsentWithdrawal:
    return _withdraw(
        user,
        ConsentWithdrawal.Kind.NEWSLETTER,
        nothing=_("There is no newsletter subscription to withdraw."),
    )


# Retention ----------------------------------------------------------------------------


def _unverified_accounts_delete(now) -> int:
    from django.contrib.auth import get_user_model

    cutoff = now - timedelta(days=settings.RETENTION_UNVERIFIED_DAYS)
    stale = (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, is_staff=False, is_superuser=False)
        .exclude(emailaddress__verified=True)
        .exclude(email=PLACEHOLDER_EMAIL)
    )
    count = 0
    for user in stale:
        account_delete(user=user, keep_content=False)
        count += 1
    return count


def _guest_data_delete(now) -> dict[str, int]:
    from praxisdialog.events.services import registration_retention_apply

    cutoff = now - timedelta(days=settings.RETENTION_GUEST_DAYS)
    return registration_retention_apply(cutoff=cutoff, now=now)


def _ip_data_delete(now) -> int:
    """IP addresses are held only in the keys of rate-limit counters. In the database
    cache, rows stay after they expire until culled; delete them here. (Redis drops
    keys itself when they expire.)"""
    cache = settings.CACHES["default"]
    if not cache["BACKEND"].endswith("DatabaseCache"):
        return 0
    cutoff = now - timedelta(days=settings.RETENTION_IP_DAYS)
    table = connection.ops.quote_name(cache["LOCATION"])
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE cache_key LIKE %s AND expires < %s",  # noqa: S608 - table from settings
            ["%ratelimit:%:ip:%", connection.ops.adapt_datetimefield_value(cutoff)],
        )
        return cursor.rowcount


def _expired_exports_delete(now) -> int:
    expired = DataExport.objects.filter(
        Q(expires_at__lte=now), ~Q(status=DataExport.Status.EXPIRED)
    )
    count = 0
    for export in expired:
        export_file_delete(export)
        export.status = DataExport.Status.EXPIRED
        export.file_name = ""
        export.token_hash = None
        export.save(update_fields=["status", "file_name", "token_hash"])
        count += 1
    return count


def retention_run(*, now=None) -> dict[str, int]:
    """Deletes what is kept no longer than its period (settings RETENTION_*): unverified
    accounts, guest registrations and event needs after the event, IP data, expired
    export files. Each part is its own transaction, so one failure keeps the others."""
    now = now or timezone.now()
    with transaction.atomic():
        accounts = _unverified_accounts_delete(now)
    with transaction.atomic():
        guests = _guest_data_delete(now)
    with transaction.atomic():
        ips = _ip_data_delete(now)
    with transaction.atomic():
        exports = _expired_exports_delete(now)
    return {"unverified_accounts": accounts, **guests, "ip_records": ips, "exports": exports}
