"""Demo content for seed_demo: thresholds for the demo call, with its summary and open
data public (kept when staff have set them)."""

from .models import ResonanceSettings
from .services import resonance_settings_save


def seed(*, call, **_unused) -> None:
    if ResonanceSettings.objects.filter(call=call).exists():
        return
    resonance_settings_save(
        call=call,
        values={
            "min_contributions": 30,
            "min_contributors": 20,
            "min_roles": 5,
            "min_settings": 4,
            "min_comments": 20,
            "public_summary": True,
            "public_open_data": True,
        },
    )
