"""Open Graph and summary-card meta and share links, for any template."""

import html
from urllib.parse import quote, urlencode

from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from praxisdialog.core.hosts import absolute_uri

register = template.Library()

DESCRIPTION_LENGTH = 200
FACEBOOK = "https://www.facebook.com/sharer/sharer.php"


def _page_title(context) -> str:
    """The page's own {% block title %}, rendered again for og:title."""
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block("title") if block_context else None
    if block is None:
        return ""
    # The block comes out HTML-escaped; unescape it so the meta tag escapes it once.
    return html.unescape(strip_tags(block.nodelist.render(context))).strip()


def _described_object(context) -> tuple[str, str, str]:
    """(description, image URL, og:type) of the object a detail page shows."""
    post = context.get("post")
    if post is not None and hasattr(post, "teaser"):
        image = post.image.url if post.image else ""
        return post.display_teaser, image, "article"
    contribution = context.get("contribution")
    if contribution is not None and hasattr(contribution, "byline"):
        answer = next((a.text for a in contribution.answers.all() if a.text), "")
        return answer, "", "article"
    event = context.get("event")
    if event is not None and hasattr(event, "starts_at"):
        return strip_tags(event.description), "", "website"
    call = context.get("call")
    if call is not None and hasattr(call, "display_teaser"):
        return call.display_teaser, "", "website"
    return "", "", "website"


@register.inclusion_tag("includes/og_meta.html", takes_context=True)
def og_meta(context):
    request = context.get("request")
    site = context.get("site_settings")
    description, image, og_type = _described_object(context)
    if not description:
        description = _(
            "Experiences of integration and innovation in the working world: read, tell, discuss."
        )
    return {
        "site_name": site.institute_name if site else "",
        "title": _page_title(context),
        "description": Truncator(" ".join(description.split())).chars(DESCRIPTION_LENGTH),
        "url": absolute_uri(request) if request else "",
        "image": absolute_uri(request, image) if request and image else "",
        "image_alt": context["post"].image_alt if image else "",
        "og_type": og_type,
    }


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, title: str):
    """Plain links to share the current page: no third-party script, image or font.
    Mastodon has no central share page, so the link opens mastodon.social's, where
    people on another server can still copy the text."""
    request = context["request"]
    url = absolute_uri(request, request.path)
    text = f"{title} {url}"
    # mailto: wants %20, not +, for spaces.
    mail = {"subject": title, "body": url}
    return {
        "title": title,
        "links": [
            ("email", _("E-mail"), f"mailto:?{urlencode(mail, quote_via=quote)}"),
            ("mastodon", "Mastodon", f"https://mastodon.social/share?{urlencode({'text': text})}"),
            (
                "linkedin",
                "LinkedIn",
                f"https://www.linkedin.com/sharing/share-offsite/?{urlencode({'url': url})}",
            ),
            ("x", "X", f"https://x.com/intent/post?{urlencode({'text': title, 'url': url})}"),
            ("facebook", "Facebook", f"{FACEBOOK}?{urlencode({'u': url})}"),
            ("whatsapp", "WhatsApp", f"https://wa.me/?{urlencode({'text': text})}"),
        ],
    }
