from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from praxisdialog.accounts.gate import require
from praxisdialog.accounts.rules import is_moderator
from praxisdialog.calls.selectors import call_get_for_display
from praxisdialog.contributions.selectors import contribution_get_for_display

from . import services
from .forms import PreferenceForm
from .models import Kind
from .selectors import is_following, notification_list_for


def notification_list(request):
    require(request)
    page = Paginator(notification_list_for(user=request.user), 25).get_page(request.GET.get("page"))
    return render(request, "notifications/notification_list.html", {"page": page})


@require_POST
def notification_read(request, pk: int):
    require(request)
    services.notification_mark_read(user=request.user, notification_id=pk)
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("notifications:list")


@require_POST
def notification_read_all(request):
    require(request)
    count = services.notification_mark_all_read(user=request.user)
    messages.success(request, _("%(count)d notifications marked as read.") % {"count": count})
    return redirect("notifications:list")


def preferences(request):
    require(request)
    current = services.preferences_for(user=request.user)
    show_moderation = is_moderator(request.user)
    if request.method == "POST":
        form = PreferenceForm(request.POST, current=current, show_moderation=show_moderation)
        if form.is_valid():
            for kind, delivery in form.cleaned_data.items():
                services.preference_set(user=request.user, kind=kind, delivery=delivery)
            messages.success(request, _("Your choices have been saved."))
            return redirect("notifications:preferences")
    else:
        form = PreferenceForm(current=current, show_moderation=show_moderation)
    return render(request, "notifications/preferences.html", {"form": form})


@csrf_exempt  # RFC 8058: mail programs POST without a cookie; the signed token decides.
def unsubscribe(request, token: str):
    parsed = services.unsubscribe_token_read(token)
    if parsed is None:
        raise Http404
    done = False
    if request.method == "POST":
        if services.unsubscribe(token=token) is None:
            raise Http404
        done = True
    kind = parsed[1]
    label = _("all notifications") if kind == services.ALL_KINDS else Kind(kind).label
    return render(
        request, "notifications/unsubscribe.html", {"label": label, "done": done, "token": token}
    )


def _follow_target(kind: str, key: str, user):
    if kind == "contribution" and key.isdigit():
        return contribution_get_for_display(pk=int(key), user=user)
    if kind == "call":
        return call_get_for_display(slug=key, user=user)
    return None


@require_POST
def follow_toggle(request, kind: str, key: str):
    target = _follow_target(kind, key, request.user)
    if target is None:
        raise Http404
    require(request, "notifications.follow", target, next_url=target.get_absolute_url())
    if is_following(user=request.user, target=target):
        services.follow_remove(user=request.user, target=target)
        following = False
    else:
        services.follow_add(user=request.user, target=target)
        following = True
    if request.htmx:
        return render(
            request,
            "notifications/includes/follow.html",
            {
                "follow_target": target,
                "follow_kind": kind,
                "follow_key": key,
                "following": following,
            },
        )
    messages.success(
        request, _("You follow it now.") if following else _("You no longer follow it.")
    )
    return redirect(target)
