from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.accounts.services import user_set_full_name
from praxisdialog.calls.models import Call
from praxisdialog.calls.rules import call_collects_contributions
from praxisdialog.calls.selectors import call_get_or_404
from praxisdialog.core.confirm import confirm_page
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.pagination import KeyFirstPaginator
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.insights.selectors import concept_list_for_call, similar_contributions
from praxisdialog.search.selectors import SearchQueryError, search_list

from . import services
from .forms import ContributionForm, EvidenceReviewForm, PracticeFactsForm, RedactForm, ReviewForm
from .models import (
    BADGES,
    FACT_KINDS,
    Contribution,
    EvidenceLevel,
    PracticeState,
    Reach,
    Region,
    TextLanguage,
)
from .selectors import (
    ContributionFilters,
    call_roles,
    call_settings,
    contribution_get_for_display,
    contribution_list_for_author,
    contribution_list_for_review,
    contribution_list_published,
    helpful_ids_for_user,
)


def _insights_context(contribution) -> dict:
    """Similar contributions: by the same published theme, then by shared concepts."""
    if contribution.status != contribution.Status.PUBLISHED:
        return {"similar": []}
    return {"similar": similar_contributions(contribution=contribution)}


def contribution_list(request, slug: str):
    call = call_get_or_404(slug=slug, user=request.user)
    filters = ContributionFilters.from_query(request.GET, call=call)
    if filters.ignored:
        labels = {
            "role": _("role"),
            "setting": _("setting"),
            "region": _("region"),
            "language": _("language"),
            "question": _("question"),
            "concept": _("concept"),
            "evidence_level": _("evidence"),
            "reach": _("people reached"),
            "state": _("state of the practice"),
            "partner": _("partner"),
            "funding": _("funding"),
            "innovation_type": _("type of innovation"),
            "integration_field": _("field of integration"),
            "sort": _("order"),
        }
        messages.info(
            request,
            _("Some filters in the address are unknown and were ignored: %(names)s.")
            % {"names": ", ".join(labels[name] for name in filters.ignored)},
        )
    listing = contribution_list_published(call=call, filters=filters)
    page = _search_page(request, filters=filters, listing=listing)
    if page is None:
        page = KeyFirstPaginator(listing, settings.CONTRIBUTIONS_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
    context = {
        "call": call,
        "filters": filters,
        "page": page,
        "roles": call_roles(call),
        "settings_list": call_settings(call),
        "regions": Region.choices,
        "languages": TextLanguage.choices,
        "questions": list(call.questions.all()),
        "concepts": concept_list_for_call(call=call),
        "fact_filters": _fact_filter_choices(filters),
        "is_collecting": call_collects_contributions(request.user, call),
        "search_narrowed_to": getattr(page, "narrowed_to", None),
    }
    template = "contributions/contribution_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
        context["results_only"] = True
    return render(request, template, context)


def _search_page(request, *, filters: ContributionFilters, listing):
    """With words to search for: the filtered list's contributions that contain them,
    best match first, each with its snippet; None without words (or with a query that
    cannot be searched, which is then said and dropped)."""
    if not filters.q:
        return None
    try:
        results = search_list(
            q=filters.q, user=request.user, kinds=["contribution"], within={"contribution": listing}
        )
    except SearchQueryError as error:
        messages.info(request, error.message)
        filters.q = ""
        return None
    page = Paginator(results, settings.CONTRIBUTIONS_PAGE_SIZE).get_page(request.GET.get("page"))
    contributions = []
    for hit in page.object_list:
        hit.object.search_snippet = hit.snippet_html
        contributions.append(hit.object)
    page.object_list = contributions
    # Only the most recent matches were ranked (search/engines.py); the page says so.
    page.narrowed_to = results.candidates if results.narrowed else None
    return page


def _fact_filter_choices(filters: ContributionFilters) -> list[dict]:
    """The filters on the facts of a practice, in the order the list shows them."""
    states = [*PracticeState.choices, ("unknown", _("State unknown (18 months)"))]
    facets = [
        (
            "integration_field",
            _("Field of integration"),
            _("All fields"),
            FACT_KINDS["integration_field"].choices,
        ),
        ("evidence_level", _("Evidence"), _("Any evidence"), EvidenceLevel.choices),
        ("state", _("State of the practice"), _("Any state"), states),
        (
            "innovation_type",
            _("Type of innovation"),
            _("All types"),
            FACT_KINDS["innovation_type"].choices,
        ),
        ("partner", _("Partners"), _("Any partner"), FACT_KINDS["partner"].choices),
        ("funding", _("Funding"), _("Any funding"), FACT_KINDS["funding"].choices),
        ("reach", _("People reached"), _("Any number"), Reach.choices),
    ]
    return [
        {
            "name": name,
            "label": label,
            "all": everything,
            "choices": choices,
            "selected": getattr(filters, name),
        }
        for name, label, everything, choices in facets
    ]


def _form_page(request, *, call, form, contribution=None, findings=None):
    return render(
        request,
        "contributions/contribution_form.html",
        {"call": call, "form": form, "contribution": contribution, "findings": findings or []},
    )


def _save_from_form(request, *, call, form, contribution=None):
    """Runs the service with what the form holds; errors go back onto the form."""
    submit = "submit" in request.POST
    if full_name := form.cleaned_data.get("full_name", "").strip():
        user_set_full_name(user=request.user, full_name=full_name)
    try:
        saved = services.contribution_save(
            call=call,
            author=request.user,
            data=form.to_input(),
            contribution=contribution,
            submit=submit,
            consent=form.cleaned_data.get("consent", False),
            personal_data_confirmed=form.cleaned_data.get("personal_data_confirmed", False),
            auto_publish=True,
            ip=client_ip(request),
        )
    except RateLimited as limited:
        form.add_error(None, limited.message)
        response = _form_page(request, call=call, form=form, contribution=contribution)
        response.status_code = 429
        response["Retry-After"] = str(limited.retry_after)
        return response
    except services.PersonalDataWarning as warning:
        form.add_error(None, warning.messages[0])
        return _form_page(
            request, call=call, form=form, contribution=contribution, findings=warning.findings
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return _form_page(request, call=call, form=form, contribution=contribution)
    if saved.status == Contribution.Status.PUBLISHED:
        messages.success(request, _("Thank you! Your contribution has been published."))
    elif saved.status == Contribution.Status.SUBMITTED and saved.published_at:
        messages.success(
            request,
            _(
                "Thank you! A moderator reads your changes before they appear; until then "
                "the contribution is not shown."
            ),
        )
    elif saved.status == Contribution.Status.SUBMITTED:
        messages.success(
            request,
            _(
                "Thank you! Your contribution has been sent. "
                "We will look at it soon and let you know."
            ),
        )
    else:
        messages.success(request, _("Your draft has been saved. You can finish it later."))
    if saved.status == Contribution.Status.SUBMITTED and any(
        finding["kind"] == "watched_word" for finding in saved.privacy_findings
    ):
        messages.info(
            request,
            _(
                "Your text contains words that a person always reads before they are "
                "published, because they can hurt. This is no accusation: often they "
                "are quoted to show what happened."
            ),
        )
    return redirect(saved)


def contribution_create(request, slug: str):
    call = call_get_or_404(slug=slug, user=request.user)
    require(
        request,
        "contributions.add_contribution",
        call,
        verified=True,
        message=_("This call is not collecting contributions at the moment."),
    )
    if request.method == "POST":
        form = ContributionForm(request.POST, call=call, user=request.user)
        if form.is_valid():
            return _save_from_form(request, call=call, form=form)
    else:
        form = ContributionForm(call=call, user=request.user)
    return _form_page(request, call=call, form=form)


def contribution_edit(request, pk: int):
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None:
        raise Http404
    require(
        request,
        "contributions.change_contribution",
        contribution,
        verified=True,
        message=_("This contribution can no longer be changed."),
    )
    call = call_get_or_404(slug=contribution.call.slug, user=request.user)
    if request.method == "POST":
        form = ContributionForm(
            request.POST, call=call, contribution=contribution, user=request.user
        )
        if form.is_valid():
            return _save_from_form(request, call=call, form=form, contribution=contribution)
    else:
        form = ContributionForm(
            call=call,
            contribution=contribution,
            user=request.user,
            initial=ContributionForm.initial_for(contribution),
        )
    return _form_page(request, call=call, form=form, contribution=contribution)


def _hidden_placeholder(request, pk: int):
    """A contribution hidden by the moderators leaves a placeholder, not a hole."""
    from praxisdialog.moderation.models import Action
    from praxisdialog.moderation.selectors import latest_hiding_decision

    contribution = Contribution.objects.filter(
        pk=pk, status=Contribution.Status.REJECTED, call__status__in=Call.PUBLIC_STATUSES
    ).first()
    if contribution is None:
        return None
    decision = latest_hiding_decision(target=contribution)
    if decision is None or decision.action != Action.HIDE:
        return None
    return render(
        request,
        "discussion/hidden_placeholder.html",
        {"call": contribution.call, "decision": decision},
        status=410,
    )


def contribution_detail(request, pk: int):
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None:
        if (placeholder := _hidden_placeholder(request, pk)) is not None:
            return placeholder
        raise Http404
    user = request.user
    return render(
        request,
        "contributions/contribution_detail.html",
        {
            "contribution": contribution,
            "call": contribution.call,
            "marked": contribution.pk
            in helpful_ids_for_user(user=user, contribution_ids=[contribution.pk]),
            "can_mark": user.has_perm("contributions.mark_helpful", contribution),
            "can_edit": user.has_perm("contributions.change_contribution", contribution),
            "can_withdraw": user.has_perm("contributions.withdraw_contribution", contribution),
            "can_review": user.has_perm("contributions.review_contribution", contribution),
            "can_change_facts": user.has_perm("contributions.change_facts", contribution),
            "can_restore": user.has_perm("contributions.restore_contribution", contribution),
            "can_review_evidence": user.has_perm("contributions.review_evidence", contribution),
            "is_author": contribution.author_id == user.pk,
            **_insights_context(contribution),
        },
    )


def contribution_withdraw(request, pk: int):
    """Asks first (GET), withdraws on the confirming POST."""
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None or not request.user.has_perm(
        "contributions.withdraw_contribution", contribution
    ):
        raise Http404
    if request.method != "POST":
        return confirm_page(
            request,
            title=_("Withdraw “%(title)s”?") % {"title": contribution.title},
            paragraphs=[
                _("Your contribution will no longer be shown to anyone."),
                _(
                    "You can take it back as a draft later from “My contributions”; "
                    "it is then checked again before it is shown."
                ),
            ],
            button=_("Yes, withdraw it"),
            back_url=contribution.get_absolute_url(),
        )
    services.contribution_withdraw(contribution=contribution)
    messages.success(
        request,
        _(
            "Your contribution has been withdrawn. It is no longer shown. "
            "You can take it back as a draft below."
        ),
    )
    return redirect("contributions:my-contributions")


@require_POST
def contribution_restore(request, pk: int):
    """A withdrawn contribution comes back as the author's draft."""
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None or not request.user.has_perm(
        "contributions.restore_contribution", contribution
    ):
        raise Http404
    try:
        services.contribution_restore(contribution=contribution)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(contribution)
    messages.success(
        request,
        _("Your contribution is a draft again. Edit it and send it when you are ready."),
    )
    return redirect("contributions:contribution-edit", pk=contribution.pk)


@require_POST
def helpful_toggle(request, pk: int):
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None:
        raise Http404
    require(
        request,
        "contributions.mark_helpful",
        contribution,
        message=_("You cannot mark this contribution."),
        next_url=contribution.get_absolute_url(),
    )
    marked = services.helpful_toggle(contribution=contribution, user=request.user)
    contribution.refresh_from_db(fields=["helpful_count"])
    if request.htmx:
        return render(
            request,
            "contributions/contribution_detail.html#helpful",
            {"contribution": contribution, "marked": marked, "can_mark": True},
        )
    return redirect(contribution)


def my_contributions(request):
    require(request)
    page = Paginator(contribution_list_for_author(user=request.user), 25).get_page(
        request.GET.get("page")
    )
    return render(request, "contributions/my_contributions.html", {"page": page})


def review_queue(request):
    require(request, "contributions.review")
    page = Paginator(contribution_list_for_review(), 25).get_page(request.GET.get("page"))
    return render(request, "contributions/review_queue.html", {"page": page})


def review_detail(request, pk: int):
    require(request, "contributions.review")
    contribution = get_object_or_404(
        Contribution.objects.select_related("call", "author", "role", "setting"), pk=pk
    )
    redact_form = RedactForm()
    if request.method == "POST" and "passages" in request.POST:
        form = ReviewForm()
        redact_form = RedactForm(request.POST)
        require(request, "contributions.review_contribution", contribution)
        if redact_form.is_valid():
            try:
                services.contribution_redact(
                    contribution=contribution,
                    passages=redact_form.cleaned_data["passages"].splitlines(),
                    note=str(_("Personal data was removed by the moderators.")),
                )
            except ValidationError as error:
                add_service_errors(redact_form, error, fields={"redacted_text": "passages"})
            else:
                messages.success(request, _("The passages have been replaced by […]."))
                return redirect("contributions:review-detail", pk=contribution.pk)
    elif request.method == "POST":
        form = ReviewForm(request.POST)
        if form.is_valid():
            try:
                services.contribution_review(
                    contribution=contribution, reviewer=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    add_service_errors(form, error)
                else:
                    messages.error(request, error.messages[0])
                    return redirect("contributions:review-queue")
            else:
                messages.success(request, _("Your decision has been saved and sent to the author."))
                return redirect(reverse("contributions:review-queue"))
    else:
        form = ReviewForm()
    return render(
        request,
        "contributions/review_detail.html",
        {
            "contribution": contribution,
            "form": form,
            "redact_form": redact_form,
            "can_decide": request.user.has_perm("contributions.review_contribution", contribution),
        },
    )


def contribution_facts(request, pk: int):
    """The facts of a practice, asked after its story; its author may keep them up to
    date in any phase of the call."""
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None:
        raise Http404
    require(
        request,
        "contributions.change_facts",
        contribution,
        verified=True,
        message=_("You cannot change the facts of this contribution."),
    )
    status = 200
    if request.method == "POST":
        form = PracticeFactsForm(request.POST)
        if form.is_valid():
            try:
                services.contribution_facts_save(
                    contribution=contribution, author=request.user, facts=form.to_facts()
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Thank you! The facts of your practice are saved."))
                return redirect(contribution)
        status = 400
    else:
        form = PracticeFactsForm(initial=PracticeFactsForm.initial_for(contribution))
    return render(
        request,
        "contributions/contribution_facts.html",
        {"contribution": contribution, "call": contribution.call, "form": form},
        status=status,
    )


def evidence_review(request, pk: int):
    """Staff confirm or correct the evidence level and award the badges."""
    require(request, "contributions.review")
    contribution = contribution_get_for_display(pk=pk, user=request.user)
    if contribution is None:
        raise Http404
    require(request, "contributions.review_evidence", contribution)
    status = 200
    if request.method == "POST":
        form = EvidenceReviewForm(request.POST)
        if form.is_valid():
            try:
                services.contribution_evidence_review(
                    contribution=contribution, reviewer=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The evidence and badges are saved."))
                return redirect(contribution)
        status = 400
    else:
        form = EvidenceReviewForm(
            initial={
                "evidence_level": contribution.evidence_level,
                "confirmed": contribution.evidence_confirmed,
                "long_running": contribution.badge_long_running,
                "sustained": contribution.badge_sustained,
            }
        )
    return render(
        request,
        "contributions/evidence_review.html",
        {"contribution": contribution, "call": contribution.call, "form": form},
        status=status,
    )


def badge_help(request):
    return render(
        request,
        "contributions/badge_help.html",
        {"badges": [(name, label, meaning) for name, (label, meaning) in BADGES.items()]},
    )
