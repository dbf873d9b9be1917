# ruff: noqa: RUF001 - Turkish and Ukrainian texts use letters that resemble Latin ones
"""Demo content of this capability, called by `manage.py seed_demo` (idempotent):
published and pending contributions to the demo call, with helpful marks.

Each contribution refers to a role and a setting by slug, to a sector, region, text language
and attribution by their stored values, and to its author by index into the authors.
"helpful" is how many demo readers mark it as helpful. PENDING entries share the format but
stay waiting for review; one of them deliberately contains a made-up phone number so that
reviewers see the personal-data warning."""

from datetime import timedelta

from praxisdialog.calls.models import Role, Setting

from .models import Contribution, HelpfulMark
from .services import ContributionInput, contribution_review, contribution_save

CONTRIBUTIONS = [
    {
        "title": "Terminbuchung in sechs Sprachen",
        "role": "founder",
        "setting": "start-up",
        "sector": "it",
        "region": "DE-BE",
        "language": "de",
        "attribution": "pseudonym",
        "author": 0,
        "answers": [
            (
                "Unser Start-up entwickelt eine Buchungssoftware für Arztpraxen. Die Idee für eine "
                "mehrsprachige Oberfläche kam von unserem Entwickler Samir, der selbst erlebt "
                "hatte, wie mühsam es ohne Deutschkenntnisse ist, einen Termin zu vereinbaren. Er "
                "hat die ersten Testgespräche mit Patientinnen und Patienten auf Arabisch und "
                "Farsi geführt."
            ),
            (
                "Die Mehrsprachigkeit ist heute unser wichtigstes Verkaufsargument, vor allem in "
                "Stadtteilen mit vielen Zugezogenen. Praxen berichten, dass weniger Termine "
                "verfallen und die Anmeldung entlastet wird. Ohne Samirs Blickwinkel hätten wir "
                "das Thema lange unterschätzt."
            ),
            (
                "Neue Funktionen testen wir inzwischen regelmäßig in einem Sprachcafé um die Ecke. "
                "Dort bekommen wir ehrlichere Rückmeldungen als in jedem Testlabor."
            ),
        ],
        "helpful": 9,
    },
    {
        "title": "Bewässerungswissen aus Syrien im Gewächshaus",
        "role": "founder",
        "setting": "start-up",
        "sector": "agriculture",
        "region": "DE-BB",
        "language": "de",
        "attribution": "pseudonym",
        "author": 8,
        "answers": [
            (
                "Wir sind zu dritt in einem kleinen Agrar-Start-up, das Kräuter im Gewächshaus mit "
                "möglichst wenig Wasser anbaut. Mein Mitgründer Hassan hat in Syrien "
                "Agrarwissenschaft studiert und dort Tropfbewässerung unter sehr trockenen "
                "Bedingungen geplant. Sein Erfahrungswissen hat unser erstes Konzept von Grund auf "
                "verändert."
            ),
            (
                "Wir verbrauchen heute rund ein Drittel weniger Wasser als ursprünglich geplant, "
                "was uns bei einem Förderprogramm zur Klimaanpassung wichtige Punkte gebracht hat. "
                "Über Hassans Kontakte haben wir außerdem zwei Restaurants als feste Abnehmer "
                "gewonnen."
            ),
            "",
        ],
        "helpful": 4,
    },
    {
        "title": "Engineering services built on foreign degrees",
        "role": "founder",
        "setting": "sme",
        "sector": "services",
        "region": "DE-HB",
        "language": "en",
        "attribution": "real_name",
        "author": 6,
        "answers": [
            (
                "I run a small engineering consultancy that works for port and shipping clients. "
                "Three years ago we hired two civil engineers from Eritrea and Iran whose degrees "
                "were still going through recognition, starting them as technical drafters. Each "
                "was paired with an experienced colleague, and we paid for a course in technical "
                "German."
            ),
            (
                "Both are now fully recognised and lead their own projects. Their experience with "
                "infrastructure on tight budgets brought a pragmatic style into our planning that "
                "clients value. One of them also opened the door to a new client whose site "
                "manager preferred to discuss details in his first language."
            ),
            (
                "Our weekly team lunch rotates who cooks. It sounds trivial, but that is where "
                "most of our cross-project ideas are born."
            ),
        ],
        "helpful": 6,
    },
    {
        "title": "Sprachtandem in der Frühschicht",
        "role": "colleague",
        "setting": "work-team",
        "sector": "logistics",
        "region": "DE-NW",
        "language": "de",
        "attribution": "pseudonym",
        "author": 1,
        "answers": [
            (
                "In unserem Lager haben wir Tandems gebildet: Eine Person mit sicheren "
                "Deutschkenntnissen und eine, die noch lernt, arbeiten eine Woche lang an "
                "derselben Station. Erklärt wird direkt an der Ware, nicht im Schulungsraum. Ich "
                "selbst war mit Kollegen aus Afghanistan und Rumänien im Tandem."
            ),
            (
                "Die Einarbeitung geht spürbar schneller, und es gibt weniger Fehlbuchungen. Aus "
                "den Tandems kam auch der Vorschlag, Lagerplätze mit Farben und Symbolen statt nur "
                "mit Zahlencodes zu kennzeichnen. Davon profitieren inzwischen alle, auch die "
                "Aushilfen im Weihnachtsgeschäft."
            ),
            (
                "Im Pausenraum steht jeden Tag ein Fachwort in drei Sprachen am Whiteboard. "
                "Mittlerweile wird gewettet, wer es zuerst richtig ausspricht."
            ),
        ],
        "helpful": 11,
    },
    {
        "title": "İş güvenliği eğitiminde yeni bir yol",
        "role": "colleague",
        "setting": "corporate",
        "sector": "industry",
        "region": "DE-BW",
        "language": "tr",
        "attribution": "pseudonym",
        "author": 7,
        "answers": [
            (
                "Bir otomotiv tedarikçisinin kalite departmanında çalışıyorum. Afganistan'dan "
                "gelen iş arkadaşım Farid, iş güvenliği eğitimlerinin birçok çalışan için fazla "
                "yazılı ve karmaşık olduğunu fark etti. Birlikte kısa videolar ve resimli kartlar "
                "hazırladık."
            ),
            (
                "Yeni eğitim materyalleri artık bütün vardiyalarda kullanılıyor ve bildirilen iş "
                "kazaları azaldı. Departman yönetimi bu fikri diğer fabrikalara da taşımak "
                "istiyor. Farid için de bu, ekipte görünür olmanın ve sorumluluk almanın bir "
                "fırsatı oldu."
            ),
            (
                "Vardiya değişiminde kısa bir 'günün kelimesi' paylaşıyoruz: Almanca, Türkçe ve "
                "Darice. Böylece herkes birbirinden bir şey öğreniyor."
            ),
        ],
        "helpful": 5,
    },
    {
        "title": "Übergabe mit Piktogrammen auf der Station",
        "role": "colleague",
        "setting": "work-team",
        "sector": "health",
        "region": "DE-SH",
        "language": "de",
        "attribution": "anonymous",
        "author": 10,
        "answers": [
            (
                "Auf unserer Pflegestation arbeitet seit einem Jahr eine Kollegin aus der Ukraine, "
                "die dort lange als Krankenschwester tätig war. Bei der Schichtübergabe gingen "
                "anfangs Informationen verloren, weil vieles mündlich und sehr schnell lief. Sie "
                "hat einen Übergabebogen mit Piktogrammen und festen Feldern vorgeschlagen, den "
                "wir gemeinsam ausgearbeitet haben."
            ),
            (
                "Die Übergaben sind kürzer und vollständiger geworden, auch für Auszubildende und "
                "Springkräfte. Die Stationsleitung hat den Bogen an zwei weitere Stationen "
                "weitergegeben. Für unsere Kollegin war es ein wichtiger Moment, mit ihrer "
                "Berufserfahrung sichtbar zu werden."
            ),
            "",
        ],
        "helpful": 7,
    },
    {
        "title": "Ein Fachwörterbuch, das die Azubis selbst schreiben",
        "role": "trainer",
        "setting": "education",
        "sector": "crafts",
        "region": "DE-BY",
        "language": "de",
        "attribution": "real_name",
        "author": 2,
        "answers": [
            (
                "Ich bilde in der überbetrieblichen Ausbildung Elektronikerinnen und Elektroniker "
                "aus. Mit einer Gruppe, in der fünf Jugendliche aus Syrien, Guinea und der Ukraine "
                "waren, haben wir ein digitales Fachwörterbuch angelegt. Die Azubis fotografieren "
                "Bauteile und Werkzeuge und ergänzen die Begriffe in ihren Sprachen."
            ),
            (
                "Die Ergebnisse in der Zwischenprüfung waren deutlich besser als in früheren "
                "Jahrgängen. Das Wörterbuch nutzt inzwischen die ganze Berufsschulklasse, auch "
                "Jugendliche, die hier aufgewachsen sind. Unsere Ausbildungsstätte hat dadurch bei "
                "der Nachwuchssuche einen guten Ruf bekommen."
            ),
            (
                "Ein Azubi hat sich eine Eselsbrücke für den Farbcode der Widerstände auf Arabisch "
                "ausgedacht. Die kennt jetzt der halbe Jahrgang."
            ),
        ],
        "helpful": 10,
    },
    {
        "title": "Lehrlinge erklären Arbeitsschritte im Video",
        "role": "trainer",
        "setting": "education",
        "sector": "construction",
        "region": "AT",
        "language": "de",
        "attribution": "pseudonym",
        "author": 11,
        "answers": [
            (
                "In unserem Lehrbetrieb für Hochbau drehen die Lehrlinge kurze Handyvideos, in "
                "denen sie einen Arbeitsschritt erklären, etwa das Aufstellen einer Schalung. Wer "
                "noch wenig Deutsch spricht, erklärt zuerst in der eigenen Sprache und danach mit "
                "Unterstützung auf Deutsch. Die Videos schauen wir gemeinsam an und besprechen "
                "sie."
            ),
            (
                "Die Lehrlinge werden sicherer in der Fachsprache und trauen sich mehr zu. "
                "Nebenbei ist eine kleine Videothek entstanden, die wir jetzt auch für die "
                "Einarbeitung von Hilfskräften nutzen. Zwei Lehrlinge aus Afghanistan haben ihre "
                "Lehrabschlussprüfung mit Auszeichnung bestanden."
            ),
            (
                "Im Baucontainer hängt eine Tafel, auf der jede Woche jemand ein Werkzeug aus "
                "seiner Heimat vorstellt, das es hier so nicht gibt."
            ),
        ],
        "helpful": 4,
    },
    {
        "title": "A coding track inside a corporate IT department",
        "role": "trainer",
        "setting": "corporate",
        "sector": "it",
        "region": "DE-HH",
        "language": "en",
        "attribution": "pseudonym",
        "author": 12,
        "answers": [
            (
                "I coordinate a six-month training track in the IT department of an insurance "
                "company. Participants are refugees and other newcomers who already bring a "
                "technical background, for example as network technicians or maths teachers. They "
                "learn in small groups, work on real internal tickets from week three and each "
                "have a buddy in the team."
            ),
            (
                "From the last two cohorts, eleven people were offered permanent contracts. The "
                "department gained colleagues who ask unusual questions and who spotted several "
                "accessibility gaps in our customer portal. The programme also changed how we "
                "write documentation: shorter sentences and more diagrams, which helps everyone."
            ),
            (
                "One participant introduced a ten-minute 'explain it to your grandmother' round at "
                "the end of each sprint. It has become a team tradition."
            ),
        ],
        "helpful": 8,
    },
    {
        "title": "Bäckermeister mit ausländischem Abschluss",
        "role": "employer",
        "setting": "sme",
        "sector": "crafts",
        "region": "DE-BW",
        "language": "de",
        "attribution": "pseudonym",
        "author": 13,
        "answers": [
            (
                "In unserer Familienbäckerei hat sich vor drei Jahren ein Bäcker aus Eritrea "
                "beworben, der in seiner Heimat eine eigene Backstube geführt hatte. Wir haben ihn "
                "eingestellt und parallel mit der Handwerkskammer das Anerkennungsverfahren "
                "begonnen. Fehlende Zeugnisse konnte er durch eine Qualifikationsanalyse mit "
                "Arbeitsprobe ersetzen."
            ),
            (
                "Sein Abschluss ist heute als gleichwertig anerkannt, und er leitet die "
                "Frühschicht. Mit seinem Sauerteig-Fladenbrot haben wir ein Produkt, das neue "
                "Kundschaft in die Filialen bringt. Für uns als kleinen Betrieb war entscheidend, "
                "dass die Kammer uns durch das Verfahren begleitet hat."
            ),
            "",
        ],
        "helpful": 6,
    },
    {
        "title": "Wohnraum und Fahrgemeinschaft als Einstellungshilfe",
        "role": "employer",
        "setting": "sme",
        "sector": "hospitality",
        "region": "DE-MV",
        "language": "de",
        "attribution": "anonymous",
        "author": 4,
        "answers": [
            (
                "Als Hotel an der Küste finden wir kaum Personal, und für Zugezogene ist Wohnraum "
                "im Ort fast unbezahlbar. Wir haben ein altes Nebengebäude zu Wohnungen für "
                "Mitarbeitende umgebaut und eine Fahrgemeinschaft in die nächste Kleinstadt "
                "organisiert, wo Sprachkurs und Behörden sind. Die ersten Bewohnerinnen waren zwei "
                "Frauen aus Syrien und Eritrea, die in der Küche angefangen haben."
            ),
            (
                "Die Fluktuation ist deutlich gesunken, weil die Leute wirklich ankommen und "
                "bleiben können. Eine der beiden Frauen macht inzwischen eine Ausbildung zur "
                "Köchin. Andere Betriebe im Ort fragen uns jetzt, wie wir das organisiert haben."
            ),
            (
                "Unser Hausmeister hat mit den Bewohnerinnen und Bewohnern einen Kräutergarten "
                "hinter dem Haus angelegt. Die Ernte landet auf unserer Speisekarte."
            ),
        ],
        "helpful": 5,
    },
    {
        "title": "An employer network that shares the paperwork",
        "role": "employer",
        "setting": "corporate",
        "sector": "logistics",
        "region": "DE-HE",
        "language": "en",
        "attribution": "pseudonym",
        "author": 14,
        "answers": [
            (
                "Our logistics company joined a regional employer network of about twenty firms of "
                "all sizes. Our HR department took on the job of collecting questions about work "
                "permits, residence status and recognition, and we meet the immigration office and "
                "the employment agency every two months. Smaller members benefit most, because "
                "they rarely have anyone who knows these procedures."
            ),
            (
                "Hiring processes that used to take four to six months now often take six to eight "
                "weeks. Across the network, more than forty warehouse and driving positions have "
                "been filled with people who came as refugees. Internally, our HR team built up "
                "expertise that other departments now ask for."
            ),
            "",
        ],
        "helpful": 12,
    },
    {
        "title": "Neue Kundschaft durch ein mehrsprachiges Team",
        "role": "employer",
        "setting": "work-team",
        "sector": "retail",
        "region": "",
        "language": "de",
        "attribution": "pseudonym",
        "author": 15,
        "answers": [
            (
                "Ich leite einen Supermarkt in einem Stadtteil, in dem viele Familien aus "
                "Osteuropa und dem Nahen Osten leben. Seit unser Team mehrsprachig geworden ist, "
                "sprechen uns Kundinnen und Kunden viel häufiger auf Produkte an, die sie "
                "vermissen. Eine Mitarbeiterin aus dem Irak hat vorgeschlagen, ein eigenes Regal "
                "mit Gewürzen, Hülsenfrüchten und Teesorten aufzubauen."
            ),
            (
                "Das Regal gehört heute zu den umsatzstärksten Bereichen, und wir haben viele neue "
                "Stammkundinnen und Stammkunden gewonnen. Die Mitarbeiterin ist inzwischen für den "
                "Einkauf dieser Produkte verantwortlich. Im Team ist das Gefühl gewachsen, dass "
                "unterschiedliche Erfahrungen ein echter Vorteil sind."
            ),
            (
                "An den Kassen hängen kleine Schilder mit einem Gruß in zwölf Sprachen. Kinder "
                "lesen sie besonders gern laut vor."
            ),
        ],
        "helpful": 7,
    },
    {
        "title": "Fahrradwerkstatt als Tür zum Arbeitsmarkt",
        "role": "volunteer",
        "setting": "civic",
        "sector": "social",
        "region": "DE-SN",
        "language": "de",
        "attribution": "anonymous",
        "author": 16,
        "answers": [
            (
                "In unserem Verein reparieren wir gespendete Fahrräder und geben sie an Menschen "
                "weiter, die sonst kaum bezahlbar zur Arbeit oder zum Sprachkurs kämen. Viele der "
                "Schrauberinnen und Schrauber sind selbst geflüchtet und bringen handwerkliches "
                "Können mit. Zusätzlich bieten wir Fahrtrainings für Frauen an, die nie Rad fahren "
                "gelernt haben."
            ),
            (
                "Mehrere Ehrenamtliche haben über die Werkstatt Kontakt zu Betrieben bekommen und "
                "arbeiten jetzt in einer Kfz-Werkstatt oder im Fahrradhandel. Der Verein hat "
                "dadurch neue Mitglieder und eine ganz andere Altersmischung. Ein Händler vor Ort "
                "überlässt uns Ersatzteile inzwischen zum Einkaufspreis."
            ),
            "",
        ],
        "helpful": 9,
    },
    {
        "title": "Kinderbetreuung parallel zum Sprachkurs",
        "role": "volunteer",
        "setting": "civic",
        "sector": "education",
        "region": "DE-RP",
        "language": "de",
        "attribution": "pseudonym",
        "author": 17,
        "answers": [
            (
                "Viele Mütter in unserer Gemeinde konnten keinen Sprachkurs besuchen, weil niemand "
                "ihre kleinen Kinder betreute. Gemeinsam mit der Volkshochschule haben wir "
                "Ehrenamtliche gefunden, die im Nebenraum mit den Kindern spielen, während die "
                "Mütter lernen. Einige Betreuerinnen sind selbst zugewandert und bringen "
                "pädagogische Erfahrung mit."
            ),
            (
                "Die Teilnahme der Frauen hat sich mehr als verdoppelt, und mehrere haben "
                "inzwischen eine Stelle oder einen Ausbildungsplatz gefunden. Zwei der "
                "ehrenamtlichen Betreuerinnen haben sich zur Tagespflegeperson qualifiziert. Ein "
                "zweiter Kursort übernimmt das Modell gerade."
            ),
            (
                "Die Kinder lernen im Spielzimmer oft schneller Deutsch als ihre Eltern im Kurs "
                "und bringen ihnen abends die neuen Lieder bei."
            ),
        ],
        "helpful": 11,
    },
    {
        "title": "A digital help desk in the town library",
        "role": "volunteer",
        "setting": "public-body",
        "sector": "culture",
        "region": "CH",
        "language": "en",
        "attribution": "pseudonym",
        "author": 5,
        "answers": [
            (
                "Every Thursday I volunteer at a digital help desk in our municipal library. "
                "People come with questions about online forms, job portals or video calls with "
                "family abroad, and several of us volunteers are newcomers who speak Tigrinya, "
                "Dari or Ukrainian. The library provides the room, laptops and a short training "
                "for the helpers."
            ),
            (
                "The library now reaches groups that hardly used it before, and loans of "
                "language-learning material have gone up. For the municipality it has become a "
                "low-threshold first contact point that takes pressure off the counters at the "
                "town hall. Two of our volunteers found jobs in IT support after adding this "
                "experience to their CVs."
            ),
            (
                "Older local residents now come too, for help with their smartphones, and sit at "
                "the same tables as young newcomers."
            ),
        ],
        "helpful": 3,
    },
    {
        "title": "Feste Ansprechpersonen in der Ausländerbehörde",
        "role": "professional",
        "setting": "public-body",
        "sector": "public",
        "region": "DE-HH",
        "language": "de",
        "attribution": "pseudonym",
        "author": 19,
        "answers": [
            (
                "Ich arbeite in einer Ausländerbehörde im Bereich Beschäftigung. Für Betriebe, die "
                "Geflüchtete einstellen möchten, haben wir feste Ansprechpersonen eingeführt und "
                "eine Checkliste erstellt, welche Unterlagen für eine Beschäftigungserlaubnis "
                "gebraucht werden. Die Checkliste haben wir vorher mit Arbeitgebenden und "
                "Beratungsstellen ausprobiert."
            ),
            (
                "Unvollständige Anträge sind deutlich seltener geworden, und die Bearbeitung geht "
                "schneller. Für unser Team war es neu, ein Verfahren gemeinsam mit den Menschen zu "
                "gestalten, die es nutzen. Weil es weniger Rückfragen gibt, ist auch die "
                "Arbeitszufriedenheit bei uns gestiegen."
            ),
            "",
        ],
        "helpful": 8,
    },
    {
        "title": "Anerkennungsberatung im Kleinbus",
        "role": "professional",
        "setting": "civic",
        "sector": "social",
        "region": "DE-ST",
        "language": "de",
        "attribution": "real_name",
        "author": 20,
        "answers": [
            (
                "In unserem ländlichen Landkreis sind die Wege zu Beratungsstellen weit. Zusammen "
                "mit einem Verein und der Handwerkskammer haben wir eine mobile Sprechstunde "
                "eingerichtet, die einmal im Monat mit einem umgebauten Kleinbus durch die Dörfer "
                "fährt. Wir beraten dort zur Anerkennung von Berufsabschlüssen, zu Sprachkursen "
                "und zu Ausbildungsplätzen."
            ),
            (
                "Wir erreichen jetzt Menschen, die nie in eine Beratungsstelle in der Kreisstadt "
                "gekommen wären, vor allem Frauen und ältere Fachkräfte. Aus den Gesprächen sind "
                "mehrere Anerkennungsverfahren und Einstellungen in regionalen Betrieben "
                "entstanden. Inzwischen kommen auch Unternehmen zum Bus und stellen ihre offenen "
                "Stellen vor."
            ),
            (
                "Am Halt vor dem Dorfladen gibt es jedes Mal Kaffee und Kuchen, den abwechselnd "
                "jemand aus dem Dorf mitbringt."
            ),
        ],
        "helpful": 10,
    },
    {
        "title": "Jobmesse mit Sprachmittlung an jedem Stand",
        "role": "professional",
        "setting": "public-body",
        "sector": "public",
        "region": "DE-SL",
        "language": "de",
        "attribution": "anonymous",
        "author": 21,
        "answers": [
            (
                "In unserer kommunalen Arbeitsvermittlung organisieren wir zweimal im Jahr eine "
                "kleine Jobmesse für Zugewanderte. An jedem Stand sitzt neben dem Unternehmen eine "
                "ehrenamtliche Sprachmittlerin oder ein Sprachmittler. Vorab üben die "
                "Teilnehmenden in einem Workshop, ihre Erfahrungen in wenigen Sätzen vorzustellen."
            ),
            (
                "Die Betriebe lernen Bewerberinnen und Bewerber kennen, die sie über "
                "Online-Portale nie gefunden hätten. Nach der letzten Messe wurden über zwanzig "
                "Praktika und Probearbeitstage vereinbart. Für uns als Verwaltung ist die Messe "
                "außerdem ein Ort, an dem wir direkt hören, wo es in der Praxis hakt."
            ),
            "",
        ],
        "helpful": 4,
    },
    {
        "title": "Diverse teams and product ideas: what a study showed",
        "role": "researcher",
        "setting": "research",
        "sector": "research",
        "region": "DE",
        "language": "en",
        "attribution": "real_name",
        "author": 22,
        "answers": [
            (
                "Our research group followed thirty small and medium-sized companies for two years "
                "to understand how teams with recently arrived members develop new products. We "
                "combined interviews, observation of workshops and an analysis of internal "
                "suggestion schemes. Many companies welcomed us because they wanted an outside "
                "view on what was already working."
            ),
            (
                "Mixed teams produced more suggestions, especially where there was a clear process "
                "for testing ideas and where newcomers had a mentor to help them find their way "
                "inside the organisation. The project led to a follow-up study with two employer "
                "associations. It also changed our own work: we now involve practitioners and "
                "people with migration experience as co-researchers from the start."
            ),
            (
                "In one firm, the most valuable idea came up over a shared lunch, when a colleague "
                "described how spare parts are improvised in her home country."
            ),
        ],
        "helpful": 6,
    },
    {
        "title": "Versuchsflächen mit zugewanderten Landwirtinnen und Landwirten",
        "role": "researcher",
        "setting": "research",
        "sector": "agriculture",
        "region": "DE-BY",
        "language": "de",
        "attribution": "pseudonym",
        "author": 23,
        "answers": [
            (
                "In einem Forschungsprojekt zu trockenheitsverträglichen Anbaumethoden arbeiten "
                "wir mit Landwirtinnen und Landwirten zusammen, die aus niederschlagsarmen "
                "Regionen zugewandert sind. Sie betreuen Versuchsflächen auf Partnerhöfen und "
                "dokumentieren ihre Beobachtungen mit einer App. Ihr Erfahrungswissen fließt "
                "gleichberechtigt in die Auswertung ein."
            ),
            (
                "Wir haben zwei Verfahren erprobt, die in unserer Fachliteratur kaum vorkamen und "
                "in heißen Sommern erstaunlich gut abschneiden. Zwei Partnerhöfe haben Beteiligte "
                "aus dem Projekt fest angestellt. Für unser Institut ist daraus ein neues Modell "
                "entstanden, wie Forschung und Praxis zusammenarbeiten können."
            ),
            "",
        ],
        "helpful": 2,
    },
    {
        "title": "Refugee doctors as co-researchers",
        "role": "researcher",
        "setting": "research",
        "sector": "health",
        "region": "EU",
        "language": "en",
        "attribution": "pseudonym",
        "author": 9,
        "answers": [
            (
                "I work in a European research consortium on access to healthcare for new "
                "arrivals. Instead of only interviewing patients, we employed physicians who had "
                "fled their countries and were waiting for their licences to be recognised. They "
                "helped design the questionnaires and conducted interviews in several languages."
            ),
            (
                "Response rates were much higher than in comparable studies, and the answers were "
                "richer because participants felt understood. Several of the physicians used the "
                "project to gain references and have since obtained their licences. The consortium "
                "now recommends this approach in its guidance for other projects."
            ),
            "",
        ],
        "helpful": 3,
    },
    {
        "title": "من مطبخ صغير إلى شركة لتقديم الطعام",
        "role": "newcomer",
        "setting": "start-up",
        "sector": "hospitality",
        "region": "DE-NI",
        "language": "ar",
        "attribution": "pseudonym",
        "author": 24,
        "answers": [
            (
                "وصلت إلى ألمانيا قبل سبع سنوات، وكنت في البداية أطبخ لجيراني وأصدقائي فقط. "
                "بمساعدة برنامج إرشاد للمؤسسين أسست مع صديقتي شركة صغيرة لتقديم الطعام في "
                "المناسبات والمؤتمرات. تعلمنا خطوة بخطوة كل ما يتعلق بقواعد النظافة والضرائب "
                "والتصاريح."
            ),
            (
                "نعمل اليوم مع عدة شركات ومع جامعة محلية، ووظفنا أربعة أشخاص، بينهم نساء لم يعملن "
                "من قبل. يقدر زبائننا أننا نجمع بين المطبخ السوري والمنتجات الإقليمية من المزارع "
                "القريبة، وأصبح هذا المزيج علامتنا المميزة."
            ),
            (
                "نضع بجانب كل طبق بطاقة صغيرة تحكي قصة الوصفة. كثير من الضيوف يسألوننا عنها، فيبدأ "
                "الحديث بسهولة."
            ),
        ],
        "helpful": 8,
    },
    {
        "title": "Від помічниці до відповідальної за зміни",
        "role": "newcomer",
        "setting": "sme",
        "sector": "health",
        "region": "DE-TH",
        "language": "uk",
        "attribution": "pseudonym",
        "author": 3,
        "answers": [
            (
                "В Україні я дванадцять років працювала медичною сестрою. У Німеччині я почала "
                "помічницею в невеликій службі догляду вдома, а роботодавець підтримав мене в "
                "процедурі визнання диплома й оплатив курс фахової німецької мови. Колеги "
                "допомагали мені з документацією, а я ділилася своїм досвідом догляду за ранами."
            ),
            (
                "Через півтора року мій диплом визнали, і тепер я відповідаю за планування змін. "
                "Служба змогла прийняти більше пацієнтів, бо в команді стало на одну кваліфіковану "
                "спеціалістку більше. До нас також звертаються українські родини, яким важливо "
                "спілкуватися рідною мовою."
            ),
            (
                "Ми склали маленький розмовник для пацієнтів із деменцією: кілька простих фраз "
                "різними мовами. Це часто допомагає людям заспокоїтися."
            ),
        ],
        "helpful": 9,
    },
    {
        "title": "Umschulung zur Fachinformatikerin in Teilzeit",
        "role": "newcomer",
        "setting": "education",
        "sector": "it",
        "region": "DE-NW",
        "language": "de",
        "attribution": "pseudonym",
        "author": 25,
        "answers": [
            (
                "Ich bin vor sechs Jahren aus dem Iran nach Deutschland gekommen und hatte dort "
                "Mathematik studiert. Mit zwei kleinen Kindern schien eine Umschulung zunächst "
                "unmöglich, bis ich das Teilzeitangebot eines Bildungsträgers gefunden habe, der "
                "mit Kitas in der Nähe zusammenarbeitet. Der Unterricht war so gelegt, dass ich "
                "die Kinder bringen und abholen konnte."
            ),
            (
                "Heute arbeite ich als Fachinformatikerin in einem mittelständischen Softwarehaus "
                "und betreue dort die Datenbanken. Mein Arbeitgeber hat gesehen, wie viel "
                "Potenzial in Teilzeit-Umschulungen steckt, und nimmt jetzt selbst Praktikantinnen "
                "aus dem Programm auf. Ich begleite sie als Mentorin."
            ),
            (
                "In unserer Lerngruppe haben wir uns gegenseitig Mathe und Deutsch beigebracht. "
                "Diese Mischung war für alle ein Gewinn."
            ),
        ],
        "helpful": 7,
    },
    {
        "title": "Vom Bauhelfer zum Vorarbeiter",
        "role": "newcomer",
        "setting": "work-team",
        "sector": "construction",
        "region": "",
        "language": "de",
        "attribution": "anonymous",
        "author": 26,
        "answers": [
            (
                "Ich habe als Helfer in einem Trockenbauteam angefangen, obwohl ich in Syrien als "
                "Bautechniker gearbeitet hatte. Mein Vorarbeiter hat schnell gemerkt, dass ich "
                "Pläne lesen und Aufmaße erstellen kann, und mir Schritt für Schritt mehr "
                "Verantwortung übertragen. Abends habe ich einen berufsbezogenen Deutschkurs "
                "besucht, den der Betrieb unterstützt hat."
            ),
            (
                "Heute leite ich selbst ein kleines Team. Auf meinen Vorschlag hin erfassen wir "
                "Aufmaße direkt auf der Baustelle mit einer Tablet-App statt auf Papier, was im "
                "Büro viel Zeit spart. Meine Chefin nennt das die beste Idee des Jahres."
            ),
            (
                "Für laute Baustellen haben wir im Team Handzeichen entwickelt, bei denen Sprache "
                "keine Rolle spielt. Jede neue Person lernt sie am ersten Tag."
            ),
        ],
        "helpful": 5,
    },
]

PENDING = [  # still waiting for review
    {
        "title": "Probearbeit in der Kfz-Werkstatt",
        "role": "employer",
        "setting": "sme",
        "sector": "crafts",
        "region": "DE-NI",
        "language": "de",
        "attribution": "pseudonym",
        "author": 27,
        "answers": [
            (
                "In unserer Kfz-Werkstatt laden wir Bewerberinnen und Bewerber ohne deutsche "
                "Zeugnisse zu zwei Probetagen ein, statt nur auf Papiere zu schauen. So haben wir "
                "einen Mechaniker aus dem Sudan gefunden, der Motoren besser versteht als manche "
                "von uns. Den Deutschkurs besucht er jetzt berufsbegleitend."
            ),
            (
                "Wir konnten dadurch endlich eine seit einem Jahr offene Stelle besetzen und "
                "nehmen wieder mehr Aufträge an. Wer mehr über unser Vorgehen wissen möchte, kann "
                "mich gern unter 0151 2345678 anrufen."
            ),
            "",
        ],
        "helpful": 0,
    },
    {
        "title": "Mentoring circles for women returning to work",
        "role": "volunteer",
        "setting": "civic",
        "sector": "social",
        "region": "DE-BE",
        "language": "en",
        "attribution": "anonymous",
        "author": 18,
        "answers": [
            (
                "Our initiative runs small mentoring circles in which women who arrived in recent "
                "years meet professionals from the same field once a month. The circles are hosted "
                "in a neighbourhood centre that also offers childcare during the meetings."
            ),
            (
                "Several participants have found jobs or internships, and some of them now act as "
                "mentors themselves. For our initiative, this created a growing pool of volunteers "
                "with very different backgrounds."
            ),
            (
                "One circle started a shared list of interview questions in five languages, which "
                "now travels from group to group."
            ),
        ],
        "helpful": 0,
    },
    {
        "title": "Labormethoden aus zwei Welten",
        "role": "researcher",
        "setting": "research",
        "sector": "research",
        "region": "DE-SN",
        "language": "de",
        "attribution": "pseudonym",
        "author": 28,
        "answers": [
            (
                "In unserem Institut arbeitet seit einem Jahr eine Chemikerin aus Syrien als "
                "wissenschaftliche Mitarbeiterin. Sie kannte aus ihrer früheren Tätigkeit "
                "kostengünstige Verfahren, um Wasserproben ohne teure Geräte vorzuuntersuchen."
            ),
            (
                "Wir haben die Methode gemeinsam überprüft und setzen sie jetzt bei Feldmessungen "
                "ein. Daraus ist ein Antrag für ein Kooperationsprojekt mit einer Hochschule im "
                "Ausland entstanden."
            ),
            "",
        ],
        "helpful": 0,
    },
]


def seed(*, call, staff, participant, authors) -> int:
    """Adds the demo contributions that are missing; returns how many it added."""
    readers = [*authors, participant]
    created = 0
    for index, entry in enumerate(CONTRIBUTIONS):
        created += _contribution(call, entry, authors, readers, staff, publish=True)
        # Spread the publication dates over the weeks the call has been open.
        Contribution.objects.filter(
            call=call, title=entry["title"], published_at__gt=call.published_at
        ).update(published_at=call.published_at + timedelta(hours=18 * (index + 1)))
    for entry in PENDING:
        created += _contribution(call, entry, authors, readers, staff, publish=False)
    return created


def _contribution(call, entry, authors, readers, staff, *, publish: bool) -> int:
    if Contribution.objects.filter(call=call, title=entry["title"]).exists():
        return 0
    questions = list(call.questions.order_by("position"))
    author = authors[entry["author"] % len(authors)]
    contribution = contribution_save(
        call=call,
        author=author,
        data=ContributionInput(
            title=entry["title"],
            role=Role.objects.get(slug=entry["role"]),
            setting=Setting.objects.get(slug=entry["setting"]),
            answers={q.pk: text for q, text in zip(questions, entry["answers"], strict=False)},
            sector=entry["sector"],
            region=entry["region"],
            language=entry["language"],
            attribution=entry["attribution"],
        ),
        submit=True,
        consent=True,
        personal_data_confirmed=True,
    )
    if publish:
        contribution_review(
            contribution=contribution, reviewer=staff, decision="publish", notify_author=False
        )
        marks = [r for r in readers if r.pk != author.pk][: entry.get("helpful", 0)]
        HelpfulMark.objects.bulk_create(
            [HelpfulMark(contribution=contribution, user=reader) for reader in marks]
        )
        Contribution.objects.filter(pk=contribution.pk).update(helpful_count=len(marks))
    return 1
