"""Words that carry grammar, not meaning, in the languages people write in here. Theme
labels and "frequent words" never show them: "because", "weniger" or "zuerst" tell staff
nothing about what a group of stories shares. The lists are ours, kept short and
focused on the long function words that slip past the length filter of the pipeline."""

from .matching import normalise

_WORDS = {
    "de": """
        aber allein allem allen aller alles also anderem anderen anderer anderes andere
        anstatt auch außer außerdem ausserdem bevor beide beiden beim bereits besonders
        bisher bislang dabei dadurch dafür dagegen daher damals damit danach daneben dann
        darauf daraus darin darüber darum darunter dass davon davor dazu dazwischen denen
        denn dennoch deren derselben dessen deshalb desto diese diesem diesen dieser dieses
        doch dort durch eben ebenfalls ebenso eigentlich einander einem einen einer eines
        einige einigen einiger einiges einmal endlich etwas etwa falls ferner ganz gegen
        gegenüber gemeinsam genau genauso gerade gewesen gleich gleichzeitig haben hatte
        hatten heute hierbei hierfür hinter immer indem inzwischen irgendwie jedem jeden
        jeder jedes jedoch jemand jemandem jetzt jeweils kaum keine keinem keinen keiner
        konnte konnten können letztlich manche manchen mancher manchmal mehr mehrere
        meistens mittlerweile möglichst müssen nachdem nämlich natürlich neben nicht
        nichts noch nunmehr obwohl oder ohne schließlich schon sehr seitdem selbst sobald
        sodass sofort sogar solche solchen solcher sollen sollte sollten somit sondern
        sowie sowohl später statt trotz trotzdem über überall überhaupt umso unser unsere
        unserem unseren unserer unter viele vielen vieles vielleicht völlig vorher wäre
        während wann warum weder wegen weil weiter weiterhin weitere weiteren welche
        welchem welchen welcher welches weniger wenigstens werden wieder wieso wirklich
        wobei wodurch wollen wollten worden wurde wurden zudem zuerst zugleich zuletzt
        zunächst zusammen zwar zwischen ziemlich
    """,
    "en": """
        about above according across actually after afterwards again against almost
        already also although always among another anyone anything anyway around because
        before behind being below beside besides between beyond both during either
        enough especially even every everyone everything first fewer finally however
        instead itself later least less little mostly much must myself nearly neither
        never nevertheless nothing often only other others otherwise ourselves perhaps
        quite rather really same several should since some someone something sometimes
        still such than that their theirs them themselves then there therefore these
        they this those though through throughout thus together towards under unless
        until upon usually very were what whatever when whenever where whereas whether
        which while whilst whom whose within without would yourself
    """,
    "ar": """
        أثناء أحيانا أحيانًا أخرى أكثر أقل أن أنه أنها أو أولا أولًا أي أيضا أيضًا إذا إلى
        إن إنه إنها الآن الذي الذين التي اللذين اللتين بالإضافة بسبب بعد بعض بعضها بين
        بينما تلك ثم جدا جدًا جميع حتى حول حيث خلال دائما دائمًا دون ذلك ربما سوف ضمن عبر
        على عليه عليها عن عند عندما غير فقط في فيه فيها قبل قد كان كانت كذلك كل كلها كما
        كيف لأن لدى لذلك لقد لكن لكنه لم لما لن لو ما مثل مع معظم من منذ منه منها هذا
        هذه هكذا هل هناك هنا هو هي وأيضا والتي والذي ولكن وهو وهي يكون تكون
    """,
    "fa": """
        آنها آن‌ها ابتدا اگر اگرچه اما امروز اول اکنون این اینکه این‌که ایشان بااینکه
        بدون برای بسیار بعد بنابراین بود بودند بیشتر بین تا توسط چرا چنین چون چونکه
        چگونه چیزی حتی خود خودشان خودمان خیلی دارد داشت دیگر دیگران دیگری درباره دربارهٔ
        درحالیکه زیرا سپس شاید طریق کمتر که کسی گاهی لیکن مانند معمولا معمولاً میان نیز
        واقعا واقعاً وقتی ولی هرگز همان همچنین همه همیشه همین هنگامی هیچ یعنی
    """,
    "uk": """
        адже але бо більше був була були було вже весь вона вони воно всіх всього давно
        деякі для досі другий з за завжди загалом зараз згодом зокрема інакше інколи інша
        інше інший інших іноді його коли кожен кожна кожне котрий лише менше між навіть
        наприклад насправді наших нашої нашим однак оскільки особливо остаточно перед
        потім після поки проте просто після разом саме своєї своїм своїх себе спочатку
        справді також тобто тоді тому треба усіх усього цього цьому через щоб який яка
        які якого якої яких яке
    """,
    "ru": """
        более больше будто был была были было вместе всегда всего всех где действительно
        других другая другое другой едва если ещё затем зачем иногда именно каждая каждый
        когда которая которого которое которой которые который которых кроме между меньше
        может например наших нашей нашим однако особенно очень перед поскольку после
        потом потому поэтому просто разве сейчас сначала совсем своей своим своих также
        тогда тоже только хотя чтобы через
    """,
    "tr": """
        ama ancak arasında aslında ayrıca bazen bazı bazıları belki birçok birlikte böyle
        böylece bunlar bunları bunun bütün çünkü daha dolayı diğer diğerleri eğer fakat
        gerçekten genellikle gibi göre hakkında hemen henüz herkes hiçbir için ile itibaren
        kadar kendi kendileri nedeniyle olan olarak oldu olduğu olduğunu önce özellikle
        rağmen sonra sonunda şimdi şöyle tüm yani yine zaten
    """,
}

FUNCTION_WORDS = frozenset(normalise(word) for words in _WORDS.values() for word in words.split())


def is_function_word(word: str) -> bool:
    return normalise(word) in FUNCTION_WORDS
