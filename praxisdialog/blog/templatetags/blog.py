"""The posts about a call, for the call's page."""

from django import template

from praxisdialog.blog.selectors import post_list_for_call

register = template.Library()


@register.inclusion_tag("blog/includes/call_posts.html")
def call_posts(call):
    posts = post_list_for_call(call=call)
    return {
        "has_posts": bool(posts),
        "call": call,
        "synthesis": next((post for post in posts if post.is_synthesis), None),
        "posts": [post for post in posts if not post.is_synthesis],
    }
