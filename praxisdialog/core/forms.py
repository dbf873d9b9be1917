from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _


def add_service_errors(
    form, error: ValidationError, *, fields: dict[str, str] | None = None
) -> None:
    """Puts the errors a service raised onto the form: under their field when the form
    has it, at the top otherwise, so the person sees every message next to its cause.
    `fields` names the form's field where it differs from the service's
    ({"redacted_text": "passages"})."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            name = (fields or {}).get(name, name)
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


def required_label(label) -> str:
    """A label that says the field must be filled in (as the form's intro promises). A
    label that is already safe HTML (a guiding question isolated in <bdi>) stays markup;
    any other is escaped."""
    return mark_safe(_("%(label)s (required)") % {"label": conditional_escape(label)})  # noqa: S308


def count_characters(form, *names: str) -> None:
    """Long text fields show their limit in the label and a live count under the field
    (static/js/app.js). The browser's `maxlength` is dropped on purpose: it cuts pasted
    text without a word. Over-long text reaches the server, which refuses it with a
    message that says by how much, and the form comes back with the text in it."""
    for name in names or [n for n, f in form.fields.items() if _is_long_text(f)]:
        field = form.fields[name]
        if not getattr(field, "max_length", None):
            continue
        field.widget.attrs.pop("maxlength", None)
        field.widget.attrs["data-maxlength"] = str(field.max_length)
        field.template_name = "core/fields/counted.html"
        field.error_messages["max_length"] = TOO_LONG


def _is_long_text(field) -> bool:
    return isinstance(field, forms.CharField) and isinstance(field.widget, forms.Textarea)


TOO_LONG = _(
    "This text has %(show_value)d characters, but at most %(limit_value)d fit. "
    "Please shorten it; nothing has been cut."
)
