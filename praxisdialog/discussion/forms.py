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
<<<<<<< HEAD
        from praxisdialog.translation.forms import own_language_help

        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = f"{own_language_help()} {self.fields['text'].help_text}"
=======
        super().__init__(*args, **kwargs)
        count_characters(self, "text")
>>>>>>> cd93384 (Forms cut nothing and say what they expect: long fields state the server's limit in the label and count against it live, pasted text over the limit is kept and the count says by how much, the server refuses it with the same message and the text stays in the form; required questions and fields are marked; publishing under one's real name asks for it when the account has none; sign-up, login and password pages and their mails say 'Sie' and use the institute's name, the sign-up honeypot is hidden from people and the privacy policy is linked; the imprint no longer shows the editors a hint meant for them)
