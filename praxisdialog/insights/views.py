from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.calls.selectors import call_get_or_404

from . import services
from .forms import RenameForm, ThemeChoiceForm
from .models import Theme, ThemeAssignment, ThemeRun
from .selectors import (
    tags_for_contributions,
    theme_contributions,
    theme_get_for_display,
    theme_list_for_run,
    theme_list_published,
    theme_run_get_for_staff,
    theme_run_list,
)

PAGE_SIZE = 20


def _errors(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


def theme_list(request, slug: str):
    call = call_get_or_404(slug=slug, user=request.user)
    return render(
        request,
        "insights/theme_list.html",
        {
            "call": call,
            "themes": theme_list_published(call=call),
            "can_manage": request.user.has_perm("insights.manage_themes"),
        },
    )


def theme_detail(request, pk: int):
    theme = theme_get_for_display(pk=pk, user=request.user)
    if theme is None:
        raise Http404
    page = Paginator(theme_contributions(theme=theme), PAGE_SIZE).get_page(request.GET.get("page"))
    tags = tags_for_contributions(c.pk for c in page.object_list)
    for contribution in page.object_list:
        contribution.concept_list = tags.get(contribution.pk, [])
    return render(
        request,
        "insights/theme_detail.html",
        {
            "theme": theme,
            "call": theme.run.call,
            "page": page,
        },
    )


def staff_runs(request, slug: str):
    require(request, "insights.manage_themes")
    call = call_get_or_404(slug=slug, user=request.user)
    if request.method == "POST":
        services.theme_run_start(call=call, user=request.user)
        messages.success(request, _("The themes are being computed."))
        return redirect("insights:staff-runs", slug=call.slug)
    return render(
        request,
        "insights/staff_runs.html",
        {"call": call, "runs": theme_run_list(call=call)},
    )


def staff_run_detail(request, pk: int):
    require(request, "insights.manage_themes")
    run = theme_run_get_for_staff(pk=pk)
    if run is None:
        raise Http404
    themes = theme_list_for_run(run=run)
    return render(
        request,
        "insights/staff_run_detail.html",
        {
            "run": run,
            "call": run.call,
            "themes": themes,
            "has_pins": any(a.pinned for t in themes for a in t.assignments.all()),
        },
    )


def _run_action(request, pk: int):
    require(request, "insights.manage_themes")
    return get_object_or_404(ThemeRun.objects.select_related("call"), pk=pk)


@require_POST
def staff_run_rerun(request, pk: int):
    run = _run_action(request, pk)
    try:
        new = services.theme_run_start(call=run.call, user=request.user, based_on=run)
    except ValidationError as error:
        _errors(request, error)
        return redirect(run)
    messages.success(request, _("A new run groups the contributions around your examples."))
    return redirect(new)


@require_POST
def staff_run_publish(request, pk: int):
    run = _run_action(request, pk)
    try:
        services.theme_run_publish(run=run)
    except ValidationError as error:
        _errors(request, error)
        return redirect(run)
    messages.success(request, _("The themes are published."))
    return redirect(run)


def _theme_action(request, pk: int) -> Theme:
    require(request, "insights.manage_themes")
    return get_object_or_404(Theme.objects.select_related("run__call"), pk=pk)


@require_POST
def staff_theme_rename(request, pk: int):
    theme = _theme_action(request, pk)
    form = RenameForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please give the theme a name of at most 160 characters."))
        return redirect(theme.run)
    try:
        services.theme_rename(theme=theme, label=form.cleaned_data["label"])
    except ValidationError as error:
        _errors(request, error)
        return redirect(theme.run)
    messages.success(request, _("The theme has been renamed."))
    return redirect(theme.run)


@require_POST
def staff_theme_hide(request, pk: int):
    theme = _theme_action(request, pk)
    hidden = request.POST.get("hidden") == "1"
    services.theme_hide(theme=theme, hidden=hidden)
    if hidden:
        messages.success(request, _("The theme is hidden."))
    else:
        messages.success(request, _("The theme is shown again."))
    return redirect(theme.run)


@require_POST
def staff_theme_merge(request, pk: int):
    theme = _theme_action(request, pk)
    form = ThemeChoiceForm(request.POST, run=theme.run, exclude=theme)
    if not form.is_valid():
        messages.error(request, _("Please choose a theme of this run."))
        return redirect(theme.run)
    try:
        services.theme_merge(theme=theme, into=form.cleaned_data["theme"])
    except ValidationError as error:
        _errors(request, error)
        return redirect(theme.run)
    messages.success(request, _("The themes have been merged."))
    return redirect(theme.run)


@require_POST
def staff_theme_split(request, pk: int):
    theme = _theme_action(request, pk)
    try:
        services.theme_split(theme=theme)
    except ValidationError as error:
        _errors(request, error)
        return redirect(theme.run)
    messages.success(request, _("The theme has been split in two."))
    return redirect(theme.run)


def _assignment_action(request, pk: int) -> ThemeAssignment:
    require(request, "insights.manage_themes")
    return get_object_or_404(ThemeAssignment.objects.select_related("theme__run"), pk=pk)


@require_POST
def staff_assignment_move(request, pk: int):
    assignment = _assignment_action(request, pk)
    run = assignment.theme.run
    form = ThemeChoiceForm(request.POST, run=run)
    if not form.is_valid():
        messages.error(request, _("Please choose a theme of this run."))
        return redirect(run)
    try:
        services.assignment_move(assignment=assignment, theme=form.cleaned_data["theme"])
    except ValidationError as error:
        _errors(request, error)
        return redirect(run)
    messages.success(request, _("The contribution has been moved."))
    return redirect(run)


@require_POST
def staff_assignment_pin(request, pk: int):
    assignment = _assignment_action(request, pk)
    pinned = request.POST.get("pinned") == "1"
    try:
        services.assignment_pin(assignment=assignment, pinned=pinned)
    except ValidationError as error:
        _errors(request, error)
        return redirect(assignment.theme.run)
    if pinned:
        messages.success(request, _("The contribution is now an example of its theme."))
    else:
        messages.success(request, _("The contribution is no longer an example."))
    return redirect(assignment.theme.run)
