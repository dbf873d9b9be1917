"""Long tasks finish on their own: while a dossier or a theme run is being made, its page
asks again by itself (htmx) and offers a plain reload link without JavaScript."""

import pytest
from django.urls import reverse
from django.utils import timezone

from praxisdialog.insights.models import ThemeRun
from praxisdialog.resonance.models import Dossier
from tests.insights.factories import ThemeRunFactory

pytestmark = pytest.mark.django_db


def test_a_pending_dossier_polls_and_a_ready_one_stops(client, staff, call):
    client.force_login(staff)
    url = reverse("resonance:dashboard", args=[call.slug])
    dossier = Dossier.objects.create(call=call, requested_at=timezone.now())
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 3s"' in page
    assert "Das Dossier wird erstellt." in page
    assert f'href="{url}#dossier-heading"' in page  # the reload link without JavaScript

    Dossier.objects.filter(pk=dossier.pk).update(
        status=Dossier.Status.READY, generated_at=timezone.now()
    )
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 3s"' not in page
    assert reverse("resonance:dossier-download", args=[call.slug]) in page


def test_a_theme_run_being_computed_polls_until_it_is_done(client, staff, call):
    client.force_login(staff)
    run = ThemeRunFactory(call=call, status=ThemeRun.Status.PENDING)
    url = reverse("insights:run-detail", args=[run.pk])
    assert 'hx-trigger="every 3s"' in client.get(url).content.decode()
    ThemeRun.objects.filter(pk=run.pk).update(status=ThemeRun.Status.DONE)
    assert 'hx-trigger="every 3s"' not in client.get(url).content.decode()
