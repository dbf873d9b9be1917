import rules

from praxisdialog.accounts.rules import is_moderator

# Staff and moderators: each sees the tools their own permissions open.
rules.add_perm("console.view_console", is_moderator)
