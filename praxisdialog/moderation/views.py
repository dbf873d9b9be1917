from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from praxisdialog.accounts.gate import require
from praxisdialog.contributions.selectors import (
    contribution_list_for_review,
)
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.ratelimit import RateLimited, client_ip

from . import services
from .forms import AccountForm, ContestDecisionForm, ContestForm, DecisionForm, ReportForm
from .selectors import (
    contest_get_for_desk,
    contest_list_open,
    decision_get_for_display,
    decision_list_log,
    entry_get_for_decision,
    queue_list_open,
    report_target_get,
    standing_for,
)


def desk(request):
    require(request, "moderation.view_desk")
    sections = queue_list_open()
    return render(
        request,
        "moderation/desk.html",
        {
            **sections,
            "contests": list(contest_list_open()[:100]),
            "contributions": list(contribution_list_for_review()[:50]),
        },
    )


def entry_detail(request, pk: int):
    require(request, "moderation.decide")
    entry = entry_get_for_decision(pk=pk)
    if entry is None:
        raise Http404
    if request.method == "POST":
        form = DecisionForm(request.POST)
        if form.is_valid():
            try:
                services.decision_make(entry=entry, moderator=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your decision has been saved and logged."))
                return redirect("moderation:desk")
    else:
        initial = {}
        if entry.target_object is not None and hasattr(entry.target_object, "text"):
            initial["redacted_text"] = entry.target_object.text
        form = DecisionForm(initial=initial)
    return render(request, "moderation/entry_detail.html", {"entry": entry, "form": form})


def contest_detail(request, pk: int):
    # Permission first: a missing and an existing contest answer alike to outsiders.
    require(request, "moderation.view_desk")
    contest = contest_get_for_desk(pk=pk)
    if contest is None:
        raise Http404
    can_decide = request.user.has_perm("moderation.decide_contest", contest)
    if request.method == "POST":
        require(
            request,
            "moderation.decide_contest",
            contest,
            message=_("Another moderator decides on a contest of your decision."),
        )
        form = ContestDecisionForm(request.POST)
        if form.is_valid():
            try:
                services.contest_decide(
                    contest=contest, moderator=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The contest has been decided and the author told."))
                return redirect("moderation:desk")
    else:
        form = ContestDecisionForm()
    return render(
        request,
        "moderation/contest_detail.html",
        {"contest": contest, "decision": contest.decision, "form": form, "can_decide": can_decide},
    )


def decision_log(request):
    require(request, "moderation.view_log")
    page = Paginator(decision_list_log(), 50).get_page(request.GET.get("page"))
    return render(request, "moderation/decision_log.html", {"page": page})


def decision_detail(request, pk: int):
    """The statement of reasons (Art. 17 DSA), with the form to contest it once."""
    require(request)
    decision = decision_get_for_display(pk=pk, user=request.user)
    if decision is None:
        raise Http404
    can_contest = request.user.has_perm("moderation.contest_decision", decision)
    form = ContestForm()
    if request.method == "POST":
        require(
            request,
            "moderation.contest_decision",
            decision,
            message=_("This decision cannot be contested (again)."),
        )
        form = ContestForm(request.POST)
        if form.is_valid():
            try:
                services.contest_create(decision=decision, author=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(
                    request, _("Your contest has been sent. Another moderator will decide on it.")
                )
                return redirect("moderation:decision-detail", pk=decision.pk)
    return render(
        request,
        "moderation/decision_detail.html",
        {"decision": decision, "form": form, "can_contest": can_contest},
    )


def report(request, kind: str, pk: int):
    target = report_target_get(kind=kind, pk=pk, user=request.user)
    if target is None:
        raise Http404
    anonymous = not request.user.is_authenticated
    status = 200
    if request.method == "POST":
        form = ReportForm(request.POST, anonymous=anonymous)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.report_create(
                    target=target,
                    reporter=request.user,
                    email=data.get("email", ""),
                    reason=data["reason"],
                    law=data["law"],
                    explanation=data["explanation"],
                    good_faith=data["good_faith"],
                    ip=client_ip(request),
                    language=request.LANGUAGE_CODE,
                )
            except RateLimited as limited:
                form.add_error(None, limited.message)
                status = 429
            except ValidationError as error:
                add_service_errors(form, error)
                status = 400
            else:
                messages.success(
                    request,
                    _("Thank you. Your report has been received; we will tell you the outcome."),
                )
                return redirect(target.get_absolute_url())
        else:
            status = 400
    else:
        form = ReportForm(anonymous=anonymous)
    response = render(
        request,
        "moderation/report_form.html",
        {"form": form, "target": target, "kind": kind},
        status=status,
    )
    if status == 429:
        response["Retry-After"] = "600"
    return response


def account_detail(request, pk: int):
    require(request, "moderation.manage_account")
    account = get_object_or_404(get_user_model(), pk=pk)
    if request.method == "POST":
        form = AccountForm(request.POST)
        if form.is_valid():
            try:
                services.account_moderate(user=account, moderator=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(
                    request, _("The decision on the account has been saved and logged.")
                )
                return redirect("moderation:account-detail", pk=account.pk)
    else:
        form = AccountForm()
    return render(
        request,
        "moderation/account_detail.html",
        {"account": account, "standing": standing_for(account), "form": form},
    )
