"""How posts are commented on (see core/targets.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.targets import SearchText, Target, register

from .models import Post
from .selectors import post_get_for_display

register(
    Target(
        model=Post,
        is_visible=lambda user, post: user.has_perm("blog.view_post", post),
        call=lambda post: post.call,
        related=("call",),
        # A post is open for comments once published, whatever the phase of its call.
        accepts_comments=lambda post: post.is_published,
        get_for_display=lambda *, key, user: post_get_for_display(slug=key, user=user),
        searchable=lambda user: Post.objects.published(),
        search_text=SearchText(
            code=3,
            label=_("Blog post"),
            label_plural=_("Blog posts"),
            title=("title",),
            text=("teaser", "body"),
            versions=True,
        ),
    )
)
