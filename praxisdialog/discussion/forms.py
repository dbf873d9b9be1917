from django import forms
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.forms import count_characters
from praxisdialog.moderation.forms import HoneypotMixin

from .services import TEXT_MAX_LENGTH


class CommentForm(HoneypotMixin, forms.Form):
    text = forms.CharField(
        label=_("Your comment"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown works: *italic*, **bold**, lists and links."),
    )
    field_order = ["text", "website"]

    def __init__(self, *args, **kwargs):
        from praxisdialog.translation.forms import own_language_help

        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = f"{own_language_help()} {self.fields['text'].help_text}"
        count_characters(self, "text")
