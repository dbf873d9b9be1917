from django.conf import settings
from django.contrib import messages
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Region, TextLanguage
from praxisdialog.core.confirm import confirm_page
from praxisdialog.core.forms import add_service_errors

from . import services
from .forms import ContactRequestForm, MessageForm, ProfileForm
from .selectors import (
    ProfileFilters,
    block_list_for_user,
    contact_request_get_for_participant,
    contact_request_get_for_recipient,
    contact_request_list_received,
    contact_request_list_sent,
    contact_requests_shown,
    contact_state_between,
    conversation_get_for_participant,
    conversation_list_for_user,
    conversation_messages_shown,
    interest_list,
    match_list_strong,
    message_get_for_participant,
    message_page_for_conversation,
    profile_get_for_display,
    profile_get_own,
    profile_list_public,
    profile_list_visible,
    suggestion_list_for_user,
)

PAGE_SIZE = settings.NETWORK_PAGE_SIZE


def _page_query(request, name: str) -> str:
    """The page of a list a form was sent from (`?name=N` in its action), to return to
    it; anything but a page number after the first is left out."""
    number = request.GET.get(name, "")
    if number.isascii() and number.isdigit() and 1 < int(number) < 10**9:
        return f"?{name}={int(number)}"
    return ""


def _return_query(page, name: str) -> str:
    """What a form on a page of a list adds to its action to come back to that page."""
    return f"?{name}={page.number}" if page.number > 1 else ""


def profile_list(request):
    filters = ProfileFilters.from_query(request.GET)
    if filters.ignored:
        labels = {
            "role": _("role"),
            "setting": _("setting"),
            "region": _("region"),
            "language": _("language"),
            "offer": _("offer"),
            "seek": _("need"),
        }
        messages.info(
            request,
            _("Some filters in the address are unknown and were ignored: %(names)s.")
            % {"names": ", ".join(labels[name] for name in filters.ignored)},
        )
    page = Paginator(profile_list_visible(user=request.user, filters=filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "filters": filters,
        "page": page,
        "roles": Role.objects.all(),
        "settings_list": Setting.objects.all(),
        "regions": Region.choices,
        "languages": TextLanguage.choices,
        "interests": interest_list(),
        "own_profile": profile_get_own(user=request.user),
    }
    template = "network/profile_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def profile_detail(request, pk: int):
    profile = profile_get_for_display(pk=pk, user=request.user)
    if profile is None:
        raise Http404
    user = request.user
    is_owner = profile.user_id == user.pk
    contact = None if is_owner else contact_state_between(user=user, other_user=profile.user)
    return render(
        request,
        "network/profile_detail.html",
        {
            "profile": profile,
            "is_owner": is_owner,
            "contact": contact,
            "can_contact": user.has_perm("network.contact_profile", profile),
            "can_block": user.has_perm("network.block_profile", profile),
            "can_report": user.has_perm("network.report_profile", profile),
        },
    )


def profile_edit(request):
    require(request, verified=True)
    profile = profile_get_own(user=request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            try:
                profile = services.profile_save(user=request.user, data=form.to_input())
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                if profile.hidden_at is not None:
                    messages.info(
                        request,
                        _(
                            "Your profile is saved. A moderator looks at it before others "
                            "can see it, because it may contain personal data or a word "
                            "we check."
                        ),
                    )
                elif profile.is_listed:
                    messages.success(request, _("Your profile is saved and shown in the network."))
                else:
                    messages.success(
                        request, _("Your profile is saved. It is not shown to anyone yet.")
                    )
                return redirect(profile)
    else:
        form = ProfileForm(initial=ProfileForm.initial_for(profile, request.user))
    return render(request, "network/profile_form.html", {"form": form, "profile": profile})


def profile_delete(request):
    """Asks first (GET), deletes on the confirming POST."""
    require(request, verified=True)
    if request.method != "POST":
        if profile_get_own(user=request.user) is None:
            return redirect("network:profile-edit")
        return confirm_page(
            request,
            title=_("Delete your network profile?"),
            paragraphs=[
                _(
                    "Your profile disappears from the network, and nobody can send you a "
                    "contact request any more. Your conversations stay. This cannot be undone."
                ),
            ],
            button=_("Yes, delete my profile"),
            back_url=reverse("network:profile-edit"),
        )
    services.profile_delete(user=request.user)
    messages.success(request, _("Your network profile has been deleted."))
    return redirect("network:profile-list")


def contact_request_create(request, pk: int):
    profile = profile_get_for_display(pk=pk, user=request.user)
    if profile is None:
        raise Http404
    require(
        request,
        "network.contact_profile",
        profile,
        verified=True,
        message=_("You cannot contact this person."),
    )
    own = profile_get_own(user=request.user)
    if request.method == "POST":
        form = ContactRequestForm(request.POST)
        if form.is_valid():
            try:
                services.contact_request_send(
                    sender=request.user, profile=profile, message=form.cleaned_data["message"]
                )
            except services.RateLimited as error:
                form.add_error(None, error.messages[0])
                response = render(
                    request,
                    "network/contact_request_form.html",
                    {"form": form, "profile": profile, "own": own},
                    status=429,
                )
                return response
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(
                    request,
                    _("Your request has been sent. You will hear from us when %(name)s answers.")
                    % {"name": profile.display_name},
                )
                return redirect("network:contact-request-list")
    else:
        form = ContactRequestForm()
    return render(
        request,
        "network/contact_request_form.html",
        {"form": form, "profile": profile, "own": own},
    )


def contact_request_list(request):
    require(request, verified=True)
    received = Paginator(contact_request_list_received(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("received")
    )
    contact_requests_shown(
        contact_requests=received.object_list,
        user=request.user,
        interface_language=request.LANGUAGE_CODE,
        original=bool(request.GET.get("original")),
    )
    return render(
        request,
        "network/contact_request_list.html",
        {
            "received": received,
            "received_query": _return_query(received, "received"),
            "sent": Paginator(contact_request_list_sent(user=request.user), PAGE_SIZE).get_page(
                request.GET.get("page")
            ),
        },
    )


@require_POST
def contact_request_answer(request, pk: int):
    require(request, verified=True)
    contact_request = contact_request_get_for_participant(pk=pk, user=request.user)
    if contact_request is None:
        raise Http404
    require(request, "network.answer_contact_request", contact_request)
    accept = request.POST.get("decision") == "accept"
    try:
        conversation = services.contact_request_answer(
            contact_request=contact_request, user=request.user, accept=accept
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("network:contact-request-list")
    if conversation is not None:
        messages.success(request, _("You are now in contact. Write your first message here."))
        return redirect(conversation)
    messages.success(request, _("The request has been declined. The other person is not told why."))
    return redirect("network:contact-request-list")


@require_POST
def contact_request_translate(request, pk: int):
    """ "Translate" on a contact request sent to this person: as for a message of a
    conversation, asks for its machine translation into the reader's interface language
    and returns to it (in the list while it waits for an answer, at the top of the
    conversation once accepted)."""
    require(request, verified=True)
    contact_request = contact_request_get_for_recipient(pk=pk, user=request.user)
    if contact_request is None:
        raise Http404
    translation = services.contact_request_translate(
        contact_request=contact_request, reader=request.user, target=request.LANGUAGE_CODE
    )
    if translation is None:
        messages.error(request, _("This message cannot be translated."))
    conversation = getattr(contact_request, "conversation", None)
    if conversation is not None:
        return redirect(f"{conversation.get_absolute_url()}#request-{contact_request.pk}")
    query = _page_query(request, "received")
    return redirect(
        f"{reverse('network:contact-request-list')}{query}#request-{contact_request.pk}"
    )


@require_POST
def contact_request_withdraw(request, pk: int):
    require(request, verified=True)
    contact_request = contact_request_get_for_participant(pk=pk, user=request.user)
    if contact_request is None or contact_request.sender_id != request.user.pk:
        raise Http404
    try:
        services.contact_request_withdraw(contact_request=contact_request, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Your request has been withdrawn."))
    return redirect("network:contact-request-list")


def conversation_list(request):
    require(request, verified=True)
    page = Paginator(conversation_list_for_user(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    items = [(conversation, conversation.other(request.user)) for conversation in page]
    return render(request, "network/conversation_list.html", {"page": page, "items": items})


def conversation_detail(request, pk: int):
    require(request, verified=True)
    conversation = conversation_get_for_participant(pk=pk, user=request.user)
    if conversation is None:
        raise Http404
    if request.method == "POST":
        form = MessageForm(request.POST)
        if form.is_valid():
            try:
                services.message_send(
                    conversation=conversation, author=request.user, text=form.cleaned_data["text"]
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your message has been sent."))
                return redirect(conversation)
    else:
        form = MessageForm()
    page = message_page_for_conversation(
        conversation=conversation, number=request.GET.get("page"), page_size=PAGE_SIZE
    )
    conversation_messages_shown(
        conversation=conversation,
        messages=page.object_list,
        user=request.user,
        interface_language=request.LANGUAGE_CODE,
        original=bool(request.GET.get("original")),
    )
    other = conversation.other(request.user)
    other_profile = getattr(other, "network_profile", None)
    return render(
        request,
        "network/conversation_detail.html",
        {
            "conversation": conversation,
            "page": page,
            "page_query": _return_query(page, "page"),
            "form": form,
            "other": other,
            "other_name": other_profile.display_name if other_profile else other.public_name,
            "other_email": other.email if conversation.shares_email(other) else "",
            "i_share": conversation.shares_email(request.user),
        },
    )


@require_POST
def message_translate(request, pk: int, message_id: int):
    """ "Translate" on a message of the other person: asks for its machine translation
    into the reader's interface language and returns to the message, which says that
    the translation is being made until it is there."""
    require(request, verified=True)
    message = message_get_for_participant(conversation_id=pk, pk=message_id, user=request.user)
    if message is None:
        raise Http404
    translation = services.message_translate(
        message=message, reader=request.user, target=request.LANGUAGE_CODE
    )
    if translation is None:
        messages.error(request, _("This message cannot be translated."))
    query = _page_query(request, "page")
    return redirect(f"{message.conversation.get_absolute_url()}{query}#message-{message.pk}")


@require_POST
def email_share(request, pk: int):
    require(request, verified=True)
    conversation = conversation_get_for_participant(pk=pk, user=request.user)
    if conversation is None:
        raise Http404
    share = request.POST.get("share") == "1"
    services.email_share_set(conversation=conversation, user=request.user, share=share)
    if share:
        messages.success(request, _("Your e-mail address is now shown to the other person."))
    else:
        messages.success(request, _("Your e-mail address is no longer shown."))
    return redirect(conversation)


@require_POST
def block_create(request, pk: int):
    require(request, verified=True)
    profile = profile_get_for_display(pk=pk, user=request.user)
    if profile is None:
        raise Http404
    require(request, "network.block_profile", profile)
    services.block_create(blocker=request.user, blocked=profile.user)
    messages.success(
        request,
        _("You have blocked %(name)s. They can no longer see your profile or contact you.")
        % {"name": profile.display_name},
    )
    return redirect("network:block-list")


def block_list(request):
    require(request, verified=True)
    page = Paginator(block_list_for_user(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "network/block_list.html", {"page": page})


@require_POST
def block_delete(request, user_id: int):
    require(request, verified=True)
    services.block_delete(blocker=request.user, blocked_id=user_id)
    messages.success(request, _("The block has been lifted."))
    return redirect("network:block-list")


def profile_report(request, pk: int):
    """Reports go to the moderation desk, like those of contributions and comments."""
    return redirect("moderation:report", kind="profile", pk=pk)


def suggestion_list(request):
    require(request, verified=True)
    own = profile_get_own(user=request.user)
    return render(
        request,
        "network/suggestion_list.html",
        {"own": own, "suggestions": suggestion_list_for_user(user=request.user)},
    )


def match_overview(request):
    require(request, "network.view_matches")
    from praxisdialog.events.selectors import event_list_for_organisers, participant_user_ids

    events = list(event_list_for_organisers())
    chosen = next((e for e in events if str(e.pk) == request.GET.get("event", "")), None)
    user_ids = participant_user_ids(event=chosen) if chosen else None
    return render(
        request,
        "network/match_overview.html",
        {"matches": match_list_strong(user_ids=user_ids), "events": events, "chosen": chosen},
    )


class ProfileFeed(Feed):
    """New and changed public profiles. A feed is for outsiders: public ones only."""

    feed_type = Atom1Feed
    title = gettext_lazy("Network: public profiles")
    link = reverse_lazy("network:profile-list")
    subtitle = gettext_lazy("People who offer and seek exchange, and made their profile public.")

    def items(self):
        return profile_list_public()[:50]

    def item_title(self, item):
        return item.display_name

    def item_description(self, item):
        parts = [item.role.label if item.role else "", item.organisation]
        parts += [item.offer_text, item.seek_text]
        return " · ".join(part for part in parts if part)

    def item_updateddate(self, item):
        return item.updated_at

    def item_link(self, item):
        return reverse("network:profile-detail", kwargs={"pk": item.pk})
