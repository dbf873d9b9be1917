import rules


@rules.predicate
def is_published_post(user, post) -> bool:
    return post.is_published


@rules.predicate
def is_staff(user) -> bool:
    return user.is_authenticated and user.is_staff


# Asked by the discussion app too, when it shows a comment on a post.
rules.add_perm("blog.view_post", is_published_post | is_staff)
