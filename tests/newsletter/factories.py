import factory
from django.utils import timezone

from praxisdialog.newsletter.models import Newsletter, Subscriber
from praxisdialog.newsletter.services import CONSENT_VERSION


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber reading German."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"leserin{n}@example.org")
    language = "de"
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
    consent_text = "Ich möchte den Newsletter per E-Mail erhalten."
    consent_version = CONSENT_VERSION


class NewsletterFactory(factory.django.DjangoModelFactory):
    """A draft for everyone, in German and English."""

    class Meta:
        model = Newsletter

    subject = factory.Sequence(lambda n: f"Neuigkeiten {n}")
    body = "Hallo,\n\nes gibt **neue** Erfahrungen & Termine."
    translations = factory.Sequence(
        lambda n: {
            "en": {
                "subject": f"News {n}",
                "body": "Hello,\n\nthere are **new** experiences & dates.",
            }
        }
    )
