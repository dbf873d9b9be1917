"""Writes of the resonance app: closing a phase with a message, refreshing the figures
(and telling staff once when every threshold is met), thresholds, and the dossier."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from praxisdialog.calls.models import Call, Phase
from praxisdialog.calls.services import phase_end_now
from praxisdialog.core.i18n import other_languages
from praxisdialog.core.texts import clean_text
from praxisdialog.notifications.models import Kind
from praxisdialog.notifications.services import notify

from . import selectors
from .models import Dossier, PhaseClosing, ResonanceSettings, ResonanceSnapshot, dossier_path

# A PDF of 100,000 contributions helps nobody; the rest is in the open data.
DOSSIER_MAX_CONTRIBUTIONS = 300


@transaction.atomic
def phase_close(
    *, phase: Phase, message: str, versions: dict[str, str] | None = None, actor
) -> PhaseClosing:
    """Ends the current phase now and sends the staff message to every participant of the
    call (after commit, through a task), each in their language where staff wrote a
    version of it (`versions`: {language: text}), else in German. A phase is closed once."""
    message = clean_text(
        message, field="message", required=_("Please write a message to the participants.")
    )
    written = {
        code: {"message": text.strip()}
        for code, text in (versions or {}).items()
        if code in dict(other_languages()) and text and text.strip()
    }
    if PhaseClosing.objects.filter(phase=phase).exists():
        raise ValidationError(_("This phase has already been closed."))
    phase_end_now(phase=phase)
    closing = PhaseClosing.objects.create(
        phase=phase,
        message=message,
        translations=written,
        actor=actor,
        closed_at=timezone.now(),
    )
    from .tasks import send_phase_closing

    transaction.on_commit(lambda: send_phase_closing.enqueue(closing_id=closing.pk))
    return closing


def phase_closing_send(*, closing: PhaseClosing) -> int:
    """Tells every contributor, commenter and follower once, in the site and by mail in
    their language. Claims the closing first, so a task that runs twice sends once."""
    with transaction.atomic():
        claimed = PhaseClosing.objects.filter(pk=closing.pk, sent_at__isnull=True).update(
            sent_at=timezone.now()
        )
        if not claimed:
            return 0
        call = closing.phase.call
        people = selectors.participants_of(call=call)
        created = notify(
            recipients=people,
            kind=Kind.PHASE_CLOSED,
            data={
                "call": call.title,
                "phase": closing.phase.kind,
                "message": closing.message,
                # Each recipient reads the versions in their language (else German).
                "versions": {
                    code: {
                        "call": call.written_version("title", code),
                        "message": (closing.translations.get(code) or {}).get("message", ""),
                    }
                    for code, _language in other_languages()
                },
            },
            url=call.get_absolute_url(),
            exclude=[closing.actor_id] if closing.actor_id else (),
        )
        PhaseClosing.objects.filter(pk=closing.pk).update(recipient_count=len(created))
    return len(created)


@transaction.atomic
def resonance_settings_save(*, call: Call, values: dict) -> ResonanceSettings:
    current = selectors.resonance_settings_for(call)
    for name, value in values.items():
        setattr(current, name, value)
    current.full_clean()
    current.save()
    # New thresholds may be met already: recount, and tell staff if so.
    from .tasks import refresh_resonance

    transaction.on_commit(lambda: refresh_resonance.enqueue(call_id=call.pk))
    return current


def resonance_refresh(*, call: Call) -> ResonanceSnapshot:
    """Recomputes the figures of a call and stores them; tells staff in the site once when
    every threshold is met for the first time."""
    data = selectors.resonance_compute(call=call)
    with transaction.atomic():
        snapshot, _created = ResonanceSnapshot.objects.update_or_create(
            call=call, defaults={"data": data, "computed_at": timezone.now()}
        )
        resonance_settings = selectors.resonance_settings_for(call)
        if resonance_settings.pk is None:
            resonance_settings.save()
        if resonance_settings.reached_notified_at is None and selectors.thresholds_met(
            data=data, settings=resonance_settings
        ):
            _tell_staff_reached(call=call, resonance_settings=resonance_settings)
    return snapshot


def resonance_figures_current(*, call: Call) -> ResonanceSnapshot:
    """The stored figures: counted now when there are none yet, recounted in the
    background when they are older than SNAPSHOT_MAX_AGE."""
    snapshot = selectors.snapshot_for(call)
    if snapshot is None:
        return resonance_refresh(call=call)
    if selectors.snapshot_is_stale(snapshot):
        from .tasks import refresh_resonance

        refresh_resonance.enqueue(call_id=call.pk)
    return snapshot


def _tell_staff_reached(*, call: Call, resonance_settings: ResonanceSettings) -> None:
    from praxisdialog.accounts.models import User

    claimed = ResonanceSettings.objects.filter(
        pk=resonance_settings.pk, reached_notified_at__isnull=True
    ).update(reached_notified_at=timezone.now())
    if not claimed:
        return
    notify(
        recipients=User.objects.filter(is_staff=True, is_active=True),
        kind=Kind.RESONANCE_REACHED,
        data={"call": call.title},
        url=reverse("resonance:dashboard", kwargs={"slug": call.slug}),
        mail=False,
    )


@transaction.atomic
def dossier_request(*, call: Call) -> Dossier:
    """Queues the generation of the call's PDF dossier; the last one stays downloadable
    until the new one is ready."""
    now = timezone.now()
    dossier, created = Dossier.objects.get_or_create(call=call, defaults={"requested_at": now})
    if not created:
        dossier.requested_at = now
        dossier.save(update_fields=["requested_at"])
    _generate_on_commit(dossier)
    return dossier


def _generate_on_commit(dossier: Dossier) -> None:
    from .tasks import generate_dossier

    stamp = dossier.requested_at.isoformat()
    transaction.on_commit(
        lambda: generate_dossier.enqueue(dossier_id=dossier.pk, requested_at=stamp)
    )


@transaction.atomic
def dossier_content_changed(*, call_ids) -> int:
    """Published content of these calls changed in a way a dossier must not keep: a
    contribution was withdrawn, hidden, redacted, edited or deleted, or its author left
    or changed the name it is shown under. Called by the services that make such a
    change, inside their transaction.

    The dossier is withheld at once (no file, status pending: nobody can download the
    old text, staff neither) and rebuilt by a task after commit; its old file is deleted
    after commit. `requested_at` marks the version asked for: a build that started
    before this change is thrown away when it finishes (`dossier_generate`), and of
    several queued builds only the newest runs. Returns the number of dossiers withheld."""
    call_ids = {pk for pk in call_ids if pk is not None}
    if not call_ids:
        return 0
    dossiers = list(Dossier.objects.select_for_update().filter(call_id__in=call_ids))
    now = timezone.now()
    for dossier in dossiers:
        old_name = dossier.file.name if dossier.file else ""
        storage = dossier.file.storage
        dossier.file = ""
        dossier.status = Dossier.Status.PENDING
        dossier.generated_at = None
        dossier.requested_at = now
        dossier.save(update_fields=["file", "status", "generated_at", "requested_at"])
        if old_name:
            transaction.on_commit(lambda name=old_name, storage=storage: storage.delete(name))
        _generate_on_commit(dossier)
    return len(dossiers)


def dossier_html(*, call: Call) -> str:
    """The dossier as one HTML document, in the site's default language."""
    from .presenters import dashboard_context

    resonance_settings = selectors.resonance_settings_for(call)
    snapshot = selectors.snapshot_for(call)
    data = snapshot.data if snapshot else selectors.resonance_compute(call=call)
    contributions = selectors.open_data_contributions(call=call)
    total = contributions.count()
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(
            "resonance/dossier.html",
            {
                "call": call,
                **dashboard_context(call=call, data=data, resonance_settings=resonance_settings),
                "contributions": list(contributions[:DOSSIER_MAX_CONTRIBUTIONS]),
                "contribution_total": total,
                "contributions_left_out": max(total - DOSSIER_MAX_CONTRIBUTIONS, 0),
                "themes": selectors.dossier_themes(call),
                "licence": resonance_settings.get_licence_display(),
                "generated_at": timezone.now(),
            },
        )


def _no_fetch(url: str, *args, **kwargs):
    # The dossier is self-contained; nothing is fetched from anywhere.
    raise ValueError(f"External resource refused: {url}")


def dossier_generate(*, dossier: Dossier, requested_at=None) -> Dossier:
    """Builds the PDF for the version of the dossier asked for at `requested_at` (the
    current one when not given). When the content changed while it was being built (a
    newer request), the result is thrown away: the build for that request serves it."""
    from weasyprint import HTML

    current = Dossier.objects.filter(pk=dossier.pk).values_list("requested_at", flat=True).first()
    if current is None:
        return dossier
    requested_at = requested_at or current
    call = dossier.call
    try:
        # PDF/UA-1: tagged, with the document's language and title, for screen readers.
        pdf = HTML(string=dossier_html(call=call), url_fetcher=_no_fetch).write_pdf(
            pdf_variant="pdf/ua-1"
        )
    except Exception:
        Dossier.objects.filter(pk=dossier.pk, requested_at=requested_at).update(
            status=Dossier.Status.FAILED
        )
        raise
    storage = dossier.file.storage
    name = storage.save(dossier_path(dossier, "dossier.pdf"), ContentFile(pdf))
    with transaction.atomic():
        locked = Dossier.objects.select_for_update().filter(pk=dossier.pk).first()
        if locked is None or locked.requested_at != requested_at:
            transaction.on_commit(lambda: storage.delete(name))
            return locked or dossier
        old_name = locked.file.name if locked.file else ""
        locked.file.name = name
        locked.status = Dossier.Status.READY
        locked.generated_at = timezone.now()
        locked.save(update_fields=["file", "status", "generated_at"])
        if old_name and old_name != name:
            transaction.on_commit(lambda: storage.delete(old_name))
    return locked
