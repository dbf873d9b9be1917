"""Who may report "we adopted this too": any signed-in participant with a confirmed address,
not suspended, on a published contribution in a public call that is not their own."""

import rules

from praxisdialog.accounts.rules import is_verified
from praxisdialog.contributions.rules import is_author, is_in_public_call, is_published
from praxisdialog.moderation.rules import is_suspended

can_adopt = is_verified & ~is_suspended & is_published & is_in_public_call & ~is_author

rules.add_perm("practices.add_adoption", can_adopt)
