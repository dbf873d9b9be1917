from django import forms

from .models import STAFF_KINDS, Delivery, Kind


class PreferenceForm(forms.Form):
    """One choice per kind of notification: immediately, daily digest or never."""

    def __init__(self, *args, current: dict[str, str], show_moderation: bool, **kwargs):
        super().__init__(*args, **kwargs)
        for kind in Kind:
            if kind in STAFF_KINDS and not show_moderation:
                continue
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=Delivery.choices,
                initial=current.get(kind.value, Delivery.IMMEDIATE),
                widget=forms.Select,
            )
