from django.core.exceptions import ValidationError
from django.shortcuts import render

from praxisdialog.core.forms import add_service_errors

from . import services
from .forms import FollowUpForm


def follow_up_answer(request, token: str):
    """The form a follow-up mail links to; the personal link is the permission, so no
    sign-in is needed. An expired link says so; an unknown one looks like a missing page."""
    try:
        follow_up = services.follow_up_from_token(token)
    except services.LinkExpired:
        return render(request, "practices/follow_up_expired.html", status=410)
    if follow_up is None or follow_up.contribution.status != "published":
        return render(request, "practices/follow_up_expired.html", {"unknown": True}, status=404)
    contribution = follow_up.contribution
    context = {"follow_up": follow_up, "contribution": contribution}
    if follow_up.answered_at is not None:
        return render(request, "practices/follow_up_done.html", context)
    form = FollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            update = services.follow_up_answer(
                follow_up=follow_up, data=services.UpdateInput(**form.cleaned_data)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return render(
                request,
                "practices/follow_up_done.html",
                {**context, "update": update, "just_answered": True},
            )
    return render(request, "practices/follow_up_form.html", {**context, "form": form})
