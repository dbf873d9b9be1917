from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.core.forms import add_service_errors
from praxisdialog.core.i18n import language_endonyms, source_language
from praxisdialog.core.ratelimit import RateLimited, client_ip, rate_limit_check

from . import services
from .forms import NewsletterForm, SendTestForm, SubscribeForm
from .models import Newsletter
from .rendering import newsletter_render
from .selectors import (
    confirmation_expired,
    delivery_progress,
    newsletter_get_for_staff,
    newsletter_list_for_staff,
    newsletter_machine_versions,
    subscriber_get_by_token,
    subscriber_get_by_unsubscribe_token,
    subscriber_list_for_newsletter,
)

PAGE_SIZE = 20


def _check_mailbox_message() -> str:
    return _(
        "Thank you. Please check your mailbox: we have sent you a link to confirm "
        "your subscription."
    )


# --- public: subscribe, confirm, unsubscribe -------------------------------------------


def subscribe(request):
    initial = {"language": request.LANGUAGE_CODE}
    if request.user.is_authenticated:
        initial["email"] = request.user.email
    form = SubscribeForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            if form.is_bot():
                # Answer as for a person, so a program learns nothing.
                messages.success(request, _check_mailbox_message())
                return redirect("newsletter:subscribe")
            try:
                rate_limit_check(scope="mail", ip=client_ip(request))
                services.subscription_request(
                    email=form.cleaned_data["email"],
                    language=form.cleaned_data["language"],
                    role=form.cleaned_data["role"],
                    region=form.cleaned_data["region"],
                    consent_text=str(form.fields["consent"].label),
                    user=request.user if request.user.is_authenticated else None,
                )
            except RateLimited as error:
                form.add_error(None, error.message)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _check_mailbox_message())
                return redirect("newsletter:subscribe")
        return render(request, "newsletter/subscribe.html", {"form": form}, status=422)
    return render(request, "newsletter/subscribe.html", {"form": form})


def confirm(request, token: str):
    subscriber = subscriber_get_by_token(token=token)
    if subscriber is None:
        return render(request, "newsletter/confirm_invalid.html", status=404)
    if confirmation_expired(subscriber):
        return render(request, "newsletter/confirm_expired.html", {"token": token}, status=410)
    if request.method == "POST":
        try:
            services.subscription_confirm(token=token)
        except ValidationError:
            return render(request, "newsletter/confirm_invalid.html", status=404)
        return render(request, "newsletter/confirm_done.html")
    return render(request, "newsletter/confirm.html", {"token": token})


@require_POST
def confirm_resend(request, token: str):
    try:
        rate_limit_check(scope="mail", ip=client_ip(request))
        services.confirmation_resend(token=token)
    except RateLimited as error:
        messages.error(request, error.message)
        return redirect("newsletter:subscribe")
    except ValidationError:
        return render(request, "newsletter/confirm_invalid.html", status=404)
    messages.success(request, _("We have sent you a new link. Please check your mailbox."))
    return redirect("newsletter:subscribe")


@csrf_exempt  # RFC 8058: mail programs POST without a cookie; the signed token decides.
def unsubscribe(request, token: str):
    subscriber = subscriber_get_by_unsubscribe_token(token=token)
    if subscriber is None:
        raise Http404
    done = False
    if request.method == "POST":
        services.subscription_unsubscribe(subscriber=subscriber)
        done = True
    return render(
        request,
        "newsletter/unsubscribe.html",
        {"done": done, "token": token, "email": subscriber.email},
    )


# --- staff: compose, preview, test, send, progress ---------------------------------------


def _newsletter_or_404(request, pk: int) -> Newsletter:
    require(request, "newsletter.manage_newsletter")
    newsletter = newsletter_get_for_staff(pk=pk)
    if newsletter is None:
        raise Http404
    return newsletter


def manage_list(request):
    require(request, "newsletter.manage_newsletter")
    page = Paginator(newsletter_list_for_staff(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "newsletter/manage_list.html", {"page": page})


def manage_create(request):
    require(request, "newsletter.manage_newsletter")
    form = NewsletterForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                newsletter = services.newsletter_create(author=request.user, data=form.to_data())
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The newsletter has been saved as a draft."))
                return redirect(newsletter)
        return render(request, "newsletter/manage_form.html", {"form": form}, status=422)
    return render(request, "newsletter/manage_form.html", {"form": form})


def manage_edit(request, pk: int):
    newsletter = _newsletter_or_404(request, pk)
    if newsletter.status != Newsletter.Status.DRAFT:
        messages.error(request, _("A newsletter that has been sent cannot be changed."))
        return redirect(newsletter)
    form = NewsletterForm(
        request.POST or None,
        initial=NewsletterForm.initial_for(newsletter),
        machine=newsletter_machine_versions(newsletter=newsletter),
    )
    context = {"form": form, "newsletter": newsletter}
    if request.method == "POST":
        if form.is_valid():
            try:
                services.newsletter_update(newsletter=newsletter, data=form.to_data())
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your changes have been saved."))
                return redirect(newsletter)
        return render(request, "newsletter/manage_form.html", context, status=422)
    return render(request, "newsletter/manage_form.html", context)


def manage_detail(request, pk: int):
    """The preview: the newsletter as recipients in the chosen language receive it."""
    newsletter = _newsletter_or_404(request, pk)
    language = request.GET.get("language", "de")
    if language not in services.LANGUAGE_CODES:
        language = "de"
    return render(
        request,
        "newsletter/manage_detail.html",
        {
            "newsletter": newsletter,
            "language": language,
            "languages": language_endonyms(),
            "source_language": source_language(),
            # Looking at a language staff wrote no version in asks for its machine
            # translation (a task makes it; the preview says so meanwhile).
            "rendered": newsletter_render(newsletter, language, ask=True),
            "test_form": SendTestForm(initial={"language": language}),
        },
    )


@require_POST
def manage_send_test(request, pk: int):
    newsletter = _newsletter_or_404(request, pk)
    form = SendTestForm(request.POST)
    language = form.cleaned_data["language"] if form.is_valid() else "de"
    services.newsletter_send_test(newsletter=newsletter, user=request.user, language=language)
    messages.success(
        request,
        _("A test has been sent to %(email)s.") % {"email": request.user.email},
    )
    return redirect(newsletter)


def manage_send(request, pk: int):
    newsletter = _newsletter_or_404(request, pk)
    if request.method == "POST":
        try:
            count = services.newsletter_send(newsletter=newsletter, user=request.user)
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
            return redirect(newsletter)
        messages.success(
            request,
            ngettext(
                "Sending has started: %(count)d recipient.",
                "Sending has started: %(count)d recipients.",
                count,
            )
            % {"count": count},
        )
        return redirect("newsletter:manage-progress", pk=newsletter.pk)
    recipients = (
        subscriber_list_for_newsletter(newsletter=newsletter).count()
        if newsletter.status == Newsletter.Status.DRAFT
        else 0
    )
    return render(
        request,
        "newsletter/manage_send.html",
        {"newsletter": newsletter, "recipients": recipients},
    )


def manage_progress(request, pk: int):
    newsletter = _newsletter_or_404(request, pk)
    context = {"newsletter": newsletter, "progress": delivery_progress(newsletter=newsletter)}
    if request.htmx:
        return render(request, "newsletter/manage_progress.html#progress", context)
    return render(request, "newsletter/manage_progress.html", context)
