"""The four pages every installation needs, with a German starting text that staff
adapt in the admin. Plain data: the migration and the demo command both read it."""

PAGES = [
    {
        "slug": "impressum",
        "kind": "imprint",
        "title": "Impressum",
        "body": (
            "# Haftung für Links\n\n"
            "Unsere Seiten enthalten Links zu Angeboten Dritter. Für deren Inhalte sind "
            "ausschließlich die jeweiligen Anbieter verantwortlich.\n\n"
            "# Streitbeilegung\n\n"
            "Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor "
            "einer Verbraucherschlichtungsstelle teilzunehmen."
        ),
    },
    {
        "slug": "datenschutz",
        "kind": "privacy",
        "title": "Datenschutzerklärung",
        "body": (
            "# Verantwortliche Stelle\n\n"
            "Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Plattform "
            "ist die im Impressum genannte Einrichtung.\n\n"
            "# Welche Daten wir verarbeiten\n\n"
            "- Ihre E-Mail-Adresse und Ihren Anzeigenamen, wenn Sie ein Konto anlegen "
            "(Art. 6 Abs. 1 lit. b DSGVO).\n"
            "- Ihre Beiträge und Kommentare, die Sie selbst veröffentlichen.\n"
            "- Nachrichten über das Kontaktformular, nur um sie zu beantworten.\n"
            "- Technisch notwendige Protokolldaten (IP-Adresse, Zeitpunkt), die wir nach "
            "kurzer Zeit löschen.\n\n"
            "Wir binden keine Skripte, Schriften oder Bilder von Dritten ein und setzen keine "
            "Tracking-Cookies.\n\n"
            "# Ihre Rechte\n\n"
            "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der "
            "Verarbeitung, Datenübertragbarkeit und Widerspruch. Ihre Daten können Sie in "
            "Ihrem Konto jederzeit herunterladen und löschen. Sie können sich außerdem bei "
            "einer Datenschutz-Aufsichtsbehörde beschweren."
        ),
    },
    {
        "slug": "barrierefreiheit",
        "kind": "accessibility",
        "title": "Erklärung zur Barrierefreiheit",
        "body": (
            "Wir möchten, dass alle Menschen diese Plattform nutzen können. Sie soll die "
            "Anforderungen der WCAG 2.2 auf Stufe AA erfüllen.\n\n"
            "# Stand der Vereinbarkeit\n\n"
            "Die Seiten funktionieren ohne JavaScript, lassen sich vollständig mit der "
            "Tastatur bedienen und sind mit Screenreadern getestet. Bilder in Blogbeiträgen "
            "haben immer einen Alternativtext.\n\n"
            "# Barrieren melden\n\n"
            "Wenn Ihnen Barrieren auffallen, schreiben Sie uns bitte über das "
            "[Kontaktformular](/contact/). Wir antworten Ihnen innerhalb von sechs Wochen."
        ),
    },
    {
        "slug": "gemeinschaftsregeln",
        "kind": "community_rules",
        "title": "Gemeinschaftsregeln",
        "body": (
            "Dieser Dialog lebt von Erfahrungen aus ganz unterschiedlichen Perspektiven. "
            "Damit sich alle sicher fühlen, gelten diese Regeln:\n\n"
            "1. **Respekt:** Wir kritisieren Ideen, nicht Menschen. Keine Beleidigungen, "
            "keine Diskriminierung, keine Hetze.\n"
            "2. **Schutz von Personen:** Nennen Sie keine Namen, Adressen oder Details, an "
            "denen andere erkannt werden können.\n"
            "3. **Beim Thema bleiben:** Werbung und Spam entfernen wir.\n"
            "4. **Ehrlichkeit:** Berichten Sie, was Sie selbst erlebt haben.\n\n"
            "Beiträge, die gegen diese Regeln verstoßen, können Sie melden. Die Moderation "
            "prüft jede Meldung und begründet ihre Entscheidungen."
        ),
    },
]
