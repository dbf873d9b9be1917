import rules

rules.add_perm("notifications.view_notifications", rules.is_authenticated)
rules.add_perm("notifications.follow", rules.is_authenticated)
