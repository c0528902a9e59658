namespace OutlookExit.Tests.Core.Czech;

/// <summary>Reference pairs "nominative vocative" (lower-case) from the test suite of the npm package
/// vokativ 1.0.1 (MIT, see api/Drafting/Czech/Data/LICENSE-vokativ.txt): the most common Czech first
/// names and surnames.</summary>
internal static class VokativReferenceCases
{
    internal static readonly string[] MaleFirstNames =
    [
        "jiří jiří", "jan jane", "petr petře", "josef josefe", "pavel pavle", "jaroslav jaroslave",
        "martin martine", "tomáš tomáši", "miroslav miroslave", "františek františku", "zdeněk zdeňku", "václav václave",
        "michal michale", "karel karle", "milan milane", "vladimír vladimíre", "lukáš lukáši", "david davide",
        "jakub jakube", "ladislav ladislave", "stanislav stanislave", "roman romane", "ondřej ondřeji", "antonín antoníne",
        "radek radku", "marek marku", "daniel danieli", "vojtěch vojtěchu", "miloslav miloslave", "filip filipe",
        "ivan ivane", "jaromír jaromíre", "adam adame", "aleš aleši", "libor libore", "oldřich oldřichu",
        "vlastimil vlastimile", "rudolf rudolfe", "jindřich jindřichu", "miloš miloši", "lubomír lubomíre", "patrik patriku",
        "matěj matěji", "dominik dominiku", "robert roberte", "luboš luboši", "bohumil bohumile", "radim radime",
        "richard richarde", "ivo ivo", "rostislav rostislave", "štěpán štěpáne", "dušan dušane", "vít víte",
        "luděk luďku", "vladislav vladislave", "bohuslav bohuslave", "kamil kamile", "alois aloisi", "ján jáne",
        "jozef jozefe", "zbyněk zbyňku", "viktor viktore", "štefan štefane", "vasyl vasyle", "michael michaeli",
        "eduard eduarde", "vítězslav vítězslave", "emil emile", "rené rené", "marcel marceli", "peter petere",
        "matyáš matyáši", "ludvík ludvíku", "šimon šimone", "dalibor dalibore", "radomír radomíre", "otakar otakare",
        "bedřich bedřichu", "mykhaylo mykhaylo", "vilém viléme", "břetislav břetislave", "vratislav vratislave", "igor igore",
        "kryštof kryštofe", "radovan radovane", "leoš leoši", "alexandr alexandře", "marian mariane", "přemysl přemysle",
        "bohumír bohumíre", "denis denisi", "volodymyr volodymyre", "tadeáš tadeáši", "arnošt arnošte", "otto otto",
        "erik eriku", "alexander alexandere", "robin robine", "hynek hynku",
    ];

    internal static readonly string[] MaleSurnames =
    [
        "novák nováku", "svoboda svobodo", "novotný novotný", "dvořák dvořáku", "černý černý", "procházka procházko",
        "kučera kučero", "veselý veselý", "horák horáku", "němec němče", "marek marku", "pokorný pokorný",
        "pospíšil pospíšile", "hájek hájku", "král králi", "jelínek jelínku", "růžička růžičko", "beneš beneši",
        "fiala fialo", "sedláček sedláčku", "doležal doležale", "zeman zemane", "nguyen nguyene", "kolář koláři",
        "krejčí krejčí", "navrátil navrátile", "čermák čermáku", "urban urbane", "vaněk vaňku", "blažek blažku",
        "kříž kříži", "kratochvíl kratochvíle", "kovář kováři", "bartoš bartoši", "vlček vlčku", "kopecký kopecký",
        "polák poláku", "musil musile", "šimek šimku", "konečný konečný", "malý malý", "čech čechu",
        "štěpánek štěpánku", "kadlec kadleci", "staněk staňku", "holub holube", "dostál dostále", "soukup soukupe",
        "šťastný šťastný", "mareš mareši", "sýkora sýkoro", "moravec moravče", "tichý tichý", "valenta valento",
        "vávra vávro", "matoušek matoušku", "bláha bláho", "říha řího", "ševčík ševčíku", "bureš bureši",
        "hruška hruško", "mašek mašku", "pavlík pavlíku", "dušek dušku", "hrubý hrubý", "havlíček havlíčku",
        "janda jando", "mach machu", "müller müllere", "liška liško", "beran berane", "bednář bednáři",
        "vítek vítku", "toman tomane", "bárta bárto", "vacek vacku", "žák žáku", "macháček macháčku",
        "šmíd šmíde", "tůma tůmo", "švec šveci", "kašpar kašpare", "sedlák sedláku", "stejskal stejskale",
        "jaroš jaroši", "horváth horváthe", "ježek ježku", "strnad strnade", "bílek bílku", "slavík slavíku",
        "němeček němečku", "matějka matějko", "beránek beránku", "horáček horáčku", "tesař tesaři", "fišer fišere",
        "kraus krausi", "brož broži", "kubíček kubíčku", "prokop prokope",
    ];

    internal static readonly string[] FemaleFirstNames =
    [
        "marie marie", "jana jano", "eva evo", "hana hano", "anna anno", "věra věro",
        "lenka lenko", "kateřina kateřino", "alena aleno", "lucie lucie", "petra petro", "jaroslava jaroslavo",
        "ludmila ludmilo", "helena heleno", "martina martino", "veronika veroniko", "jitka jitko", "zdeňka zdeňko",
        "michaela michaelo", "jarmila jarmilo", "ivana ivano", "tereza terezo", "jiřina jiřino", "monika moniko",
        "zuzana zuzano", "markéta markéto", "marcela marcelo", "božena boženo", "dagmar dagmar", "vlasta vlasto",
        "dana dano", "barbora barboro", "libuše libuše", "eliška eliško", "marta marto", "irena ireno",
        "miroslava miroslavo", "pavla pavlo", "kristýna kristýno", "andrea andreo", "olga olgo", "růžena růženo",
        "šárka šárko", "iveta iveto", "pavlína pavlíno", "blanka blanko", "klára kláro", "adéla adélo",
        "nikola nikolo", "milada milado", "renata renato", "zdenka zdenko", "gabriela gabrielo", "simona simono",
        "radka radko", "karolína karolíno", "milena mileno", "iva ivo", "daniela danielo", "miloslava miloslavo",
        "denisa deniso", "aneta aneto", "miluše miluše", "romana romano", "natálie natálie", "ilona ilono",
        "stanislava stanislavo", "anežka anežko", "květoslava květoslavo", "soňa soňo", "naděžda naděždo", "emilie emilie",
        "vladimíra vladimíro", "kamila kamilo", "danuše danuše", "drahomíra drahomíro", "renáta renáto", "jindřiška jindřiško",
        "františka františko", "mária mário", "vendula vendulo", "alžběta alžběto", "štěpánka štěpánko", "bohumila bohumilo",
        "magdalena magdaleno", "dominika dominiko", "ladislava ladislavo", "julie julie", "nela nelo", "sabina sabino",
        "žaneta žaneto", "sára sáro", "blažena blaženo", "květa květo", "alice alice", "kristina kristino",
        "alexandra alexandro", "karla karlo", "antonie antonie", "silvie silvie",
    ];

    internal static readonly string[] FemaleSurnames =
    [
        "nováková nováková", "svobodová svobodová", "novotná novotná", "dvořáková dvořáková", "černá černá", "procházková procházková",
        "kučerová kučerová", "veselá veselá", "horáková horáková", "marková marková", "němcová němcová", "pospíšilová pospíšilová",
        "pokorná pokorná", "hájková hájková", "jelínková jelínková", "králová králová", "růžičková růžičková", "benešová benešová",
        "fialová fialová", "sedláčková sedláčková", "doležalová doležalová", "zemanová zemanová", "kolářová kolářová", "navrátilová navrátilová",
        "čermáková čermáková", "vaňková vaňková", "urbanová urbanová", "kratochvílová kratochvílová", "blažková blažková", "šimková šimková",
        "křížová křížová", "kopecká kopecká", "bartošová bartošová", "vlčková vlčková", "kovářová kovářová", "poláková poláková",
        "konečná konečná", "malá malá", "čechová čechová", "musilová musilová", "staňková staňková", "štěpánková štěpánková",
        "holubová holubová", "kadlecová kadlecová", "dostálová dostálová", "šťastná šťastná", "soukupová soukupová", "marešová marešová",
        "sýkorová sýkorová", "valentová valentová", "moravcová moravcová", "tichá tichá", "vávrová vávrová", "krejčová krejčová",
        "bláhová bláhová", "matoušková matoušková", "říhová říhová", "machová machová", "mašková mašková", "ševčíková ševčíková",
        "šmídová šmídová", "burešová burešová", "pavlíková pavlíková", "dušková dušková", "hrušková hrušková", "jandová jandová",
        "hrubá hrubá", "havlíčková havlíčková", "lišková lišková", "beranová beranová", "vacková vacková", "bednářová bednářová",
        "tomanová tomanová", "bártová bártová", "žáková žáková", "kašparová kašparová", "müllerová müllerová", "sedláková sedláková",
        "vítková vítková", "macháčková macháčková", "janečková janečková", "jarošová jarošová", "tůmová tůmová", "švecová švecová",
        "fišerová fišerová", "pešková pešková", "stejskalová stejskalová", "matějková matějková", "bílková bílková", "slavíková slavíková",
        "ježková ježková", "strnadová strnadová", "beránková beránková", "krausová krausová", "němečková němečková", "horáčková horáčková",
        "brožová brožová", "kubíčková kubíčková", "tesařová tesařová", "petrová petrová",
    ];
}
