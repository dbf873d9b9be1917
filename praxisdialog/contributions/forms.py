from django import forms
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call
from praxisdialog.core.forms import count_characters, required_label
from praxisdialog.translation.forms import own_language_help

from .models import (
    FACT_KINDS,
    FIRST_YEAR,
    Answer,
    Attribution,
    Continuation,
    Contribution,
    ContributionReview,
    Cost,
    Effort,
    EvidenceLevel,
    Reach,
    Region,
    Sector,
    TextLanguage,
)
from .selectors import call_roles, call_settings
from .services import (
    DEEPER_MAX_LENGTH,
    EVIDENCE_URL_MAX_LENGTH,
    FACT_FIELDS,
    TITLE_MAX_LENGTH,
    ContributionInput,
    PracticeFacts,
)


def answer_field_name(question_id: int) -> str:
    return f"answer_{question_id}"


class ContributionForm(forms.Form):
    """The fields of a contribution, one answer field per guiding question.

    Only validation and cleaning live here; the rules for submitting are in services."""

    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        # Interpolated when shown, in the reader's language (a lazy string with % applied
        # at import time would stay in the language of the process: German).
        help_text=lazy(
            lambda: (
                _("A short title for your experience, up to %(max)d characters.")
                % {"max": TITLE_MAX_LENGTH}
            ),
            str,
        )(),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    role = forms.ChoiceField(label=_("In which role do you speak?"))
    setting = forms.ChoiceField(label=_("Where did it happen?"))
    sector = forms.ChoiceField(
        label=_("Sector"), choices=[("", _("Prefer not to say")), *Sector.choices], required=False
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("Prefer not to say")), *Region.choices],
        required=False,
        help_text=_("A Land or a country, never a town: that could identify people."),
    )
    language = forms.ChoiceField(
        label=_("Language of your text"),
        choices=[("", _("Recognise it from my text")), *TextLanguage.choices],
        required=False,
    )
    attribution = forms.ChoiceField(
        label=_("How should your contribution be shown?"),
        choices=Attribution.choices,
        widget=forms.RadioSelect,
        initial=Attribution.PSEUDONYM,
    )
    full_name = forms.CharField(
        label=_("Your real name"),
        max_length=120,
        required=False,
        help_text=_(
            "Needed only if you publish under your real name. It is saved in your account, "
            "where you can change it."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my contribution is published on this site under the licence "
            "Creative Commons Attribution 4.0 (CC BY 4.0): others may share and adapt it "
            "if they name the source. I can withdraw it at any time."
        ),
        required=False,
    )
    personal_data_confirmed = forms.BooleanField(
        label=_(
            "I have checked the marked passages: they identify nobody, or the people named "
            "have agreed. A moderator will look at them before publication."
        ),
        required=False,
    )

    def __init__(
        self, *args, call: Call, contribution: Contribution | None = None, user=None, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.call = call
        self.questions = list(call.questions.all())
        self.fields["role"].choices = [("", "—")] + [(r.pk, r.label) for r in call_roles(call)]
        self.fields["setting"].choices = [("", "—")] + [
            (s.pk, s.label) for s in call_settings(call)
        ]
        self._roles = {str(r.pk): r for r in call_roles(call)}
        self._settings = {str(s.pk): s for s in call_settings(call)}
        answer_fields = {}
        for question in self.questions:
            answer_fields[answer_field_name(question.pk)] = forms.CharField(
                # Staff text in whichever language it exists, isolated so that a German
                # question on an Arabic page keeps its question mark at its end.
                label=format_html("<bdi>{}</bdi>", question.display_text),
                label_suffix="",  # a question needs no colon after its question mark
                help_text=(
                    format_html("<bdi>{}</bdi>", question.display_help_text)
                    if question.display_help_text
                    else ""
                ),
                required=False,
                max_length=Answer.ANSWER_MAX_LENGTH,
                widget=forms.Textarea(
                    attrs={"rows": 6, "data-required": question.required, "dir": "auto"}
                ),
            )
        for name in Contribution.DEEPER_FIELDS:
            answer_fields[name] = forms.CharField(
                label=Contribution._meta.get_field(name).verbose_name,
                required=False,
                max_length=DEEPER_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
            )
        # Keep the order of the page: title first, then the answers, then the rest.
        ordered = {"title": self.fields.pop("title"), **answer_fields}
        ordered.update(self.fields)
        self.fields = ordered
        for question in self.questions:
            if question.required:
                field = self.fields[answer_field_name(question.pk)]
                field.widget.attrs["aria-required"] = "true"
                field.label = required_label(field.label)
        for name in ("title", "role", "setting", "language", "attribution"):
            self.fields[name].label = required_label(self.fields[name].label)
        count_characters(self)
        if contribution is not None and contribution.consent_at:
            self.fields["consent"].initial = True
        self.fields["language"].help_text = own_language_help()
        # "Under my real name" needs one: an account without it is asked for it here.
        self.asks_real_name = user is not None and not user.full_name
        if not self.asks_real_name:
            del self.fields["full_name"]

    def clean(self):
        data = super().clean()
        if (
            self.asks_real_name
            and data.get("attribution") == Attribution.REAL_NAME
            and not data.get("full_name", "").strip()
        ):
            self.add_error(
                "full_name",
                _("Please give your real name, or choose another way to be shown."),
            )
        return data

    def clean_role(self):
        return self._roles[self.cleaned_data["role"]]

    def clean_setting(self):
        return self._settings[self.cleaned_data["setting"]]

    def answer_fields(self):
        return [self[answer_field_name(question.pk)] for question in self.questions]

    def deeper_fields(self):
        return [self[name] for name in Contribution.DEEPER_FIELDS]

    def to_input(self) -> ContributionInput:
        data = self.cleaned_data
        return ContributionInput(
            title=data["title"],
            role=data["role"],
            setting=data["setting"],
            sector=data.get("sector", ""),
            region=data.get("region", ""),
            language=data.get("language") or "",
            attribution=data.get("attribution") or Attribution.PSEUDONYM,
            answers={q.pk: data.get(answer_field_name(q.pk), "") for q in self.questions},
            deeper={name: data.get(name, "") for name in Contribution.DEEPER_FIELDS},
        )

    @staticmethod
    def initial_for(contribution: Contribution) -> dict:
        initial = {
            "title": contribution.title,
            "role": contribution.role_id,
            "setting": contribution.setting_id,
            "sector": contribution.sector,
            "region": contribution.region,
            "language": contribution.language,
            "attribution": contribution.attribution,
        }
        initial.update({name: getattr(contribution, name) for name in Contribution.DEEPER_FIELDS})
        for answer in contribution.answers.all():
            initial[answer_field_name(answer.question_id)] = answer.text
        return initial


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=ContributionReview.Decision.choices, widget=forms.RadioSelect
    )
    message = forms.CharField(
        label=_("Message to the author"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when you return or reject: the author receives it by e-mail."),
    )


class RedactForm(forms.Form):
    """Staff edit personal data out of a contribution while reviewing it, instead of
    returning it to the author for that alone."""

    passages = forms.CharField(
        label=_("Passages to remove, one per line"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Copy each piece of personal data exactly as it stands; it is replaced by […] "
            "and a note under the text says that the moderators edited it."
        ),
    )


NOT_SAID = ("", _("Not stated"))
MONTHS = [
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
]


def _month_field(label):
    return forms.TypedChoiceField(
        label=label, choices=[NOT_SAID, *MONTHS], coerce=int, empty_value=None, required=False
    )


def _year_field(label):
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=FIRST_YEAR,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "size": 4}),
    )


class PracticeFactsForm(forms.Form):
    """The facts of a practice, all optional; asked after the story is told."""

    started_month = _month_field(_("Started in (month)"))
    started_year = _year_field(_("Started in (year)"))
    continuation = forms.ChoiceField(
        label=_("Is it still running?"),
        choices=[NOT_SAID, *Continuation.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    ended_month = _month_field(_("Ended or became a regular service in (month)"))
    ended_year = _year_field(_("Ended or became a regular service in (year)"))
    reach = forms.ChoiceField(
        label=_("How many people did it reach?"), choices=[NOT_SAID, *Reach.choices], required=False
    )
    integration_field = forms.MultipleChoiceField(
        label=_("Field of integration"),
        choices=FACT_KINDS["integration_field"].choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    innovation_type = forms.MultipleChoiceField(
        label=_("Type of innovation"),
        choices=FACT_KINDS["innovation_type"].choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    partner = forms.MultipleChoiceField(
        label=_("Partners"),
        choices=FACT_KINDS["partner"].choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    funding = forms.MultipleChoiceField(
        label=_("Funding"),
        choices=FACT_KINDS["funding"].choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    effort = forms.ChoiceField(
        label=_("Effort"),
        choices=[NOT_SAID, *Effort.choices],
        required=False,
        help_text=_("The working time it took to set up and run, roughly."),
    )
    cost = forms.ChoiceField(
        label=_("Cost"),
        choices=[NOT_SAID, *Cost.choices],
        required=False,
        help_text=_("Money spent beyond the working time, roughly."),
    )
    evidence_level = forms.ChoiceField(
        label=_("How do you know it works?"),
        choices=[NOT_SAID, *EvidenceLevel.choices],
        required=False,
        help_text=_(
            "From a story you experienced to a research study. The editorial team looks "
            "at it and may confirm or correct it."
        ),
    )
    evidence_url = forms.CharField(
        label=_("Link to the evidence"),
        required=False,
        max_length=EVIDENCE_URL_MAX_LENGTH,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("A report, an evaluation or a study that others can read."),
    )

    def to_facts(self) -> PracticeFacts:
        data = self.cleaned_data
        return PracticeFacts(
            **{name: data[name] for name in FACT_FIELDS},
            **{kind: list(data[kind]) for kind in FACT_KINDS},
        )

    @staticmethod
    def initial_for(contribution: Contribution) -> dict:
        facts = PracticeFacts.of(contribution)
        return {name: getattr(facts, name) for name in (*FACT_FIELDS, *FACT_KINDS)}


class EvidenceReviewForm(forms.Form):
    evidence_level = forms.ChoiceField(
        label=_("Evidence level"), choices=[NOT_SAID, *EvidenceLevel.choices], required=False
    )
    confirmed = forms.BooleanField(
        label=_("Checked by the editorial team: the evidence level is right"), required=False
    )
    long_running = forms.BooleanField(label=_("Running for more than a year"), required=False)
    sustained = forms.BooleanField(label=_("Continued after its funding ended"), required=False)
