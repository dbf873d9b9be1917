from django.db import transaction

from .models import Category, Post


@transaction.atomic
def post_save(*, post: Post, categories: list[Category] | None = None) -> Post:
    """Stores a post after its invariants have been checked (alt text with an image, a
    synthesis belongs to a call). The image is already cleaned by blog.images."""
    post.full_clean(exclude=["categories"])
    post.save()
    if categories is not None:
        post.categories.set(categories)
    return post
