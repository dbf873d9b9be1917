"""The comment section, for the page of anything people comment on:
`{% load discussion %}{% comment_thread post comment_url %}`."""

from django import template

from praxisdialog.discussion.thread import thread_context

register = template.Library()


@register.inclusion_tag("discussion/includes/thread.html", takes_context=True)
def comment_thread(context, target, post_url: str):
    """The first (or the asked-for) page of comments on `target` and, for those who may,
    a form that posts to `post_url`, the owner's own address for new comments."""
    request = context["request"]
    return {
        "request": request,
        "user": request.user,
        **thread_context(request, target=target, post_url=post_url),
    }
