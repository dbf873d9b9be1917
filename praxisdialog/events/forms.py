from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EventFile
from .services import RegistrationAnswers


class RegistrationForm(forms.Form):
    """The optional questions; guests also give their name and address.

    Only validation lives here; the rules for seats are in services."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a link to confirm; your seat is held for 24 hours."),
    )
    accessibility_needs = forms.CharField(
        label=_("Do you need anything to take part fully? (optional)"),
        help_text=_("For example step-free access, a hearing loop or breaks."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
    )
    interpretation_language = forms.CharField(
        label=_("Interpretation into which language? (optional)"), max_length=100, required=False
    )
    dietary_needs = forms.CharField(
        label=_("Dietary needs (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=500,
        required=False,
    )
    list_consent = forms.BooleanField(
        label=_("My name may appear on the participant list that participants see."),
        required=False,
    )

    def __init__(self, *args, guest: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not guest:
            del self.fields["name"]
            del self.fields["email"]

    def to_answers(self) -> RegistrationAnswers:
        data = self.cleaned_data
        return RegistrationAnswers(
            accessibility_needs=data.get("accessibility_needs", ""),
            interpretation_language=data.get("interpretation_language", ""),
            dietary_needs=data.get("dietary_needs", ""),
            list_consent=data.get("list_consent", False),
        )


class OrganiserAddForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    email = forms.EmailField(label=_("E-mail address"))


class MoveForm(forms.Form):
    position = forms.IntegerField(label=_("New place on the waiting list"), min_value=1)


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How was the event for you?"),
        choices=[
            (5, _("5: very good")),
            (4, _("4: good")),
            (3, _("3: all right")),
            (2, _("2: not so good")),
            (1, _("1: poor")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    liked = forms.CharField(
        label=_("What was most useful to you?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    improve = forms.CharField(
        label=_("What should we do differently?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )


class EventFileForm(forms.ModelForm):
    """A documentation file; services.event_file_prepare checks and cleans new uploads."""

    class Meta:
        model = EventFile
        fields = ["title", "file"]

    def clean_file(self):
        from django.core.exceptions import ValidationError
        from django.core.files.uploadedfile import UploadedFile

        from .services import event_file_prepare

        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # unchanged: already checked when it was uploaded
        try:
            return event_file_prepare(upload=upload)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error
