import factory

from praxisdialog.resonance.models import ResonanceSettings
from tests.calls.factories import CallFactory


class ResonanceSettingsFactory(factory.django.DjangoModelFactory):
    """Small thresholds, nothing public."""

    class Meta:
        model = ResonanceSettings

    call = factory.SubFactory(CallFactory)
    min_contributions = 3
    min_contributors = 2
    min_roles = 2
    min_settings = 1
    min_comments = 1
    min_regions = None
    min_languages = None


def resonance_settings(call, **values) -> ResonanceSettings:
    """Sets values on the call's settings, whether or not a refresh created them already."""
    current, _created = ResonanceSettings.objects.update_or_create(call=call, defaults=values)
    return current
