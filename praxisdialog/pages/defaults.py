"""The four pages every installation needs, with a German starting text that staff
adapt in the admin. Plain data: the migrations and the demo command read it."""

# What the accessibility statement says: what is tested and how, and how to report a
# barrier. German is the page's text; the other interface languages are the versions
# staff would write, kept beside it ({language: {"title", "body"}}). A migration replaces
# the first default text with this one where staff have not changed it.
ACCESSIBILITY_STATEMENT = {
    "de": {
        "title": "Erklärung zur Barrierefreiheit",
        "body": (
            "Wir möchten, dass alle Menschen diese Plattform nutzen können, ganz gleich, wie "
            "sie lesen, sehen, hören oder sich bewegen. Sie soll die Anforderungen der "
            "WCAG 2.2 auf Stufe AA erfüllen.\n\n"
            "# Wie wir die Barrierefreiheit prüfen\n\n"
            "Bevor eine neue Version der Plattform veröffentlicht wird, laufen diese "
            "automatischen Tests in einem echten Browser:\n\n"
            "- **Prüfung mit axe-core:** Startseite, Aufruf, Beitragsliste mit Filtern, "
            "Beitrag, Beitragsformular, Registrierung, Anmeldung, Konto und Einstellungen, "
            "Netzwerk mit Profilen und Nachrichten, Veranstaltungen und die Anmeldung dazu, "
            "Blog, Themen, Ergebnisse, Newsletter, diese Seiten und die Werkzeuge der "
            "Redaktion werden auf Deutsch und auf Arabisch geprüft, ohne Anmeldung und "
            "angemeldet. Schon ein ernster oder kritischer Fehler lässt den Test scheitern.\n"
            "- **Nur mit der Tastatur:** Ein Test registriert sich, schreibt einen Beitrag und "
            "einen Kommentar und meldet sich zu einer Veranstaltung an, ohne Maus, auf Deutsch "
            "und auf Arabisch. Bei jedem Schritt muss sichtbar sein, wo der Fokus steht, und "
            "der Link „Zum Inhalt springen“ muss funktionieren.\n"
            "- **Grundlagen für Screenreader:** Jede Seite nennt ihre Sprache und hat eine "
            "Hauptüberschrift, Bereiche für Kopf, Navigation, Inhalt und Fuß, beschriftete "
            "Formularfelder und eine Fehlerübersicht, die zu den Feldern führt. Bilder in "
            "Blogbeiträgen haben immer einen Alternativtext.\n"
            "- **Von rechts nach links:** Auf Arabisch und Farsi ist die Seite gespiegelt; "
            "Namen und Texte in anderen Sprachen behalten ihre Leserichtung.\n"
            "- **Kontrast:** Texte und Bedienelemente erfüllen das Kontrastverhältnis der "
            "Stufe AA (4,5 : 1 für Text); axe-core prüft es auf allen genannten Seiten.\n\n"
            "Alle Seiten funktionieren auch ohne JavaScript. Das Dossier ist ein getaggtes PDF "
            "(PDF/UA); dieselben Zahlen gibt es als offene Daten (CSV und JSON).\n\n"
            "# Was noch fehlt\n\n"
            "Automatische Tests finden nicht jede Barriere. Eine Prüfung durch Menschen, die "
            "täglich mit Screenreadern oder anderen Hilfsmitteln arbeiten, steht noch aus.\n\n"
            "# Barrieren melden\n\n"
            "Wenn Sie auf eine Barriere stoßen, schreiben Sie uns bitte über das "
            "[Kontaktformular](/contact/) oder an die E-Mail-Adresse im "
            "[Impressum](/pages/impressum/). Nennen Sie uns bitte die Seite und beschreiben "
            "Sie, was nicht funktioniert hat; Sie können uns gern in Ihrer Sprache schreiben. "
            "Wir bestätigen den Eingang innerhalb von fünf Werktagen und antworten Ihnen "
            "spätestens nach sechs Wochen.\n\n"
            "Stand: Dezember 2026"
        ),
    },
    "en": {
        "title": "Accessibility statement",
        "body": (
            "We want everyone to be able to use this platform, however they read, see, hear "
            "or move. It aims to meet the requirements of WCAG 2.2 at level AA.\n\n"
            "# How we test accessibility\n\n"
            "Before a new version of the platform is published, these automated tests run in "
            "a real browser:\n\n"
            "- **Checks with axe-core:** the home page, the call, the list of contributions "
            "with its filters, a contribution, the contribution form, sign-up, log-in, the "
            "account and its settings, the network with profiles and messages, events and "
            "registering for them, the blog, themes, results, the newsletter, these pages and "
            "the editorial team's tools are checked in German and in Arabic, signed out and "
            "signed in. A single serious or critical error makes the test fail.\n"
            "- **Keyboard only:** a test signs up, writes a contribution and a comment and "
            "registers for an event without a mouse, in German and in Arabic. At every step "
            "it must be visible where the focus is, and the “Skip to content” link must "
            "work.\n"
            "- **Screen reader basics:** every page states its language and has a main "
            "heading, regions for header, navigation, content and footer, labelled form "
            "fields and an error summary that leads to the fields. Images in blog posts "
            "always have a text alternative.\n"
            "- **Right to left:** in Arabic and Farsi the page is mirrored; names and texts "
            "in other languages keep their direction.\n"
            "- **Contrast:** text and controls meet the contrast ratio of level AA (4.5 : 1 "
            "for text); axe-core checks it on all the pages named above.\n\n"
            "All pages also work without JavaScript. The dossier is a tagged PDF (PDF/UA); "
            "the same figures are available as open data (CSV and JSON).\n\n"
            "# What is still missing\n\n"
            "Automated tests do not find every barrier. A review by people who use screen "
            "readers or other assistive technology every day is still to come.\n\n"
            "# Report a barrier\n\n"
            "If you come across a barrier, please write to us through the "
            "[contact form](/contact/) or to the e-mail address in the "
            "[imprint](/pages/impressum/). Please tell us the page and describe what did not "
            "work; you are welcome to write in your own language. We confirm receipt within "
            "five working days and answer you within six weeks at the latest.\n\n"
            "Last updated: December 2026"
        ),
    },
    "ar": {
        "title": "بيان إمكانية الوصول",
        "body": (
            "نريد أن يتمكن الجميع من استخدام هذه المنصة، أيًّا كانت طريقتهم في القراءة أو الرؤية "
            "أو السمع أو الحركة. وهي تهدف إلى استيفاء متطلبات WCAG 2.2 على المستوى AA.\n\n"
            "# كيف نختبر إمكانية الوصول\n\n"
            "قبل نشر أي إصدار جديد من المنصة تُجرى الاختبارات الآلية التالية في متصفح حقيقي:\n\n"
            "- **الفحص باستخدام axe-core:** تُفحص الصفحة الرئيسية، والدعوة، وقائمة المساهمات مع "
            "عوامل التصفية، والمساهمة، ونموذج المساهمة، وإنشاء الحساب، وتسجيل الدخول، والحساب "
            "وإعداداته، والشبكة مع الملفات الشخصية والرسائل، والفعاليات والتسجيل فيها، والمدونة، "
            "والمحاور، والنتائج، والنشرة الإخبارية، وهذه الصفحات، وأدوات فريق التحرير، باللغتين "
            "الألمانية والعربية، من دون تسجيل الدخول ومع تسجيل الدخول. ويكفي خطأ واحد جسيم أو حرج "
            "لكي يفشل الاختبار.\n"
            "- **لوحة المفاتيح وحدها:** يُنشئ اختبارٌ حسابًا، ويكتب مساهمة وتعليقًا، ويسجّل في "
            "فعالية من دون فأرة، باللغتين الألمانية والعربية. وفي كل خطوة يجب أن يظهر موضع "
            "التركيز بوضوح، وأن يعمل رابط «الانتقال إلى المحتوى».\n"
            "- **أساسيات قارئات الشاشة:** تذكر كل صفحة لغتها، ولها عنوان رئيسي، ومناطق للترويسة "
            "والتنقل والمحتوى والتذييل، وحقول نماذج ذات تسميات، وملخص للأخطاء يقود إلى الحقول. "
            "وللصور في مقالات المدونة دائمًا نص بديل.\n"
            "- **من اليمين إلى اليسار:** تُعرض الصفحة بالعربية والفارسية معكوسة، وتحتفظ الأسماء "
            "والنصوص المكتوبة بلغات أخرى باتجاهها.\n"
            "- **التباين:** تستوفي النصوص وعناصر التحكم نسبة التباين المطلوبة في المستوى AA (4.5 "
            ": 1 للنص)، ويفحص axe-core ذلك في جميع الصفحات المذكورة أعلاه.\n\n"
            "تعمل جميع الصفحات أيضًا من دون JavaScript. والملف التوثيقي ملف PDF موسوم (PDF/UA)، "
            "والأرقام نفسها متاحة بيانات مفتوحة (CSV وJSON).\n\n"
            "# ما الذي لا يزال ناقصًا\n\n"
            "لا تكتشف الاختبارات الآلية كل العوائق. ولم يُجرَ بعدُ فحصٌ على أيدي أشخاص يستخدمون "
            "قارئات الشاشة أو غيرها من التقنيات المساعدة كل يوم.\n\n"
            "# الإبلاغ عن عائق\n\n"
            "إذا صادفتم عائقًا، فنرجو أن تكتبوا إلينا عبر [نموذج التواصل](/contact/) أو إلى عنوان "
            "البريد الإلكتروني المذكور في [بيانات الناشر](/pages/impressum/). يُرجى ذكر الصفحة "
            "ووصف ما لم يعمل، ويسعدنا أن تكتبوا إلينا بلغتكم. نؤكد لكم استلام رسالتكم خلال خمسة "
            "أيام عمل، ونرد عليكم في غضون ستة أسابيع على الأكثر.\n\n"
            "آخر تحديث: ديسمبر 2026"
        ),
    },
    "fa": {
        "title": "بیانیهٔ دسترس\u200cپذیری",
        "body": (
            "ما می‌خواهیم همه بتوانند از این سامانه استفاده کنند، فارغ از اینکه چگونه می‌خوانند، "
            "می‌بینند، می‌شنوند یا حرکت می‌کنند. هدف این است که الزامات WCAG 2.2 در سطح AA "
            "برآورده شود.\n\n"
            "# دسترس‌پذیری را چگونه می‌آزماییم\n\n"
            "پیش از انتشار هر نسخهٔ تازه از سامانه، این آزمون‌های خودکار در یک مرورگر واقعی اجرا "
            "می‌شوند:\n\n"
            "- **بررسی با axe-core:** صفحهٔ اصلی، فراخوان، فهرست مشارکت‌ها همراه با فیلترها، "
            "مشارکت، فرم مشارکت، ثبت‌نام، ورود، حساب کاربری و تنظیمات آن، شبکه همراه با نمایه‌ها "
            "و پیام‌ها، رویدادها و ثبت‌نام در آن‌ها، وبلاگ، موضوع‌ها، نتیجه‌ها، خبرنامه، همین "
            "صفحه‌ها و ابزارهای تیم تحریریه به زبان آلمانی و عربی، بدون ورود و پس از ورود، بررسی "
            "می‌شوند. تنها یک خطای جدی یا بحرانی کافی است تا آزمون ناموفق شود.\n"
            "- **فقط با صفحه‌کلید:** یک آزمون بدون موس ثبت‌نام می‌کند، یک مشارکت و یک نظر "
            "می‌نویسد و در یک رویداد ثبت‌نام می‌کند، به آلمانی و به عربی. در هر گام باید دیده شود "
            "که تمرکز کجاست، و پیوند «رفتن به محتوا» باید کار کند.\n"
            "- **مبانی صفحه‌خوان:** هر صفحه زبان خود را اعلام می‌کند و یک عنوان اصلی، بخش‌هایی "
            "برای سرصفحه، ناوبری، محتوا و پانویس، فیلدهای فرم با برچسب و فهرستی از خطاها دارد که "
            "به فیلدها راه می‌برد. تصویرهای نوشته‌های وبلاگ همیشه متن جایگزین دارند.\n"
            "- **از راست به چپ:** در عربی و فارسی صفحه قرینه نمایش داده می‌شود؛ نام‌ها و متن‌های "
            "زبان‌های دیگر جهت خود را حفظ می‌کنند.\n"
            "- **کنتراست:** متن‌ها و کنترل‌ها نسبت کنتراست سطح AA را دارند (4.5 : 1 برای متن)؛ "
            "axe-core این را در همهٔ صفحه‌های نام‌برده بررسی می‌کند.\n\n"
            "همهٔ صفحه‌ها بدون JavaScript هم کار می‌کنند. پرونده یک PDF برچسب‌دار (PDF/UA) است؛ "
            "همین ارقام به‌صورت دادهٔ باز (CSV و JSON) نیز در دسترس‌اند.\n\n"
            "# آنچه هنوز کم است\n\n"
            "آزمون‌های خودکار همهٔ موانع را پیدا نمی‌کنند. بررسی به دست کسانی که هر روز با "
            "صفحه‌خوان یا دیگر فناوری‌های کمکی کار می‌کنند، هنوز انجام نشده است.\n\n"
            "# گزارش یک مانع\n\n"
            "اگر به مانعی برخوردید، لطفاً از راه [فرم تماس](/contact/) یا به نشانی ایمیلی که در "
            "[اطلاعات حقوقی](/pages/impressum/) آمده است برای ما بنویسید. لطفاً صفحه را نام ببرید "
            "و شرح دهید چه چیزی کار نکرد؛ خوشحال می‌شویم اگر به زبان خودتان بنویسید. دریافت پیام "
            "شما را ظرف پنج روز کاری تأیید می‌کنیم و حداکثر تا شش هفته به شما پاسخ می‌دهیم.\n\n"
            "آخرین به‌روزرسانی: دسامبر 2026"
        ),
    },
    "uk": {
        "title": "Заява про доступність",
        "body": (
            "Ми хочемо, щоб цією платформою могли користуватися всі, незалежно від того, як вони "
            "читають, бачать, чують чи рухаються. Вона має відповідати вимогам WCAG 2.2 на рівні "
            "AA.\n\n"
            "# Як ми перевіряємо доступність\n\n"
            "Перш ніж нова версія платформи буде опублікована, у справжньому браузері виконуються "
            "такі автоматичні тести:\n\n"
            "- **Перевірка за допомогою axe-core:** головна сторінка, заклик, список дописів із "
            "фільтрами, допис, форма допису, реєстрація, вхід, обліковий запис і його "
            "налаштування, мережа з профілями та повідомленнями, заходи та реєстрація на них, "
            "блог, теми, результати, розсилка, ці сторінки та інструменти редакції перевіряються "
            "німецькою та арабською мовами, без входу та після входу. Навіть одна серйозна чи "
            "критична помилка означає, що тест не пройдено.\n"
            "- **Лише клавіатура:** тест без миші реєструється, пише допис і коментар та "
            "реєструється на захід, німецькою та арабською. На кожному кроці має бути видно, де "
            "перебуває фокус, а посилання «Перейти до вмісту» має працювати.\n"
            "- **Основи для екранних читачів:** кожна сторінка зазначає свою мову й має головний "
            "заголовок, області для шапки, навігації, вмісту та підвалу, підписані поля форм і "
            "перелік помилок, що веде до полів. Зображення в дописах блогу завжди мають текстову "
            "альтернативу.\n"
            "- **Справа наліво:** арабською та перською сторінка віддзеркалена; імена й тексти "
            "іншими мовами зберігають свій напрямок.\n"
            "- **Контраст:** тексти й елементи керування відповідають коефіцієнту контрастності "
            "рівня AA (4,5 : 1 для тексту); axe-core перевіряє це на всіх названих сторінках.\n\n"
            "Усі сторінки працюють і без JavaScript. Досьє є PDF-файлом із тегами (PDF/UA); ті "
            "самі дані доступні як відкриті дані (CSV і JSON).\n\n"
            "# Чого ще бракує\n\n"
            "Автоматичні тести знаходять не всі бар’єри. Перевірка людьми, які щодня працюють з "
            "екранними читачами чи іншими допоміжними технологіями, ще попереду.\n\n"
            "# Повідомити про бар’єр\n\n"
            "Якщо Ви натрапили на бар’єр, будь ласка, напишіть нам через [контактну "
            "форму](/contact/) або на адресу електронної пошти, зазначену у [вихідних "
            "даних](/pages/impressum/). Будь ласка, назвіть сторінку й опишіть, що не спрацювало; "
            "Ви можете писати нам своєю мовою. Ми підтвердимо отримання протягом п’яти робочих "
            "днів і відповімо Вам не пізніше ніж за шість тижнів.\n\n"
            "Станом на грудень 2026 року"
        ),
    },
    "tr": {
        "title": "Erişilebilirlik beyanı",
        "body": (
            "Nasıl okuduklarından, gördüklerinden, duyduklarından ya da hareket ettiklerinden "
            "bağımsız olarak herkesin bu platformu kullanabilmesini istiyoruz. Platform, WCAG 2.2 "
            "AA düzeyinin gereksinimlerini karşılamayı amaçlar.\n\n"
            "# Erişilebilirliği nasıl test ediyoruz\n\n"
            "Platformun yeni bir sürümü yayımlanmadan önce gerçek bir tarayıcıda şu otomatik "
            "testler çalışır:\n\n"
            "- **axe-core ile denetim:** Ana sayfa, çağrı, filtreleriyle katkı listesi, katkı, "
            "katkı formu, kayıt, giriş, hesap ve ayarları, profilleri ve mesajlarıyla ağ, "
            "etkinlikler ve etkinliklere kayıt, blog, temalar, sonuçlar, bülten, bu sayfalar ve "
            "editör ekibinin araçları Almanca ve Arapça olarak, giriş yapmadan ve giriş yapmış "
            "olarak denetlenir. Tek bir ciddi ya da kritik hata testin başarısız olması için "
            "yeterlidir.\n"
            "- **Yalnızca klavye:** Bir test fare kullanmadan kaydolur, bir katkı ve bir yorum "
            "yazar ve bir etkinliğe kaydolur; Almanca ve Arapça olarak. Her adımda odağın nerede "
            "olduğu görünmeli ve “İçeriğe geç” bağlantısı çalışmalıdır.\n"
            "- **Ekran okuyucu temelleri:** Her sayfa kendi dilini belirtir; bir ana başlığı, üst "
            "bilgi, gezinme, içerik ve alt bilgi için bölgeleri, etiketli form alanları ve "
            "alanlara götüren bir hata özeti vardır. Blog yazılarındaki görsellerin her zaman "
            "metin alternatifi vardır.\n"
            "- **Sağdan sola:** Arapça ve Farsçada sayfa yansıtılmış olarak gösterilir; başka "
            "dillerdeki adlar ve metinler kendi yönlerini korur.\n"
            "- **Kontrast:** Metinler ve kontroller AA düzeyinin kontrast oranını karşılar (metin "
            "için 4,5 : 1); axe-core bunu adı geçen tüm sayfalarda denetler.\n\n"
            "Tüm sayfalar JavaScript olmadan da çalışır. Çağrı dosyası etiketli bir PDF'tir "
            "(PDF/UA); aynı rakamlar açık veri olarak da (CSV ve JSON) sunulur.\n\n"
            "# Henüz eksik olan\n\n"
            "Otomatik testler her engeli bulamaz. Ekran okuyucuları ya da başka yardımcı "
            "teknolojileri her gün kullanan kişilerin yapacağı bir inceleme henüz yapılmadı.\n\n"
            "# Bir engeli bildirin\n\n"
            "Bir engelle karşılaşırsanız lütfen bize [iletişim formu](/contact/) üzerinden ya da "
            "[künyede](/pages/impressum/) belirtilen e-posta adresine yazın. Lütfen sayfayı "
            "belirtin ve neyin çalışmadığını anlatın; bize kendi dilinizde yazabilirsiniz. "
            "Mesajınızın alındığını beş iş günü içinde onaylar ve size en geç altı hafta içinde "
            "yanıt veririz.\n\n"
            "Son güncelleme: Aralık 2026"
        ),
    },
    "ru": {
        "title": "Заявление о доступности",
        "body": (
            "Мы хотим, чтобы этой платформой могли пользоваться все, независимо от того, как они "
            "читают, видят, слышат или двигаются. Она должна соответствовать требованиям WCAG 2.2 "
            "на уровне AA.\n\n"
            "# Как мы проверяем доступность\n\n"
            "Прежде чем новая версия платформы будет опубликована, в настоящем браузере "
            "выполняются следующие автоматические тесты:\n\n"
            "- **Проверка с помощью axe-core:** главная страница, призыв, список публикаций с "
            "фильтрами, публикация, форма публикации, регистрация, вход, учётная запись и её "
            "настройки, сеть с профилями и сообщениями, мероприятия и запись на них, блог, темы, "
            "результаты, рассылка, эти страницы и инструменты редакции проверяются на немецком и "
            "арабском языках, без входа и после входа. Даже одна серьёзная или критическая ошибка "
            "означает, что тест не пройден.\n"
            "- **Только клавиатура:** тест без мыши регистрируется, пишет публикацию и "
            "комментарий и записывается на мероприятие, на немецком и на арабском. На каждом шаге "
            "должно быть видно, где находится фокус, а ссылка «Перейти к содержимому» должна "
            "работать.\n"
            "- **Основы для экранных чтецов:** каждая страница указывает свой язык и имеет "
            "главный заголовок, области для шапки, навигации, содержимого и подвала, подписанные "
            "поля форм и список ошибок, ведущий к полям. У изображений в записях блога всегда "
            "есть текстовая альтернатива.\n"
            "- **Справа налево:** на арабском и персидском страница отображается зеркально; имена "
            "и тексты на других языках сохраняют своё направление.\n"
            "- **Контраст:** тексты и элементы управления соответствуют коэффициенту "
            "контрастности уровня AA (4,5 : 1 для текста); axe-core проверяет это на всех "
            "названных страницах.\n\n"
            "Все страницы работают и без JavaScript. Досье — это PDF с тегами (PDF/UA); те же "
            "данные доступны как открытые данные (CSV и JSON).\n\n"
            "# Чего ещё не хватает\n\n"
            "Автоматические тесты находят не все барьеры. Проверка людьми, которые каждый день "
            "работают с экранными чтецами или другими вспомогательными технологиями, ещё "
            "предстоит.\n\n"
            "# Сообщить о барьере\n\n"
            "Если Вы столкнулись с барьером, пожалуйста, напишите нам через [контактную "
            "форму](/contact/) или на адрес электронной почты, указанный в [выходных "
            "данных](/pages/impressum/). Пожалуйста, назовите страницу и опишите, что не "
            "сработало; Вы можете писать нам на своём языке. Мы подтвердим получение в течение "
            "пяти рабочих дней и ответим Вам не позднее чем через шесть недель.\n\n"
            "По состоянию на декабрь 2026 года"
        ),
    },
}


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
        "body": ACCESSIBILITY_STATEMENT["de"]["body"],
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
