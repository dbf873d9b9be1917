# Labels and terms in Ukrainian are Cyrillic on purpose.
# ruff: noqa: RUF001
"""The concept lexicon the site starts with; staff edit it in the admin afterwards.

Terms are written compactly, separated by ";": a trailing "*" marks a stem matched as a
prefix (and, in German, inside compounds), a space marks a phrase, an all-capital term is
an abbreviation matched as written, anything else is a word matched by its stem."""

CONCEPTS = [
    {
        "slug": "language-at-work",
        "label_de": "Sprache am Arbeitsplatz",
        "label_en": "Language at work",
        "label_ar": "اللغة في العمل",
        "label_uk": "Мова на роботі",
        "description": "Learning and using German at work, language courses, plain language.",
        "terms": {
            "de": "sprach*; deutschkurs*; deutschkenntnis*; deutschlern*; sprachkurs*; "
            "sprachniveau*; sprachförder*; sprachbarriere*; berufssprach*; fachsprach*; "
            "wortschatz*; übersetz*; dolmetsch*; muttersprach*; leichte sprache; "
            "einfache sprache; aussprache*; grammatik*; verständig*; sprachcafé*; "
            "sprachtandem*; DeuFöV; B1; B2; C1; A2; missverständ*; vokabel*",
            "en": "language*; german course*; german lesson*; vocabular*; interpret*; "
            "translat*; fluent*; fluency; plain language; jargon*; mother tongue; "
            "pronunciat*; grammar*; misunderstand*; language barrier*; speaking german",
            "ar": "لغة; اللغة; ترجمة",
            "uk": "мова*; мовн*; переклад*",
        },
    },
    {
        "slug": "recognition-of-qualifications",
        "label_de": "Anerkennung von Abschlüssen",
        "label_en": "Recognition of qualifications",
        "label_ar": "الاعتراف بالمؤهلات",
        "label_uk": "Визнання кваліфікацій",
        "description": "Having foreign degrees and professional qualifications recognised.",
        "terms": {
            "de": "anerkenn*; anerkannt*; gleichwertig*; abschluss*; abschlüss*; "
            "berufsabschluss*; zeugnis*; diplom*; approbation*; kenntnisprüfung*; "
            "anpassungsqualifizier*; teilanerkenn*; berufsanerkenn*; nachqualifizier*; "
            "ausländische abschlüsse; ausländischen abschluss; ZAB; IQ; BQFG; "
            "berufserfahrung*; qualifikation*; studium*; studienabschluss*; "
            "zeugnisbewert*; validierung*; beglaubig*; referenzberuf*",
            "en": "recogni*; foreign degree*; qualificat*; diploma*; certificat*; "
            "credential*; equivalen*; accredit*; licens*; professional experience; "
            "degree*; validat*",
            "ar": "الاعتراف; شهادة; معادلة",
            "uk": "визнання*; диплом*; кваліфікац*",
        },
    },
    {
        "slug": "founding-by-newcomers",
        "label_de": "Gründung durch Zugewanderte",
        "label_en": "Founding by newcomers",
        "label_ar": "تأسيس المشاريع من قبل القادمين الجدد",
        "label_uk": "Засновництво новоприбулих",
        "description": "Start-ups, self-employment and businesses founded by migrants.",
        "terms": {
            "de": "gründer*; gründung*; gründen; gegründet; gründete*; existenzgründ*; "
            "gründerzentr*; selbstständig*; selbständig*; startup*; "
            "start-up*; unternehmer*; firma; geschäftsidee*; businessplan*; "
            "gewerbe*; gewerbeanmeld*; eigenes geschäft; eigene firma; laden*; "
            "kleinunternehm*; kredit*; mikrokredit*; gründungszuschuss*; inhaber*; "
            "imbiss*; restaurant*; freiberuf*; kundenstamm*; KfW",
            "en": "founded; founding; founder*; start-up*; startup*; entrepreneur*; self-employ*; "
            "business plan*; own business; small business*; microcredit*; launch*; "
            "shop*; freelanc*; venture*",
            "ar": "مشروع; ريادة",
            "uk": "підприєм*; бізнес*",
        },
    },
    {
        "slug": "apprenticeships",
        "label_de": "Ausbildung",
        "label_en": "Apprenticeships",
        "label_ar": "التدريب المهني",
        "label_uk": "Професійне навчання",
        "description": "Vocational training in the dual system, training places, trainees.",
        "terms": {
            "de": "ausbild*; azubi*; auszubildend*; lehrling*; lehrstelle*; "
            "berufsschul*; duale ausbildung; ausbildungsplatz*; ausbildungsbetrieb*; "
            "gesellenprüf*; abschlussprüf*; einstiegsqualifizier*; praktikum*; "
            "praktikant*; ausbildungsduldung*; berufsorientier*; lehrjahr*; "
            "ausbilder*; assistierte ausbildung; EQ; AsA; ausbildungsbegleit*; "
            "prüfungsvorbereit*; berufsvorbereit*; überbetrieblich*; umschul*",
            "en": "apprentic*; trainee*; vocational*; dual system; internship*; "
            "intern; vocational school; training place*; journeyman; traineeship*",
            "ar": "تدريب مهني; متدرب",
            "uk": "навчанн*; стажуванн*",
        },
    },
    {
        "slug": "mentoring",
        "label_de": "Mentoring und Patenschaften",
        "label_en": "Mentoring",
        "label_ar": "الإرشاد",
        "label_uk": "Наставництво",
        "description": "Mentors, buddies and sponsors who accompany newcomers.",
        "terms": {
            "de": "mentor*; mentee*; pate; paten*; patenschaft*; patin*; buddy*; "
            "begleit*; tandem*; lotse*; lotsin*; ansprechperson*; ansprechpartner*; "
            "bezugsperson*; unterstütz*; erfahrene kollegin; erfahrener kollege; "
            "zur seite; coach*; beratungsgespräch*; vorbild*; role model",
            "en": "mentor*; mentee*; buddy*; sponsor*; coach*; role model*; "
            "accompan*; guidance; godparent*; peer support; tandem*; go-to person",
            "ar": "مرشد; توجيه",
            "uk": "наставни*; ментор*",
        },
    },
    {
        "slug": "diverse-teams-innovation",
        "label_de": "Vielfältige Teams und Produktinnovation",
        "label_en": "Diverse teams and product innovation",
        "label_ar": "الفرق المتنوعة والابتكار",
        "label_uk": "Різноманітні команди та інновації",
        "description": "How mixed teams bring new ideas, products and ways of working.",
        "terms": {
            "de": "vielfalt*; divers*; gemischt* team*; innovation*; innovativ*; "
            "produktentwickl*; neues produkt; neue produkte; neue ideen; idee*; "
            "perspektive*; kreativ*; prototyp*; erfind*; "
            "interkulturell*; multikulturell*; blickwinkel*; "
            "design*; ideenmanagement*",
            "en": "divers*; innovat*; product development; new product*; idea*; "
            "perspective*; creativ*; prototype*; invent*; intercultural*; "
            "multicultural*; mixed team*; design*",
            "ar": "ابتكار; تنوع",
            "uk": "інновац*",
        },
    },
    {
        "slug": "new-markets",
        "label_de": "Neue Märkte und Kundschaft",
        "label_en": "New markets and customers",
        "label_ar": "أسواق وعملاء جدد",
        "label_uk": "Нові ринки та клієнти",
        "description": "Reaching new customer groups, export, community markets.",
        "terms": {
            "de": "markt*; märkte*; kund*; zielgrupp*; export*; import*; "
            "auslandsmarkt*; vertrieb*; umsatz*; nachfrage*; herkunftsland*; "
            "handelsbeziehung*; mehrsprachig* beratung; community*; kaufkraft*; "
            "marketing*; werbung*; neue kunden; onlinehandel*; lieferant*",
            "en": "market*; customer*; client*; clientele; export*; import*; sales; "
            "revenue*; demand; target group*; trade link*; marketing*; supplier*; "
            "community market*; diaspora*",
            "ar": "سوق; زبائن",
            "uk": "ринок*; клієнт*",
        },
    },
    {
        "slug": "recruitment",
        "label_de": "Personalgewinnung",
        "label_en": "Recruitment",
        "label_ar": "التوظيف",
        "label_uk": "Підбір персоналу",
        "description": "Finding and hiring staff, job adverts, applications, skilled workers.",
        "terms": {
            "de": "personalgewinn*; rekrut*; bewerb*; stellenanzeige*; stellenausschreib*; "
            "einstell*; fachkräft*; fachkraft*; fachkräftemangel*; vorstellungsgespräch*; "
            "lebenslauf*; jobbörse*; jobmesse*; arbeitgebermarke*; anonymisiert* bewerb*; "
            "probearbeit*; personalabteil*; personaler*; HR; headhunt*; arbeitskräft*; "
            "offene stellen; neue mitarbeit*; arbeitsagentur*; jobcenter*",
            "en": "recruit*; hiring; hire*; hired; job advert*; applicat*; applicant*; "
            "job interview*; cv; resume*; skilled worker*; labour shortage*; "
            "staff shortage*; talent*; job fair*; vacanc*; headhunter*",
            "ar": "توظيف; وظيفة",
            "uk": "вакансі*; працевлаштуван*",
        },
    },
    {
        "slug": "permits-bureaucracy",
        "label_de": "Aufenthalt, Arbeitserlaubnis und Bürokratie",
        "label_en": "Permits and bureaucracy",
        "label_ar": "التصاريح والبيروقراطية",
        "label_uk": "Дозволи та бюрократія",
        "description": "Residence and work permits, authorities, forms and waiting times.",
        "terms": {
            "de": "aufenthalt*; arbeitserlaubnis*; beschäftigungserlaubnis*; duldung*; "
            "ausländerbehörd*; behörd*; bürokrat*; formular*; antrag*; anträg*; "
            "genehmig*; visum*; visa; wartezeit*; termin*; bescheid*; "
            "aufenthaltstitel*; blaue karte; niederlassungserlaubnis*; abschiebung*; "
            "asylverfahren*; fiktionsbescheinig*; vorrangprüf*; amt; ämter*; "
            "BAMF; ABH; sachbearbeit*",
            "en": "permit*; residence*; visa*; bureaucra*; authorit*; paperwork; "
            "appointment*; waiting time*; immigration office*; deport*; asylum*; "
            "blue card; red tape; application form*",
            "ar": "إقامة; تصريح; بيروقراطية",
            "uk": "дозвіл*; посвідк*; бюрократ*",
        },
    },
    {
        "slug": "housing-mobility",
        "label_de": "Wohnen und Mobilität",
        "label_en": "Housing and mobility",
        "label_ar": "السكن والتنقل",
        "label_uk": "Житло та мобільність",
        "description": "Finding a flat near work, commuting, transport, rural areas.",
        "terms": {
            "de": "wohn*; miet*; vermiet*; unterkunft*; gemeinschaftsunterkunft*; "
            "umzug*; umzieh*; pendel*; pendl*; fahrweg*; fahrzeit*; führerschein*; "
            "bus; busse*; bahn*; nahverkehr*; auto; fahrrad*; ländlich*; dorf*; "
            "wohnsitzauflage*; schichtbeginn*; werkswohn*; wg; mitfahr*",
            "en": "housing; flat*; apartment*; rent*; landlord*; accommodation*; "
            "commut*; driving licen*; public transport; bus; train; trains; rural*; "
            "relocat*; car; bike*",
            "ar": "سكن; شقة",
            "uk": "житл*; квартир*",
        },
    },
    {
        "slug": "childcare",
        "label_de": "Kinderbetreuung",
        "label_en": "Childcare",
        "label_ar": "رعاية الأطفال",
        "label_uk": "Догляд за дітьми",
        "description": "Day care, school hours and caring duties that shape working time.",
        "terms": {
            "de": "kinderbetreu*; kita*; kindergarten*; krippe*; hort; tagesmutter*; "
            "tagesmütter*; betreuungsplatz*; kinder; kindes*; "
            "alleinerziehend*; elternzeit*; schulkind*; ferienbetreu*; "
            "öffnungszeit*; vereinbarkeit*; familie*; familienfreundlich*; "
            "eltern*; mutter; vater; betreuung*; pflege von angehörigen",
            "en": "childcare; child care; day care; daycare; nurser*; kindergarten*; "
            "children; child; single parent*; parental leave; school hours; "
            "family; families; parent*; mother*; father*; babysit*",
            "ar": "أطفال; حضانة",
            "uk": "дитин*; діт*; садок*",
        },
    },
    {
        "slug": "discrimination",
        "label_de": "Diskriminierung und Rassismus",
        "label_en": "Discrimination",
        "label_ar": "التمييز",
        "label_uk": "Дискримінація",
        "description": "Racism, prejudice and unequal treatment, and what helped against it.",
        "terms": {
            "de": "diskrimin*; rassis*; vorurteil*; benachteilig*; ausgrenz*; "
            "ungleichbehandl*; kopftuch*; beleidig*; anfeind*; "
            "herkunft*; hautfarbe*; namen; namens*; stereotyp*; klischee*; "
            "antidiskrimin*; AGG; gleichbehandl*; mobbing*; respekt*; "
            "zivilcourage*; beschwerdestelle*; fremdenfeind*",
            "en": "discriminat*; racis*; prejudic*; bias*; stereotyp*; exclu*; "
            "headscarf*; hijab*; insult*; harass*; unequal treatment; xenophob*; "
            "equal treatment; bullying; foreign-sounding name*",
            "ar": "تمييز; عنصرية",
            "uk": "дискримінац*; расизм*",
        },
    },
    {
        "slug": "volunteering",
        "label_de": "Ehrenamt und Engagement",
        "label_en": "Volunteering",
        "label_ar": "العمل التطوعي",
        "label_uk": "Волонтерство",
        "description": "Volunteers, civic initiatives and associations that open doors.",
        "terms": {
            "de": "ehrenamt*; ehrenamtlich*; freiwillig*; engagier*; engagement*; "
            "initiative*; verein; vereins*; helferkreis*; willkommensinitiative*; "
            "nachbarschaft*; bürgerschaftlich*; spende*; kirchengemeinde*; "
            "moschee*; sportverein*; freiwilligendienst*; BFD; FSJ; "
            "unentgeltlich*; ehrenamtler*",
            "en": "volunteer*; voluntary; civic*; association*; initiative*; "
            "charit*; donat*; neighbourhood*; neighborhood*; welcome initiative*; "
            "community group*; church*; mosque*; unpaid",
            "ar": "تطوع; متطوع",
            "uk": "волонтер*",
        },
    },
    {
        "slug": "digital-skills",
        "label_de": "Digitale Kompetenzen",
        "label_en": "Digital skills",
        "label_ar": "المهارات الرقمية",
        "label_uk": "Цифрові навички",
        "description": "Computers, software, online services and digital learning at work.",
        "terms": {
            "de": "digital*; computer*; software*; programmier*; online*; internet*; "
            "app; apps; smartphone*; tablet*; laptop*; e-learning*; lernplattform*; "
            "videokonferenz*; webseite*; website*; daten*; informatik*; "
            "it-kenntnis*; tastatur*; excel*; cloud*; KI; EDV",
            "en": "digital*; computer*; software*; programm*; coding; online*; "
            "internet*; app; apps; smartphone*; laptop*; e-learning; website*; "
            "data*; IT; AI; spreadsheet*; video call*",
            "ar": "رقمي; حاسوب",
            "uk": "цифров*; комп'ютер*",
        },
    },
    {
        "slug": "womens-employment",
        "label_de": "Erwerbstätigkeit von Frauen",
        "label_en": "Women's employment",
        "label_ar": "عمل المرأة",
        "label_uk": "Зайнятість жінок",
        "description": "Women entering and returning to work, part-time, equal pay.",
        "terms": {
            "de": "frau*; frauen*; weiblich*; mütter*; berufsrückkehr*; "
            "wiedereinstieg*; teilzeit*; gleichstell*; lohnlücke*; gender*; "
            "unternehmerin*; gründerin*; kolleginn*; migrantin*; geflüchtete frauen; "
            "frauengrupp*; frauennetzwerk*; rollenbild*; ehemann*; ehefrau*",
            "en": "women*; woman*; female*; mothers; return to work; part-time; "
            "gender*; equal pay; wife*; husband*; girls; businesswom*",
            "ar": "المرأة; نساء",
            "uk": "жін*; жінк*",
        },
    },
    {
        "slug": "employer-networks",
        "label_de": "Arbeitgebernetzwerke",
        "label_en": "Employer networks",
        "label_ar": "شبكات أصحاب العمل",
        "label_uk": "Мережі роботодавців",
        "description": "Networks, chambers and alliances of employers sharing experience.",
        "terms": {
            "de": "netzwerk*; arbeitgebernetzwerk*; unternehmensnetzwerk*; kammer*; "
            "handwerkskammer*; verband*; verbänd*; bündnis*; allianz*; "
            "erfahrungsaustausch*; austauschtreffen*; stammtisch*; kooperation*; "
            "zusammenschluss*; IHK; HWK; NUiF; arbeitskreis*; innung*; "
            "wirtschaftsförder*; unternehmerfrühstück*",
            "en": "network*; chamber*; association of employers; employer network*; "
            "alliance*; federation*; peer exchange; cooperat*; round table*; "
            "business club*; partnership*",
            "ar": "شبكة; غرفة التجارة",
            "uk": "мереж*",
        },
    },
    {
        "slug": "funding-programmes",
        "label_de": "Förderprogramme",
        "label_en": "Funding programmes",
        "label_ar": "برامج التمويل",
        "label_uk": "Програми фінансування",
        "description": "Public funding, grants and subsidies for integration at work.",
        "terms": {
            "de": "förder*; förderprogramm*; fördermittel*; zuschuss*; zuschüss*; "
            "eingliederungszuschuss*; subvention*; finanzier*; programm*; "
            "projektförder*; ESF; BMAS; bildungsgutschein*; stipendi*; "
            "lohnkostenzuschuss*; modellprojekt*; projektträger*; antragstell*; "
            "fördergeld*; bundesprogramm*; landesprogramm*; budget*",
            "en": "fund; funds; funding; funded; grant*; subsid*; programme*; program*; financ*; "
            "scholarship*; wage subsid*; pilot project*; budget*; sponsor*",
            "ar": "تمويل; منحة",
            "uk": "фінансуванн*; грант*",
        },
    },
    {
        "slug": "research",
        "label_de": "Forschung und Evaluation",
        "label_en": "Research",
        "label_ar": "البحث العلمي",
        "label_uk": "Дослідження",
        "description": "Studies, data, evaluation and the exchange with science.",
        "terms": {
            "de": "forsch*; studie*; wissenschaft*; evaluation*; evaluier*; "
            "befrag*; umfrage*; statistik*; hochschul*; universität*; "
            "uni; daten*; analyse*; wirkung*; auswert*; "
            "begleitforsch*; IAB; BIBB; DeZIM",
            "en": "research*; study; studies; scien*; evaluat*; survey*; statistic*; "
            "university; universities; academ*; data; analys*; impact*; evidence*",
            "ar": "بحث; دراسة",
            "uk": "досліджен*",
        },
    },
    {
        "slug": "onboarding",
        "label_de": "Einarbeitung und Willkommenskultur",
        "label_en": "Onboarding and welcome culture",
        "label_ar": "الاندماج في مكان العمل",
        "label_uk": "Адаптація на роботі",
        "description": "The first weeks at work, induction plans and a culture of welcome.",
        "terms": {
            "de": "einarbeit*; willkommenskultur*; erster arbeitstag; ersten wochen; "
            "einführung*; einarbeitungsplan*; betriebsrundgang*; teamkultur*; "
            "integration*; integrier*; zugehörig*; kollegial*; pausenraum*; "
            "gemeinsames essen; betriebsklima*; feedback*; probezeit*; "
            "arbeitskultur*; pünktlich*; hierarchie*",
            "en": "onboard*; induction*; first day; first weeks; welcome culture; "
            "integrat*; belonging; team culture; workplace culture; probation*; "
            "feedback*; lunch break*; punctual*; hierarch*",
            "ar": "اندماج; الأسابيع الأولى",
            "uk": "адаптац*; інтеграц*",
        },
    },
    {
        "slug": "counselling",
        "label_de": "Beratung und Orientierung",
        "label_en": "Counselling and guidance",
        "label_ar": "الاستشارة والتوجيه",
        "label_uk": "Консультування",
        "description": "Advice centres, job counselling and orientation for newcomers.",
        "terms": {
            "de": "berat*; beratungsstell*; anlaufstell*; orientier*; "
            "sprechstund*; migrationsberat*; jugendmigrationsdienst*; "
            "berufsberat*; welcome center*; lotsenstell*; sozialarbeit*; "
            "case management; JMD; MBE; kompetenzfeststell*; potenzialanalyse*; "
            "perspektivplan*",
            "en": "counsel*; advice*; advis*; guidance; orientation*; information desk; "
            "welcome centre*; welcome center*; social worker*; case manag*; "
            "job centre*; job center*; helpline*; consultation*",
            "ar": "استشارة; إرشاد",
            "uk": "консультац*",
        },
    },
    {
        "slug": "further-training",
        "label_de": "Weiterbildung und Qualifizierung",
        "label_en": "Further training",
        "label_ar": "التدريب المستمر",
        "label_uk": "Підвищення кваліфікації",
        "description": "Courses, upskilling and learning on the job for adults.",
        "terms": {
            "de": "weiterbild*; fortbild*; qualifizier*; schulung*; kurs; kurse*; "
            "lehrgang*; lehrgäng*; seminar*; workshop*; zertifikatskurs*; "
            "teilqualifizier*; modul*; training*; "
            "trainier*; nachholen*; meisterschul*; meister*; techniker*",
            "en": "further training; upskill*; reskill*; training*; course*; "
            "workshop*; seminar*; module*; lifelong learning; "
            "on-the-job; certificate course*",
            "ar": "دورة; تدريب",
            "uk": "курс*; навчан*",
        },
    },
    {
        "slug": "health-and-care-work",
        "label_de": "Pflege und Gesundheitsberufe",
        "label_en": "Care and health professions",
        "label_ar": "مهن الرعاية والصحة",
        "label_uk": "Догляд і медичні професії",
        "description": "Nursing, care homes, hospitals, doctors and health workers.",
        "terms": {
            "de": "pflege*; pflegekr*; pflegeheim*; pflegefachkr*; altenpfleg*; "
            "krankenh*; klinik*; krankenpfleg*; arzt*; ärzt*; ärztin*; "
            "gesundheit*; medizin*; patient*; therapeut*; "
            "hebamme*; sanitäter*; MFA; OP; intensivstation*",
            "en": "nurs*; care home*; hospital*; clinic*; doctor*; physician*; "
            "health*; medic*; patient*; ward*; therap*; midwi*; caregiver*; "
            "elderly care",
            "ar": "تمريض; مستشفى",
            "uk": "медсестр*; лікар*",
        },
    },
]


def seed_default_lexicon(concept_model, term_model) -> None:
    """Creates the concepts above that are missing, with their terms. Takes the model
    classes, so the data migration can pass its historical ones."""
    from .matching import parse_terms

    for data in CONCEPTS:
        concept, _ = concept_model.objects.get_or_create(
            slug=data["slug"],
            defaults={
                key: data.get(key, "")
                for key in ("label_de", "label_en", "label_ar", "label_uk", "description")
            },
        )
        terms = {
            (text, kind, language)
            for language, spec in data["terms"].items()
            for text, kind in parse_terms(spec)
        }
        term_model.objects.bulk_create(
            [
                term_model(concept=concept, text=text, kind=kind, language=language)
                for text, kind, language in sorted(terms)
            ],
            ignore_conflicts=True,
        )
