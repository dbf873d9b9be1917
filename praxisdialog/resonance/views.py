import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.calls.phases import current_phase
from praxisdialog.calls.selectors import call_get_or_404
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.spreadsheets import csv_streaming_response

from . import selectors, services
from .forms import PhaseCloseForm, ResonanceSettingsForm
from .presenters import dashboard_context


def _staff_call(request, slug: str, perm: str):
    """The call for a staff page (see the gate: permission first, then the call)."""
    require(request, perm)
    return call_get_or_404(slug=slug, user=request.user)


def _public_call(request, slug: str, perm: str):
    """The call for a page the call may make public; otherwise it does not exist."""
    call = call_get_or_404(slug=slug, user=request.user)
    if not request.user.has_perm(perm, call):
        raise Http404
    return call


def dashboard(request, slug: str):
    call = _staff_call(request, slug, "resonance.view_dashboard")
    snapshot = services.resonance_figures_current(call=call)
    resonance_settings = selectors.resonance_settings_for(call)
    return render(
        request,
        "resonance/dashboard.html",
        {
            "call": call,
            "snapshot": snapshot,
            "resonance_settings": resonance_settings,
            "current_phase": current_phase(call),
            "dossier": selectors.dossier_for(call),
            **dashboard_context(
                call=call, data=snapshot.data, resonance_settings=resonance_settings
            ),
        },
    )


@require_POST
def refresh(request, slug: str):
    call = _staff_call(request, slug, "resonance.view_dashboard")
    services.resonance_refresh(call=call)
    messages.success(request, _("The figures have been updated."))
    return redirect("resonance:dashboard", slug=call.slug)


def settings_edit(request, slug: str):
    call = _staff_call(request, slug, "resonance.manage_resonance")
    current = selectors.resonance_settings_for(call)
    form = ResonanceSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        try:
            services.resonance_settings_save(call=call, values=form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The thresholds and settings have been saved."))
            return redirect("resonance:dashboard", slug=call.slug)
    return render(request, "resonance/settings_form.html", {"call": call, "form": form})


def phase_close(request, slug: str):
    call = _staff_call(request, slug, "resonance.close_phase")
    phase = current_phase(call)
    form = PhaseCloseForm(request.POST or None)
    if request.method == "POST" and phase is not None and form.is_valid():
        try:
            services.phase_close(
                phase=phase,
                message=form.cleaned_data["message"],
                versions=form.versions(),
                actor=request.user,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("The phase has ended. The message goes to every participant."),
            )
            return redirect("resonance:dashboard", slug=call.slug)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "resonance/phase_close.html",
        {"call": call, "phase": phase, "form": form},
        status=status,
    )


@require_POST
def dossier_generate(request, slug: str):
    call = _staff_call(request, slug, "resonance.manage_resonance")
    services.dossier_request(call=call)
    messages.success(request, _("The dossier is being generated."))
    return redirect("resonance:dashboard", slug=call.slug)


def dossier_download(request, slug: str):
    call = _public_call(request, slug, "resonance.view_dossier")
    dossier = selectors.dossier_for(call)
    if dossier is None or not dossier.file or dossier.generated_at is None:
        raise Http404
    return FileResponse(
        dossier.file.open("rb"),
        as_attachment=True,
        filename=f"dossier-{call.slug}.pdf",
        content_type="application/pdf",
    )


def summary(request, slug: str):
    call = _public_call(request, slug, "resonance.view_summary")
    snapshot = services.resonance_figures_current(call=call)
    data = snapshot.data
    resonance_settings = selectors.resonance_settings_for(call)
    return render(
        request,
        "resonance/summary.html",
        {
            "call": call,
            "snapshot": snapshot,
            "resonance_settings": resonance_settings,
            **dashboard_context(call=call, data=data, resonance_settings=resonance_settings),
        },
    )


def _csv_rows(request, call, resonance_settings):
    questions = list(call.questions.all())
    deeper = selectors.DEEPER_LABELS
    header = [
        _("ID"),
        _("Title"),
        _("Published as"),
        _("Role"),
        _("Setting"),
        _("Sector"),
        _("Region"),
        _("Language"),
        _("Published"),
        *[question.display_text for question in questions],
        *[str(label) for _name, label in deeper],
        *[str(label) for _key, label in selectors.PRACTICE_COLUMNS],
        _("Address"),
        _("Licence"),
    ]
    yield header
    licence = resonance_settings.licence
    for contribution in selectors.open_data_contributions(call=call).iterator(chunk_size=1000):
        record = selectors.open_data_record(contribution)
        answers = {answer.question_id: answer.text for answer in contribution.answers.all()}
        yield [
            record["id"],
            record["title"],
            record["author"],
            record["role"],
            record["setting"],
            record["sector"],
            record["region"],
            record["language"],
            record["published_at"],
            *[answers.get(question.pk, "") for question in questions],
            *[record[name] for name, _label in deeper],
            *selectors.practice_cells(record),
            request.build_absolute_uri(record["url"]),
            licence,
        ]


def open_data_csv(request, slug: str):
    call = _public_call(request, slug, "resonance.view_open_data")
    resonance_settings = selectors.resonance_settings_for(call)
    return csv_streaming_response(
        _csv_rows(request, call, resonance_settings), filename=f"{call.slug}-open-data.csv"
    )


def open_data_json(request, slug: str):
    call = _public_call(request, slug, "resonance.view_open_data")
    document = selectors.open_data_document(call=call, absolute=request.build_absolute_uri)
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{call.slug}-open-data.json"'
    return response
