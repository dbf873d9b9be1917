import rules


@rules.predicate
def is_contribution_author(user, contribution) -> bool:
    return contribution is not None and contribution.author_id == user.pk


@rules.predicate
def is_registrant(user, registration) -> bool:
    return registration is not None and registration.user_id == user.pk


@rules.predicate
def is_export_owner(user, export) -> bool:
    return export is not None and export.user_id == user.pk


rules.add_perm(
    "privacy.withdraw_publication_consent", rules.is_authenticated & is_contribution_author
)
rules.add_perm("privacy.withdraw_event_list_consent", rules.is_authenticated & is_registrant)
rules.add_perm("privacy.download_export", rules.is_authenticated & is_export_owner)
