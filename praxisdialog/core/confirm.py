"""One page that asks before an irreversible step, so the step never happens on a
single click: the link leads here (GET), the button here posts to the same address."""

from django.shortcuts import render


def confirm_page(
    request,
    *,
    title: str,
    paragraphs: list[str],
    button: str,
    back_url: str,
    back_label: str = "",
    quote: str = "",
):
    return render(
        request,
        "core/confirm.html",
        {
            "confirm_title": title,
            "confirm_paragraphs": paragraphs,
            "confirm_button": button,
            "confirm_quote": quote,
            "back_url": back_url,
            "back_label": back_label,
        },
    )
