import rules

from praxisdialog.accounts.rules import is_staff

# Newsletters reach every subscriber: only staff compose and send them.
rules.add_perm("newsletter.manage_newsletter", is_staff)
