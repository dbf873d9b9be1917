from django.core.exceptions import ValidationError


def add_service_errors(form, error: ValidationError) -> None:
    """Puts the errors a service raised onto the form: under their field when the form
    has it, at the top otherwise, so the person sees every message next to its cause."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
