"""Demo content of this capability, called by `manage.py seed_demo` (idempotent): the
call on integration and innovation with its guiding questions and phases. All people,
organisations and stories of the demo are fictional."""

from datetime import timedelta

from django.utils import timezone

from .models import Call, Phase, PhaseKind, Question, Role, Setting
from .services import call_publish

CALL = {
    "slug": "integration-und-innovation",
    "title": "Integration und Innovation: Was hat bei Ihnen funktioniert?",
    "teaser": (
        "Wir sammeln Erfahrungen aus Betrieben, Teams, Initiativen und Forschung, in denen "
        "Integration und Innovation zusammengewirkt haben. Erzählen Sie uns, was Sie erlebt haben."
    ),
    "body": (
        "Das Kompetenzzentrum für Geflüchtete, Bildung und Arbeitswelt lädt zu einem offenen "
        "Praxisdialog ein. Uns interessiert, wo Vielfalt im Arbeitsalltag zu neuen Ideen, besseren "
        "Abläufen oder neuer Kundschaft geführt hat - und was dabei geholfen hat.\n\n"
        "Angesprochen sind alle, die dazu etwas beitragen können: Gründerinnen und Gründer, "
        "Arbeitgebende, Ausbildende, Kolleginnen und Kollegen, Ehrenamtliche sowie Fachleute aus "
        "Beratung und Verwaltung. Ebenso herzlich eingeladen sind Menschen mit Flucht- oder "
        "Migrationsgeschichte, die ihr Können, ihre Berufserfahrung und ihren frischen Blick "
        "eingebracht haben.\n\n"
        "Jeder Rahmen zählt: das **Start-up**, der **mittelständische Betrieb**, das "
        "**Arbeitsteam** in Werkhalle oder Büro, die **Fachabteilung im Konzern**, die "
        "**zivilgesellschaftliche Initiative** und das **Forschungsprojekt**. Gerade kleine, "
        "alltägliche Beispiele sind willkommen.\n\n"
        "Ihre Beiträge bilden **Schritt 1** des Dialogs und schließen ihn ab. Findet der Aufruf "
        "genug Resonanz, folgen eine vertiefende Diskussion und danach ein gemeinsamer Workshop. "
        "Das Kompetenzzentrum bringt dabei alle miteinander in Kontakt, die sich beteiligt haben."
    ),
    "plain_summary": (
        "Wir sammeln Erfahrungen.\n\n"
        "Es geht um Arbeit mit Menschen aus anderen Ländern.\n\n"
        "Zum Beispiel: Ein Team arbeitet zusammen. Eine Person ist neu in Deutschland. "
        "Das Team hat dadurch eine neue Idee.\n\n"
        "Schreiben Sie uns: Was haben Sie erlebt? Was hat geholfen?\n\n"
        "Sie können auch in Ihrer Sprache schreiben."
    ),
    "contact_name": "Hanna Albrecht",
    "contact_function": "Referentin für Praxistransfer im Kompetenzzentrum",
    "contact_email": "dialog@example.org",
}

# The versions staff wrote in other languages (the rest is machine translated, when a
# translation service is configured).
CALL_EN = {
    "title": "Integration and innovation: what has worked for you?",
    "teaser": (
        "We are collecting experiences from companies, teams, initiatives and research in which "
        "integration and innovation went hand in hand. Tell us what you have seen and done."
    ),
    "body": (
        "The competence centre for refugees, education and the working world invites you to an "
        "open practice dialogue. We want to know where diversity at work has led to new ideas, "
        "better processes or new customers - and what made that possible.\n\n"
        "Everyone who can share something is welcome: founders, employers, trainers, colleagues, "
        "volunteers and professionals from counselling and public administration. We warmly invite "
        "people with a refugee or migration background, too, who have contributed their skills, "
        "their professional experience and a fresh perspective.\n\n"
        "Every setting counts: the **start-up**, the **medium-sized company**, the **work team** "
        "on the shop floor or in the office, the **corporate department**, the **civic "
        "initiative** and the **research project**. Small, everyday examples are especially "
        "welcome.\n\n"
        "Your contributions make up **step 1** of the dialogue and complete it. If the call meets "
        "with enough resonance, an extended discussion and then a joint workshop will follow. The "
        "competence centre will connect everyone who took part."
    ),
    "plain_summary": (
        "We are collecting experiences.\n\n"
        "It is about work with people from other countries.\n\n"
        "For example: a team works together. One person is new in Germany. "
        "Because of this, the team has a new idea.\n\n"
        "Write to us: what did you experience? What helped?\n\n"
        "You can also write in your own language."
    ),
}
CALL_AR = {
    "title": "الاندماج والابتكار: ما الذي نجح لديكم؟",
    "teaser": (
        "نجمع تجارب من الشركات والفرق والمبادرات والبحث العلمي سار فيها الاندماج "
        "والابتكار جنبًا إلى جنب. أخبرونا بما عشتموه."
    ),
}
CALL_VERSIONS = {"en": CALL_EN, "ar": CALL_AR}

QUESTIONS = [  # exactly three, in this order
    {
        "text": "Wo haben Sie erlebt, dass Integration und Innovation zusammengewirkt haben?",
        "help_text": (
            "Beschreiben Sie eine konkrete Situation: Wer war beteiligt, was ist entstanden, was "
            "war daran neu?"
        ),
        "translations": {
            "ar": {"text": "أين شهدتم أن الاندماج والابتكار قد عملا معًا؟"},
            "en": {
                "text": ("Where have you experienced integration and innovation working together?"),
                "help_text": (
                    "Describe a concrete situation: who was involved, what came out of it, "
                    "and what was new about it?"
                ),
            },
        },
        "required": True,
    },
    {
        "text": "Wie hat das Ihr Vorhaben oder Ihre Organisation vorangebracht?",
        "help_text": (
            "Zum Beispiel neue Produkte, neue Kundschaft, bessere Abläufe, gewonnene Fachkräfte "
            "oder ein anderes Miteinander im Team."
        ),
        "translations": {
            "ar": {"text": "كيف دفع ذلك مشروعكم أو مؤسستكم إلى الأمام؟"},
            "en": {
                "text": "How did that move your project or organisation forward?",
                "help_text": (
                    "For example new products, new customers, smoother processes, skilled "
                    "staff you gained or a different way of working together."
                ),
            },
        },
        "required": True,
    },
    {
        "text": "Kennen Sie ungewöhnliche, alltägliche Beispiele?",
        "help_text": (
            "Gerade kleine Dinge lassen sich oft gut übertragen. Diese Frage ist freiwillig."
        ),
        "translations": {
            "ar": {"text": "هل تعرفون أمثلة يومية غير مألوفة؟"},
            "en": {
                "text": "Do you know any unusual, everyday examples?",
                "help_text": (
                    "Small things are often the easiest to copy elsewhere. "
                    "This question is optional."
                ),
            },
        },
        "required": False,
    },
]


def seed_call() -> Call:
    """The demo call, published three weeks ago, in its collect phase."""
    call = Call.objects.filter(slug=CALL["slug"]).first()
    if call is not None:
        return call
    call = Call.objects.create(**CALL, translations=CALL_VERSIONS)
    call.roles.set(Role.objects.all())
    call.settings.set(Setting.objects.all())
    for position, question in enumerate(QUESTIONS, start=1):
        Question.objects.create(call=call, position=position, **question)
    now = timezone.now()
    start = now - timedelta(days=21)
    timeline = [
        (PhaseKind.COLLECT, start, start + timedelta(days=63)),
        (PhaseKind.DISCUSS, start + timedelta(days=63), start + timedelta(days=105)),
        (PhaseKind.WORKSHOP, start + timedelta(days=105), start + timedelta(days=120)),
        (PhaseKind.DOCUMENT, start + timedelta(days=120), start + timedelta(days=180)),
    ]
    for kind, starts_at, ends_at in timeline:
        Phase.objects.create(call=call, kind=kind, starts_at=starts_at, ends_at=ends_at)
    call = call_publish(call=call)
    Call.objects.filter(pk=call.pk).update(published_at=start)
    call.refresh_from_db()
    return call
