from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.core.confirm import confirm_page
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.core.spreadsheets import csv_response
from praxisdialog.privacy.downloads import attachment_response

from . import services
from .forms import FeedbackForm, MoveForm, OrganiserAddForm, RegistrationForm
from .ics import calendar_bytes, event_ics
from .models import Registration
from .rules import online_link_shown
from .selectors import (
    attendance_figures,
    event_get_for_registration,
    event_get_or_404,
    event_list_past,
    event_list_upcoming,
    feedback_results,
    participant_list,
    participant_names_public,
    registration_for_user,
    registration_get_by_token,
    seats_left,
    waitlist_position,
)

PAGE_SIZE = 20


def _organiser_event(request, pk: int):
    require(request, "events.manage_event")
    return event_get_or_404(pk=pk, user=request.user)


def event_list(request):
    past = request.GET.get("show") == "past"
    queryset = (
        event_list_past(user=request.user) if past else event_list_upcoming(user=request.user)
    )
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    for event in page.object_list:
        event.seats_left = seats_left(event)
    return render(request, "events/event_list.html", {"page": page, "past": past})


def event_feed(request):
    events = list(event_list_upcoming(user=request.user).filter(status="published")[:200])
    response = HttpResponse(
        calendar_bytes(events, name=_("Events")), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


def _detail_context(request, event, form=None):
    user = request.user
    registration = registration_for_user(event=event, user=user)
    guest = not user.is_authenticated
    if form is None:
        form = RegistrationForm(guest=guest)
    return {
        "event": event,
        "seats_left": seats_left(event),
        "registration": registration,
        "position": waitlist_position(registration=registration) if registration else None,
        "form": form,
        "guest": guest,
        "registration_open": event.registration_is_open(),
        "needs_verification": user.is_authenticated and not user_is_verified(user),
        "can_manage": user.has_perm("events.manage_event", event),
        "show_link": online_link_shown(registration),
        "participant_names": (
            participant_names_public(event=event)
            if registration is not None and registration.has_seat
            else []
        ),
    }


def event_detail(request, pk: int):
    event = event_get_or_404(pk=pk, user=request.user)
    return render(request, "events/event_detail.html", _detail_context(request, event))


@require_POST
def event_register(request, pk: int):
    # The page's agenda and files are loaded only when the form is shown again.
    event = event_get_for_registration(pk=pk, user=request.user)
    if event is None:
        raise Http404
    user = request.user
    guest = not user.is_authenticated
    if not guest and not user_is_verified(user):
        raise PermissionDenied(_("Please confirm your e-mail address first."))
    form = RegistrationForm(request.POST, guest=guest)
    if form.is_valid():
        try:
            registration = services.registration_create(
                event=event,
                user=None if guest else user,
                name=form.cleaned_data.get("name", ""),
                email=form.cleaned_data.get("email", ""),
                language=request.LANGUAGE_CODE,
                answers=form.to_answers(),
                ip=client_ip(request),
            )
            status = registration.status
        except RateLimited as limited:
            form.add_error(None, limited.message)
            context = _detail_context(request, event_get_or_404(pk=pk, user=user), form=form)
            return render(request, "events/event_detail.html", context, status=429)
        except services.AlreadyRegistered as already:
            if not guest:
                messages.info(request, _("You are already registered for this event."))
                return redirect(event)
            # Answered as a new registration would be: the page must not reveal who is
            # registered. The owner of the address is told by mail.
            if already.registration is not None:
                services.registration_again_tell(registration=already.registration)
            status = already.answer
        except ValidationError as error:
            add_service_errors(form, error)
            status = None
        if status is not None:
            if status == Registration.Status.PENDING:
                messages.success(
                    request,
                    _(
                        "Almost done: we have sent you an e-mail. Please confirm your "
                        "registration within 24 hours through the link in it."
                    ),
                )
            elif status == Registration.Status.WAITLISTED:
                if guest:
                    messages.success(
                        request,
                        _(
                            "The event is fully booked. Please confirm your address through "
                            "the link we have sent you to keep your place on the waiting list."
                        ),
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "The event is fully booked. "
                            "You are number %(position)d on the waiting list."
                        )
                        % {"position": waitlist_position(registration=registration)},
                    )
            else:
                messages.success(request, _("You are registered. We have sent you a confirmation."))
            return redirect(event)
    context = _detail_context(request, event_get_or_404(pk=pk, user=user), form=form)
    return render(request, "events/event_detail.html", context, status=422)


def event_calendar_file(request, pk: int):
    event = event_get_or_404(pk=pk, user=request.user)
    response = HttpResponse(event_ics(event), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    return response


def event_agenda(request, pk: int):
    event = event_get_or_404(pk=pk, user=request.user)
    return render(request, "events/event_agenda.html", {"event": event})


def event_documentation(request, pk: int):
    event = event_get_or_404(pk=pk, user=request.user)
    return render(request, "events/event_documentation.html", {"event": event})


def event_file_download(request, pk: int, file_id: int):
    """A documentation file, for whoever may see the event; always as a download."""
    event = event_get_or_404(pk=pk, user=request.user)
    item = event.files.filter(pk=file_id).first()
    if item is None:
        raise Http404
    return attachment_response(item.file)


# --- by the link in the mail, no login needed -------------------------------------------


def _registration_or_404(token: str) -> Registration:
    registration = registration_get_by_token(token=token)
    if registration is None:
        raise Http404
    return registration


def registration_manage(request, token: str):
    registration = _registration_or_404(token)
    event = registration.event
    return render(
        request,
        "events/registration_manage.html",
        {
            "registration": registration,
            "event": event,
            "position": waitlist_position(registration=registration),
            "can_give_feedback": request.user.has_perm("events.give_feedback", registration),
            "show_link": online_link_shown(registration),
            "participant_names": (
                participant_names_public(event=event) if registration.has_seat else []
            ),
        },
    )


@require_POST
def registration_confirm(request, token: str):
    registration = _registration_or_404(token)
    try:
        registration = services.registration_confirm_email(registration=registration)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        if registration.status == Registration.Status.CONFIRMED:
            messages.success(request, _("Thank you! Your seat is confirmed."))
        else:
            messages.success(request, _("Thank you! Your place on the waiting list is confirmed."))
    return redirect("events:registration-manage", token=token)


def registration_cancel(request, token: str):
    """Asks first (GET), cancels on the confirming POST."""
    registration = _registration_or_404(token)
    manage_url = reverse("events:registration-manage", kwargs={"token": token})
    if request.method != "POST":
        if not registration.is_active:
            return redirect(manage_url)
        return confirm_page(
            request,
            title=_("Cancel your registration for “%(title)s”?")
            % {"title": registration.event.title},
            paragraphs=[
                _("Your seat goes to the next person on the waiting list."),
                _("If you change your mind, register again; you may then be on the waiting list."),
            ],
            button=_("Yes, cancel my registration"),
            back_url=manage_url,
            back_label=_("No, keep my registration"),
        )
    if services.registration_cancel(registration=registration):
        messages.success(request, _("Your registration has been cancelled."))
    return redirect("events:registration-manage", token=token)


def registration_calendar_file(request, token: str):
    registration = _registration_or_404(token)
    response = HttpResponse(
        event_ics(registration.event, registration=registration),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="event-{registration.event_id}.ics"'
    return response


def feedback_give(request, token: str):
    registration = _registration_or_404(token)
    if not request.user.has_perm("events.give_feedback", registration):
        raise Http404
    feedback = getattr(registration, "feedback", None)
    if request.method == "POST":
        form = FeedbackForm(request.POST)
        if form.is_valid():
            try:
                services.feedback_submit(registration=registration, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Thank you for your feedback!"))
                return redirect("events:registration-manage", token=token)
    else:
        initial = (
            {"rating": feedback.rating, "liked": feedback.liked, "improve": feedback.improve}
            if feedback
            else {}
        )
        form = FeedbackForm(initial=initial)
    return render(
        request,
        "events/feedback_form.html",
        {"registration": registration, "event": registration.event, "form": form},
    )


# --- organisers ---------------------------------------------------------------------


def participants(request, pk: int):
    event = _organiser_event(request, pk)
    registrations = list(participant_list(event=event))
    # The list is ordered by queue number, so positions follow without a query each.
    waiting = (r for r in registrations if r.status == Registration.Status.WAITLISTED)
    for position, registration in enumerate(waiting, start=1):
        registration.position = position
    return render(
        request,
        "events/participants.html",
        {
            "event": event,
            "registrations": registrations,
            "figures": attendance_figures(event=event),
            "add_form": OrganiserAddForm(),
        },
    )


def participants_csv(request, pk: int):
    event = _organiser_event(request, pk)
    header = [
        _("Name"),
        _("E-mail"),
        _("Status"),
        _("Order"),
        _("Accessibility needs"),
        _("Interpretation"),
        _("Dietary needs"),
        _("On the participant list"),
        _("Attended"),
    ]
    rows = (
        [
            registration.shown_name,
            registration.email,
            registration.get_status_display(),
            registration.queue_number,
            registration.accessibility_needs,
            registration.interpretation_language,
            registration.dietary_needs,
            _("yes") if registration.list_consent else _("no"),
            registration.attended_at.isoformat() if registration.attended_at else "",
        ]
        for registration in participant_list(event=event)
    )
    return csv_response([header, *rows], filename=f"participants-{event.pk}.csv")


@require_POST
def participant_add(request, pk: int):
    event = _organiser_event(request, pk)
    form = OrganiserAddForm(request.POST)
    if form.is_valid():
        try:
            services.registration_create(
                event=event,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                by_organiser=True,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The person has been added."))
    else:
        messages.error(request, _("Please give a name and a valid e-mail address."))
    return redirect("events:participants", pk=event.pk)


def _event_registration(event, registration_pk: int) -> Registration:
    return get_object_or_404(
        Registration.objects.select_related("event"), pk=registration_pk, event=event
    )


@require_POST
def participant_remove(request, pk: int, registration_pk: int):
    event = _organiser_event(request, pk)
    registration = _event_registration(event, registration_pk)
    services.registration_cancel(registration=registration, by_organiser=True)
    messages.success(request, _("The registration has been cancelled."))
    return redirect("events:participants", pk=event.pk)


@require_POST
def participant_move(request, pk: int, registration_pk: int):
    event = _organiser_event(request, pk)
    registration = _event_registration(event, registration_pk)
    form = MoveForm(request.POST)
    if form.is_valid():
        try:
            services.registration_move(
                registration=registration, position=form.cleaned_data["position"]
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("The waiting list has been reordered."))
    return redirect("events:participants", pk=event.pk)


def check_in(request, pk: int):
    event = _organiser_event(request, pk)
    query = request.GET.get("q", "")
    registrations = participant_list(event=event, query=query).filter(
        status=Registration.Status.CONFIRMED
    )
    context = {
        "event": event,
        "registrations": registrations,
        "query": query,
        "figures": attendance_figures(event=event),
    }
    template = "events/check_in.html"
    if request.htmx and request.htmx.target == "check-in-results":
        template += "#results"
    return render(request, template, context)


@require_POST
def check_in_mark(request, pk: int, registration_pk: int):
    event = _organiser_event(request, pk)
    registration = _event_registration(event, registration_pk)
    registration = services.attendance_mark(
        registration=registration, attended=request.POST.get("attended") == "1"
    )
    if request.htmx:
        return render(
            request,
            "events/includes/check_in_marked.html",
            {"event": event, "item": registration, "figures": attendance_figures(event=event)},
        )
    url = reverse("events:check-in", kwargs={"pk": event.pk})
    return redirect(f"{url}?{urlencode({'q': request.POST.get('q', '')})}")


def feedback_overview(request, pk: int):
    event = _organiser_event(request, pk)
    if request.method == "POST":
        try:
            count = services.feedback_requests_send(event=event)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                _("The feedback form has been sent to %(count)d people.") % {"count": count},
            )
        return redirect("events:feedback-results", pk=event.pk)
    return render(
        request,
        "events/feedback_results.html",
        {"event": event, "results": feedback_results(event=event)},
    )
