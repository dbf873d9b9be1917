"""Who may see and do what with a call's resonance; every object is a Call."""

import rules

from praxisdialog.accounts.rules import is_staff
from praxisdialog.calls.rules import call_is_published

from .selectors import resonance_settings_for


@rules.predicate
def summary_is_public(user, call) -> bool:
    return resonance_settings_for(call).public_summary


@rules.predicate
def dossier_is_public(user, call) -> bool:
    return resonance_settings_for(call).public_dossier


@rules.predicate
def open_data_is_public(user, call) -> bool:
    return resonance_settings_for(call).public_open_data


rules.add_perm("resonance.view_dashboard", is_staff)
rules.add_perm("resonance.manage_resonance", is_staff)
rules.add_perm("resonance.close_phase", is_staff)
rules.add_perm("resonance.view_summary", (call_is_published & summary_is_public) | is_staff)
rules.add_perm("resonance.view_dossier", (call_is_published & dossier_is_public) | is_staff)
rules.add_perm("resonance.view_open_data", (call_is_published & open_data_is_public) | is_staff)
