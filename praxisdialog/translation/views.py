from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .backends import translation_enabled
from .forms import ReadingLanguagesForm
from .selectors import reading_languages_of
from .services import reading_languages_set


@login_required
def reading_languages(request):
    """The account setting "languages I read": texts in them are shown as written."""
    if not translation_enabled():
        # Without a service there is nothing to choose: nothing is translated.
        return redirect("accounts:overview")
    if request.method == "POST":
        form = ReadingLanguagesForm(request.POST)
        if form.is_valid():
            reading_languages_set(user=request.user, codes=form.cleaned_data["codes"])
            messages.success(request, _("Your languages have been saved."))
            return redirect("translation:reading-languages")
    else:
        form = ReadingLanguagesForm(initial={"codes": reading_languages_of(user=request.user)})
    return render(request, "translation/reading_languages.html", {"form": form})
