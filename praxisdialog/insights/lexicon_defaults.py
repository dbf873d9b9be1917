# Labels and terms in Ukrainian are Cyrillic on purpose.
# ruff: noqa: RUF001
"""The concept lexicon the site starts with; staff edit it in the admin afterwards.

Terms are written compactly, separated by ";": a trailing "*" marks a stem matched as a
prefix (and, in German, inside compounds), a space marks a phrase, an all-capital term is
an abbreviation matched as written, anything else is a word matched by its stem."""

CONCEPTS = [
    {
        "slug": "language-at-work",
        "label": "Sprache am Arbeitsplatz",
        "labels": {
            "en": "Language at work",
            "ar": "اللغة في العمل",
            "fa": "زبان در محیط کار",
            "uk": "Мова на роботі",
            "tr": "İş yerinde dil",
            "ru": "Язык на работе",
        },
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
        "label": "Anerkennung von Abschlüssen",
        "labels": {
            "en": "Recognition of qualifications",
            "ar": "الاعتراف بالمؤهلات",
            "fa": "به رسمیت شناختن مدارک تحصیلی",
            "uk": "Визнання кваліфікацій",
            "tr": "Diplomaların tanınması",
            "ru": "Признание квалификаций",
        },
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
        "label": "Gründung durch Zugewanderte",
        "labels": {
            "en": "Founding by newcomers",
            "ar": "تأسيس المشاريع من قبل القادمين الجدد",
            "fa": "راه‌اندازی کسب‌وکار توسط تازه‌واردان",
            "uk": "Засновництво новоприбулих",
            "tr": "Yeni gelenlerin girişimciliği",
            "ru": "Предпринимательство новоприбывших",
        },
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
        "label": "Ausbildung",
        "labels": {
            "en": "Apprenticeships",
            "ar": "التدريب المهني",
            "fa": "آموزش حرفه‌ای",
            "uk": "Професійне навчання",
            "tr": "Meslek eğitimi",
            "ru": "Профессиональное обучение",
        },
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
        "label": "Mentoring und Patenschaften",
        "labels": {
            "en": "Mentoring",
            "ar": "الإرشاد",
            "fa": "مربی‌گری و حمایت",
            "uk": "Наставництво",
            "tr": "Mentorluk ve rehberlik",
            "ru": "Наставничество",
        },
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
        "label": "Vielfältige Teams und Produktinnovation",
        "labels": {
            "en": "Diverse teams and product innovation",
            "ar": "الفرق المتنوعة والابتكار",
            "fa": "تیم‌های متنوع و نوآوری محصول",
            "uk": "Різноманітні команди та інновації",
            "tr": "Çeşitli ekipler ve ürün inovasyonu",
            "ru": "Разнообразные команды и инновации",
        },
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
        "label": "Neue Märkte und Kundschaft",
        "labels": {
            "en": "New markets and customers",
            "ar": "أسواق وعملاء جدد",
            "fa": "بازارها و مشتریان جدید",
            "uk": "Нові ринки та клієнти",
            "tr": "Yeni pazarlar ve müşteriler",
            "ru": "Новые рынки и клиенты",
        },
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
        "label": "Personalgewinnung",
        "labels": {
            "en": "Recruitment",
            "ar": "التوظيف",
            "fa": "جذب نیرو",
            "uk": "Підбір персоналу",
            "tr": "Personel temini",
            "ru": "Подбор персонала",
        },
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
        "label": "Aufenthalt, Arbeitserlaubnis und Bürokratie",
        "labels": {
            "en": "Permits and bureaucracy",
            "ar": "التصاريح والبيروقراطية",
            "fa": "اقامت، اجازه کار و بوروکراسی",
            "uk": "Дозволи та бюрократія",
            "tr": "Oturum, çalışma izni ve bürokrasi",
            "ru": "Разрешения и бюрократия",
        },
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
        "label": "Wohnen und Mobilität",
        "labels": {
            "en": "Housing and mobility",
            "ar": "السكن والتنقل",
            "fa": "مسکن و جابه‌جایی",
            "uk": "Житло та мобільність",
            "tr": "Konut ve ulaşım",
            "ru": "Жильё и мобильность",
        },
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
        "label": "Kinderbetreuung",
        "labels": {
            "en": "Childcare",
            "ar": "رعاية الأطفال",
            "fa": "مراقبت از کودکان",
            "uk": "Догляд за дітьми",
            "tr": "Çocuk bakımı",
            "ru": "Уход за детьми",
        },
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
        "label": "Diskriminierung und Rassismus",
        "labels": {
            "en": "Discrimination",
            "ar": "التمييز",
            "fa": "تبعیض و نژادپرستی",
            "uk": "Дискримінація",
            "tr": "Ayrımcılık ve ırkçılık",
            "ru": "Дискриминация и расизм",
        },
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
        "label": "Ehrenamt und Engagement",
        "labels": {
            "en": "Volunteering",
            "ar": "العمل التطوعي",
            "fa": "کار داوطلبانه و مشارکت مدنی",
            "uk": "Волонтерство",
            "tr": "Gönüllülük ve katılım",
            "ru": "Волонтёрство",
        },
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
        "label": "Digitale Kompetenzen",
        "labels": {
            "en": "Digital skills",
            "ar": "المهارات الرقمية",
            "fa": "مهارت‌های دیجیتال",
            "uk": "Цифрові навички",
            "tr": "Dijital beceriler",
            "ru": "Цифровые навыки",
        },
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
        "label": "Erwerbstätigkeit von Frauen",
        "labels": {
            "en": "Women's employment",
            "ar": "عمل المرأة",
            "fa": "اشتغال زنان",
            "uk": "Зайнятість жінок",
            "tr": "Kadın istihdamı",
            "ru": "Занятость женщин",
        },
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
        "label": "Arbeitgebernetzwerke",
        "labels": {
            "en": "Employer networks",
            "ar": "شبكات أصحاب العمل",
            "fa": "شبکه‌های کارفرمایان",
            "uk": "Мережі роботодавців",
            "tr": "İşveren ağları",
            "ru": "Сети работодателей",
        },
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
        "label": "Förderprogramme",
        "labels": {
            "en": "Funding programmes",
            "ar": "برامج التمويل",
            "fa": "برنامه‌های حمایت مالی",
            "uk": "Програми фінансування",
            "tr": "Destek programları",
            "ru": "Программы финансирования",
        },
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
        "label": "Forschung und Evaluation",
        "labels": {
            "en": "Research",
            "ar": "البحث العلمي",
            "fa": "پژوهش و ارزیابی",
            "uk": "Дослідження",
            "tr": "Araştırma ve değerlendirme",
            "ru": "Исследования и оценка",
        },
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
        "label": "Einarbeitung und Willkommenskultur",
        "labels": {
            "en": "Onboarding and welcome culture",
            "ar": "الاندماج في مكان العمل",
            "fa": "آشنایی با کار و فرهنگ استقبال",
            "uk": "Адаптація на роботі",
            "tr": "İşe alıştırma ve hoş geldin kültürü",
            "ru": "Адаптация и культура гостеприимства",
        },
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
        "label": "Beratung und Orientierung",
        "labels": {
            "en": "Counselling and guidance",
            "ar": "الاستشارة والتوجيه",
            "fa": "مشاوره و راهنمایی",
            "uk": "Консультування",
            "tr": "Danışmanlık ve yönlendirme",
            "ru": "Консультирование и ориентация",
        },
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
        "label": "Weiterbildung und Qualifizierung",
        "labels": {
            "en": "Further training",
            "ar": "التدريب المستمر",
            "fa": "آموزش تکمیلی و ارتقای مهارت",
            "uk": "Підвищення кваліфікації",
            "tr": "Sürekli eğitim ve nitelik kazanma",
            "ru": "Повышение квалификации",
        },
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
        "label": "Pflege und Gesundheitsberufe",
        "labels": {
            "en": "Care and health professions",
            "ar": "مهن الرعاية والصحة",
            "fa": "مشاغل مراقبتی و بهداشتی",
            "uk": "Догляд і медичні професії",
            "tr": "Bakım ve sağlık meslekleri",
            "ru": "Профессии в сфере ухода и здравоохранения",
        },
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


def default_labels(slug: str) -> dict[str, dict[str, str]]:
    """The labels the site starts with in the languages besides German, as a concept's
    `translations` holds them ({language: {"name": label}})."""
    for data in CONCEPTS:
        if data["slug"] == slug:
            return {code: {"name": label} for code, label in data["labels"].items()}
    return {}


def concept_defaults(concept_model, data: dict) -> dict:
    """A default concept's fields, in the schema `concept_model` has: its labels in
    `translations` today, in label_<language> columns for the first migrations."""
    fields = {field.name for field in concept_model._meta.get_fields()}
    if "translations" in fields:
        return {
            "name": data["label"],
            "translations": default_labels(data["slug"]),
            "description": data.get("description", ""),
        }
    return {
        "label_de": data["label"],
        **{f"label_{code}": data["labels"].get(code, "") for code in ("en", "ar", "uk")},
        "description": data.get("description", ""),
    }


def seed_default_lexicon(concept_model, term_model) -> None:
    """Creates the concepts above that are missing, with their terms. Takes the model
    classes, so the data migration can pass its historical ones."""
    from .matching import parse_terms

    for data in CONCEPTS:
        concept, _ = concept_model.objects.get_or_create(
            slug=data["slug"], defaults=concept_defaults(concept_model, data)
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
