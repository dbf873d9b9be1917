"""Staff edit the versions of a text in every interface language.

`translated_form(Model)` makes a ModelForm with one field per translated field and
language ("version_<language>_<field>"), kept in the model's `translations`. Where staff
wrote no version but the translation app holds a machine translation of the current
German text, the field starts with it and says so: saved as it is, it stays a machine
translation (and is made again when the German changes); corrected, it is stored as the
version staff wrote, a human translation, and the page no longer labels it."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .i18n import machine_translator, other_languages


def version_field_name(language: str, field: str) -> str:
    return f"version_{language}_{field}"


def version_fieldsets(model, *, collapsed: bool = True) -> list[tuple]:
    """Admin fieldsets, one per language, with that language's versions."""
    classes = ["collapse"] if collapsed else []
    return [
        (
            name,
            {
                "fields": [version_field_name(code, field) for field in model.translated_fields],
                "classes": classes,
            },
        )
        for code, name in other_languages()
    ]


def version_field_names(model) -> list[str]:
    return [
        version_field_name(code, field)
        for code, _name in other_languages()
        for field in model.translated_fields
    ]


MACHINE_HELP = _(
    "Machine translation of the German text. Saved unchanged it stays a machine "
    "translation; corrected, it becomes your translation."
)


class TranslatedFormMixin:
    """Fills the version fields from `instance.translations` (or the machine
    translation) and writes them back on save."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._machine_initial: dict[str, str] = {}
        instance = self.instance
        machine = _machine_versions(instance) if instance.pk else {}
        for code, _name in other_languages():
            for field in self._meta.model.translated_fields:
                name = version_field_name(code, field)
                if name not in self.fields:
                    continue
                written = instance.written_version(field, code) if instance.pk else ""
                if written:
                    self.initial.setdefault(name, written)
                    continue
                suggested = (machine.get(code) or {}).get(field, "")
                if suggested:
                    self.initial.setdefault(name, suggested)
                    self._machine_initial[name] = suggested
                    self.fields[name].help_text = MACHINE_HELP

    def versions_from(self, cleaned_data: dict) -> dict:
        """The versions staff wrote, as `translations` holds them."""
        versions: dict[str, dict[str, str]] = {}
        for code, _name in other_languages():
            for field in self._meta.model.translated_fields:
                name = version_field_name(code, field)
                if name not in self.fields:
                    # A form that does not show the field keeps what is stored.
                    kept = self.instance.written_version(field, code)
                    if kept:
                        versions.setdefault(code, {})[field] = kept
                    continue
                text = (cleaned_data.get(name) or "").strip()
                if not text or text == self._machine_initial.get(name, "").strip():
                    continue
                versions.setdefault(code, {})[field] = text
        return versions

    def _post_clean(self):
        super()._post_clean()
        if hasattr(self, "cleaned_data"):
            self.instance.translations = self.versions_from(self.cleaned_data)


def _machine_versions(instance) -> dict[str, dict[str, str]]:
    translator = machine_translator()
    return translator.versions_of(obj=instance) if translator is not None else {}


def _label(field_name, language) -> str:
    return gettext("%(field)s (%(language)s)") % {"field": field_name, "language": language}


version_label = lazy(_label, str)


def translated_form(model, base=forms.ModelForm):
    """A ModelForm class for `model` with a field per language and translated field."""
    declared = {}
    for code, language in other_languages():
        for field in model.translated_fields:
            model_field = model._meta.get_field(field)
            form_field = model_field.formfield(required=False)
            form_field.required = False
            form_field.label = version_label(model_field.verbose_name, language)
            form_field.widget.attrs["lang"] = code
            form_field.widget.attrs["dir"] = "auto"
            declared[version_field_name(code, field)] = form_field
    base_meta = getattr(base, "Meta", None)
    if base_meta is not None and getattr(base_meta, "model", None) is model:
        meta = type("Meta", (base_meta,), {})
    else:
        meta = type("Meta", (), {"model": model, "fields": "__all__"})
    return type(
        f"{model.__name__}VersionsForm",
        (TranslatedFormMixin, base),
        {**declared, "Meta": meta, "__module__": __name__},
    )
