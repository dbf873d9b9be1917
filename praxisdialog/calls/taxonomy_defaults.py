# ruff: noqa: RUF001 -- names in Cyrillic and Turkish are written with their own letters
"""The roles and settings every installation starts with; staff edit them later.

Used by the data migration and by tests that flush the database."""

from praxisdialog.core.migration_versions import english_name

ROLES = [
    ("founder", "Gründerin oder Gründer", "Founder"),
    ("colleague", "Kollegin oder Kollege", "Colleague"),
    ("trainer", "Ausbilderin, Trainer oder Coach", "Trainer or coach"),
    ("employer", "Arbeitgeber oder Personalabteilung", "Employer or HR"),
    ("volunteer", "Ehrenamtliche oder Ehrenamtlicher", "Volunteer"),
    ("professional", "Fachkraft oder Beraterin", "Professional or adviser"),
    ("researcher", "Forscherin oder Forscher", "Researcher"),
    (
        "newcomer",
        "Neu in Deutschland: mit eigener Migrations- oder Fluchtgeschichte",
        "Newcomer: with my own story of migration or refuge",
    ),
]

SETTINGS = [
    ("start-up", "Start-up", "Start-up"),
    ("sme", "KMU / Mittelstand", "SME / Mittelstand"),
    ("work-team", "Arbeitsteam", "Work team"),
    ("corporate", "Abteilung in einem Konzern", "Corporate department"),
    ("civic", "Zivilgesellschaftliche Initiative oder NGO", "Civic initiative or NGO"),
    ("research", "Forschung", "Research"),
    ("public-body", "Öffentliche Einrichtung", "Public body"),
    ("education", "Bildung", "Education"),
]


# The default terms in the other interface languages, so that a reader of any of them
# sees roles and settings in their language whether or not a translation service runs.
VERSIONS = {
    "founder": {
        "ar": "مؤسِّسة أو مؤسِّس",
        "fa": "بنیان‌گذار",
        "uk": "Засновниця або засновник",
        "tr": "Kurucu",
        "ru": "Основательница или основатель",
    },
    "colleague": {
        "ar": "زميلة أو زميل",
        "fa": "همکار",
        "uk": "Колега",
        "tr": "İş arkadaşı",
        "ru": "Коллега",
    },
    "trainer": {
        "ar": "مدرِّبة أو مدرِّب أو موجِّه",
        "fa": "مربی، آموزش‌دهنده یا کوچ",
        "uk": "Наставниця, тренер або коуч",
        "tr": "Eğitmen, usta öğretici veya koç",
        "ru": "Наставница, тренер или коуч",
    },
    "employer": {
        "ar": "صاحب عمل أو قسم الموارد البشرية",
        "fa": "کارفرما یا واحد منابع انسانی",
        "uk": "Роботодавець або відділ кадрів",
        "tr": "İşveren veya insan kaynakları",
        "ru": "Работодатель или отдел кадров",
    },
    "volunteer": {
        "ar": "متطوِّعة أو متطوِّع",
        "fa": "داوطلب",
        "uk": "Волонтерка або волонтер",
        "tr": "Gönüllü",
        "ru": "Волонтёр",
    },
    "professional": {
        "ar": "أخصائي أو مستشار",
        "fa": "متخصص یا مشاور",
        "uk": "Фахівець або радник",
        "tr": "Uzman veya danışman",
        "ru": "Специалист или консультант",
    },
    "researcher": {
        "ar": "باحثة أو باحث",
        "fa": "پژوهشگر",
        "uk": "Дослідниця або дослідник",
        "tr": "Araştırmacı",
        "ru": "Исследовательница или исследователь",
    },
    "newcomer": {
        "ar": "جديد في ألمانيا: لديّ قصة هجرة أو لجوء خاصة بي",
        "fa": "تازه‌وارد در آلمان: با تجربهٔ مهاجرت یا پناهندگی خودم",
        "uk": "Нові в Німеччині: з власною історією міграції чи втечі",
        "tr": "Almanya'da yeni: kendi göç ya da iltica hikâyemle",
        "ru": "Новые в Германии: с собственной историей миграции или бегства",
    },
    "start-up": {
        "ar": "شركة ناشئة",
        "fa": "استارتاپ",
        "uk": "Стартап",
        "tr": "Girişim (start-up)",
        "ru": "Стартап",
    },
    "sme": {
        "ar": "شركة صغيرة أو متوسطة",
        "fa": "شرکت کوچک یا متوسط",
        "uk": "Малий або середній бізнес (Mittelstand)",
        "tr": "KOBİ / Mittelstand",
        "ru": "Малый и средний бизнес (Mittelstand)",
    },
    "work-team": {
        "ar": "فريق عمل",
        "fa": "تیم کاری",
        "uk": "Робоча команда",
        "tr": "Çalışma ekibi",
        "ru": "Рабочая команда",
    },
    "corporate": {
        "ar": "قسم في شركة كبرى",
        "fa": "بخشی از یک شرکت بزرگ",
        "uk": "Відділ у великій компанії",
        "tr": "Büyük bir şirkette departman",
        "ru": "Отдел в крупной компании",
    },
    "civic": {
        "ar": "مبادرة مجتمع مدني أو منظمة غير حكومية",
        "fa": "ابتکار مدنی یا سازمان مردم‌نهاد",
        "uk": "Громадська ініціатива або НУО",
        "tr": "Sivil toplum girişimi veya STK",
        "ru": "Гражданская инициатива или НКО",
    },
    "research": {
        "ar": "البحث العلمي",
        "fa": "پژوهش",
        "uk": "Дослідження",
        "tr": "Araştırma",
        "ru": "Исследования",
    },
    "public-body": {
        "ar": "مؤسسة عامة",
        "fa": "نهاد دولتی",
        "uk": "Державна установа",
        "tr": "Kamu kurumu",
        "ru": "Государственное учреждение",
    },
    "education": {
        "ar": "التعليم",
        "fa": "آموزش",
        "uk": "Освіта",
        "tr": "Eğitim",
        "ru": "Образование",
    },
}


def _keeps_versions(model) -> bool:
    return any(field.name == "translations" for field in model._meta.get_fields())


def seed_default_taxonomies(role_model, setting_model) -> None:
    """Adds the default terms that are missing; never changes what staff edited."""
    for model, rows in ((role_model, ROLES), (setting_model, SETTINGS)):
        for position, (slug, name, name_en) in enumerate(rows, start=1):
            term, created = model.objects.get_or_create(
                slug=slug,
                defaults={"name": name, "position": position, **english_name(model, name_en)},
            )
            if created and _keeps_versions(model):
                add_default_versions(term, name)


def add_default_versions(term, default_name: str) -> bool:
    """Gives a default term its name in the languages it has no version in yet, as long
    as its German name is still the default one (a term staff renamed means something
    else now). Versions staff wrote stay. True when something was added."""
    if term.name != default_name:
        return False
    versions = dict(term.translations or {})
    added = False
    for language, text in VERSIONS.get(term.slug, {}).items():
        if not (versions.get(language) or {}).get("name"):
            versions[language] = {**versions.get(language, {}), "name": text}
            added = True
    if added:
        term.translations = versions
        term.save(update_fields=["translations"])
    return added


def add_versions_to_default_taxonomies(role_model, setting_model) -> None:
    """For installations made before the defaults had every language."""
    for model, rows in ((role_model, ROLES), (setting_model, SETTINGS)):
        names = {slug: name for slug, name, _english in rows}
        for term in model.objects.filter(slug__in=names):
            add_default_versions(term, names[term.slug])
