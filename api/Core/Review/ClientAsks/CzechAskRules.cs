namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>Czech rules for <see cref="ClientAskDetector"/>; syntax in <see cref="Rule"/>. Words are folded (lower case, no
/// diacritics) before matching, so the patterns are written without háčky and čárky: stems with endings
/// (<c>zustan*</c>), the <c>ne-</c> forms spelled out where negation is the ask ("neodcházejte").</summary>
internal static class CzechAskRules
{
    public const string Text = """
# ---------- negation: drop asks anywhere in the same clause (the negated verb often follows its object) ----------
neg: nechci|nechceme|nechce|nechtel|nechtela|nechteli|nechtejte|nechces|nechcete
neg: nebudu|nebudeme|nebude
neg: nemusite|nemusis|nemusi|nemusime|nemusel|nemusela|nemuseli|nemusis
neg: nepotrebuj*|nepotrebovali|nepotrebujeme
neg: netreba|nepozadujeme|nezadam|nezadame|nezadali|nezadal
neg: neni|nebude ~2 treba|potreba|nutne|nutno
neg: chtel|chtela|chteli|mel|mela|meli ~2 jsem|jsme ~4 nabidnout|navrhnout|zaplatit|dat
neg: mohli|mohl|mohla jsme|jsem ~3 nabidnout|zaplatit|dat
neg: kdybyste|kdybys ~6 drive|driv|dřív
neg: nestarejte|nestarej|nereste|neres|netrapte|netrap|neobtezujte|neobtezuj|nezatezujte|nezdrzujte
neg: ^ ne kvuli|proto|abych|abychom|ze|za+ucelem
# polite negative questions: "Nechcete si to ještě rozmyslet?", "Nechtěl byste zůstat?"
pol: ^ nechces|nechcete|nechtel|nechtela|nechteli|nemohl|nemohla|nemohli|nemuzete|nemuzes|nebylo|neslo|nedalo|nedala|nezvazil|nezvazila

# ---------- request markers ----------
req: prosim|prosime|prosil|prosila|prosili|prosili+bychom|poprosit|poprosil|poprosila|poprosili|poprosim
req: kdyby|kdybyste|kdybys ~3 chtel|chtela|chteli|mohl|mohla|mohli|byl|byla|slo|bylo
req: mohl|mohla|mohli|mohlo|mohly byste|bys|bychom|by
req: muzete|muzes|muzeme|muzu|mohu|nemohl|nemohla|nemohli
req: slo|bylo|nevadilo|stacilo|pomohlo|nestacilo|neslo by
req: byste|bys
req: rad|rada|radi|rady|chtel|chtela|chteli|prala|pral|prali ~2 bych|bychom
req: potrebujeme|potrebovali|potreboval|potrebovala|potrebuji|potrebuju|potrebovat
req: uvitame|uvitali|uvital|uvitala|ocenime|ocenili|ocenim
req: budeme|byli|budu|byla|byl ~3 vdecni|vdecna|vdecny|radi|rada|rad
req: dejte|dej|posli|poslete|zaslete|zasli|napiste|napis|reknete|rekni|dokoncete|dokonci|opravte|oprav|vystavte|vystav|uvedte|uved|zkontrolujte|zkontroluj|vysvetlete|vysvetli|prepocitejte|prepocitej|nastavte|nastav|doporucte|doporuc|zavolejte|zavolej|pripravte|priprav|udelejte|udelej|predejte|predej|prevedte|preved|smazte|vratte|vrat|pridejte|pridej|odstrante|odstran|rozepiste|rozepis|seznamte|pomozte|pomoz|dodelejte|dodelej|aktualizujte|prelozte|zasilejte|posilejte|zrustte|zruste|doplnte|dopln|zaslat
req: co kdybychom|kdyby
req: jestli|zda ~3 by
req: aspon|alespon
req: pred|do odchod*|koncem|poslednim|posledniho|konce
req: pred vasim|tvym|tvojim odchodem|koncem
req: ocenil|ocenila|ocenili|uvitala|uvital ~1 bych|bychom
req: nez ~2 odejdete|odejdes|skoncite|skoncis|odchod*|zabalis|zabalite|odejdete|skonci
req: navrhujeme|navrhuji|navrhuju|navrhli|navrhl|navrhla|prosba|prosbu
req: dalo|dala|dal|dalo+by|daly se
req: jestli|zda|zdali ~3 byste|bys|by
req: myslite|myslis|myslel|myslela ~3 ze|by|byste|bys
req: musi|musim|musime|mela|mel|melo|mely ~2 byt|obsahovat|uvadet|nest|mit|jit

# ---------- stay ----------
stay: zustan|zustante|zustanes|zustanete|zustal|zustala|zustat|zustali|zustaly|zustavat|zustavejte
kill /stay: bychom|jsme|jsem|bych ~1 zustali|zustal|zustala|zustaneme|zustanu|zustaly
kill /stay: zustali|zustal|zustala|zustaneme|zustanu ~2 bychom|jsme|jsem|bych
kill /stay: zustan|zustanme|zustaneme|zustat|zustante|zustanes|zustanete|zustavat ~2 v|ve ~2 kontaktu|spojeni
kill /stay: at|aby ~2 to ~2 zustane|zustalo
moreTime -stay: zustat|zustal|zustala|zustanete|zustanes|zustan|zustante|zustali|zustaly|zustavat ~6 do|dokud|az|pres|minimalne|aspon|alespon
moreTime -stay: zustat|zustal|zustala|zustanete|zustanes|zustan|zustante|zustali|zustaly|zustavat ~3 jeste|dalsi|par|dva|dve|tri|ctyri|# ~1 tyden|tydny|tydnu|mesic|mesice|mesicu|dny|dnu|navic
stay: prehodnot*|prehodnoceni
stay: si ~1 te|vas|tebe ~1 nechat|nechame|necham|nechali|udrzet
stay: muzeme|muzem|vezmeme|ubereme|sejmeme ~3 vam|ti ~2 vzit|ubrat|odebrat|sejmout
stay: vam|ti ~1 muzeme|muzem|vezmeme|ubereme ~2 vzit|ubrat|odebrat|sejmout
kill /moreTime: do konce ~1 mesice|tydne ~3 seznamit|poslat|dodat|pripravit|dokoncit|udelat|predat|zaslat|sepsat|napsat|vratit|doplnit
stay n: nerad|nerada|neradi|nerady ~3 aby|abyste|abys ~2 to ~2 byl|byla|bylo|skoncil|skoncilo|skoncila ~1 konec|definitivni|naposled|uz
stay n: nerad|nerada|neradi|nerady ~3 abyste|abys ~2 odesel|odesla|odchazel|odchazela|skoncil|skoncila
stay q: da|neda|dalo|nedalo|slo|neslo|nejde|jde by? se? ~4 zmenit|zvratit|vratit|prehodnotit|napravit|zachranit|zvrátit
stay q: da|neda|dalo|nedalo by? se ~3 neco|nic|jeste ~3 delat|udelat|vymyslet
stay: mrzelo|nemrzelo|litovali|litoval|litovala ~5 kdybyste|kdybys|kdyby ~3 odesel|odesla|odesli|odchazel|odchazela|skoncil|skoncila|opustil|opustila|odešel
stay q: opravdu|vazne|fakt|skutecne|jiste ~4 odejit|odchazite|odchazis|opustit|opoustite|opoustis|skoncit|koncite|koncis|odejdete|odejdes|chcete|chces
stay q: rozhodnuto|nevratn*|nezvratn*|hotova+vec|uzavrene|uzavreno
stay q: posledni|konecne|konecna slovo|odpoved|rozhodnuti
stay q: dalo|nedalo|slo|neslo|mohli|nemohli|muzeme|nemuzeme ~4 mluvit|bavit|promluvit|pobavit|probrat ~2 o+tom|jeste|znovu
stay: neumim|nedovedu|nedokazu|neumime ~3 predstavit ~6 bez vas|tebe|te
kill =stay: ale ~3 chapeme|chapu|rozumim|rozumime|respektujeme|respektuji|prijimame|beru
stay: zvazeni|uvazeni|rozmysleni
stay: rozhodnuti|to|si|jeste|znovu ~2 zvazit|zvazila|zvazil|zvazili|zvazite|zvazis|prehodnotit|promyslet|rozmyslet|zvazte
stay q: opravdu|vazne|skutecne|fakt ~3 nutne|musite|musis|nutno|treba|chcete|chces ~3 ukoncit|skoncit|odejit|koncit|odchazet
stay w: najit|najdeme|hledat|vymyslet|dalo+by+se+najit ~3 reseni|kompromis|cestu
stay q: vazne|opravdu|fakt ~2 to ~2 myslis|myslite
stay n: nedelej|nedelejte ~2 to|nam|mi|tohle
stay n: tohle|to ~2 mi|nam nedelej|nedelejte
stay q: je|bude to ~2 opravdu|vazne|fakt|uz ~2 konec|definitivni|naposled
stay: ukazeme|ukazat|dokazeme|dokazat ~4 ze ~4 jinak|lepe|zmenit|zmena|funguje|jde
kill =moreTime: ukazeme|ukazat|dokazeme|dokazat ~4 ze ~4 jinak|lepe|zmenit|zmena|funguje|jde
stay q: se ~2 neda|nedalo|da|dalo ~3 nic|neco ~2 delat|udelat
stay q: dvere ~4 zavren*|otevren*
stay q: vratit|vratili|vratime ~3 k ~2 tomu|tomuhle|rozhodnuti
stay: zkusme|zkusit|zkusili|zkusime|zkusit+to ~3 to|jeste ~2 jeste|znovu|spolu|dal|jednou|naposledy
stay n: ztracim|ztracime|ztratit|ztratili|ztratil|ztratila|ztratime ~2 vas|te|tebe
stay n: vas|te|tebe ~2 ztracim|ztracime|ztratit|ztratil|ztratila|ztratili|ztratime
stay: premluv*|prehovor*|premlouv*|presvedcit|presvedcim|presvedcime|rozmluvit|vymluvit|rozmlouvat|vymlouvat
stay: zmenit|zmenil|zmenila|zmenite|zmenis|zmenili|zmenu ~3 nazor|rozhodnuti|nazoru
stay: jeste ~2 jednou|jednu ~2 sanci|sanci|prilezitost|sance
stay: cokoli|cokoliv|neco|nejak ~4 udrzet|zustal|zustala|zustat|rozmyslel|rozmyslela|zmenil|zmenila
stay: rozmysl*|promysl*|premysl* ~3 si|to|jeste|znovu
stay: si|to ~2 rozmyslel|rozmyslela|rozmyslite|rozmyslis|promyslite|promyslis|rozmyslet|promyslet|zvazite|zvazis|zvazil|zvazila|rozmyslete|promyslete
stay: zvaz|zvazte|zvazit|zvazil|zvazila ~2 to|si|jeste|znovu
kill /stay: cas|casu ~3 rozmysl*|promysl*|premysl*|zvaz*
stay n: neodchaz*|neodejd*|neodchazej|neodchazejte|neopoustej*|neopoustejte|neodesel|neodesla|neskoncil|neskoncila|nekoncete|nekonci|nekonc*
stay n: nechceme|nechci|nechtel|nechtela ~4 pustit|ztratit|prijit|prisel|prisla|odchazel|odchazela|skoncilo|skoncil|skoncila|odesel|odesla
stay n: pustit ~2 nechceme|nechci
stay: o vas|tebe|te ~2 prijit|prisel|prisla|prijdu|prijdeme|prisli|prichazet
stay: prijit|prisel|prisla|prijdu|prijdeme|prisli ~2 o vas|tebe|te
stay: udrzet|udrzel|udrzela|udrzeli|udrzime ~2 vas|te|si
stay: vas|te|si ~2 udrz*
stay: definitivni|definitivnim|definitivne|definitivu|nezvratne|nezvratny|nezvratna|konecna|konecny
stay: konecne ~2 rozhodnuti|slovo
stay: sanci|sance|prilezitost
stay: presvedcit|presvedcil|presvedcila|premlouvat|premluvit|prehovorit|prehovoril|prehovorila
stay: zpusob|moznost|cesta|cestu ~4 pokracovat|pokracovani|zustal|zustala|zustat|udrzet|spolupracovat|fungovat
stay: prostor ~3 bavit|mluvit|domluvit|jednat|diskusi|diskuzi
stay: pokracovat|pokracujme|pokracovali ~3 spolu|dal|spolupraci|ve+spolupraci
stay: zmenit|zmenite|zmenis|zmenila|zmenil ~2 nazor|rozhodnuti
stay: vzit|vezmete|vezmes ~2 zpet
stay: neni|je ~2 pozde
stay: projit ~2 hlavou
stay n: nenechavejte|nenechavej|nenechte|nenechavas ~3 ve+stychu|na+holickach|samotne
stay q: da|neda|dalo|nedalo se ~3 zmenit|zvratit|vratit|prehodnotit
stay w: s+vami|s+tebou ~3 pokracovat|pokracovali|pokracovala|pokracoval|spolupracovat|pracovat|dal
stay w: pokracovat|pokracovali|pokracovala|pokracoval|spolupracovat|spolupracovali ~3 s+vami|s+tebou

# ---------- moreMoney ----------
moreMoney: sazb*|odmen*|pausal*|honorar*|plat|platu|mzd*|cenu|ceny ~4 navys*|zvys*|vyssi|lepsi|dvojnasob*|vic|vice|pridat|pridam|pridame|zvednout|zvedneme|zvednu
moreMoney: navys*|zvys*|vyssi|lepsi|dvojnasob*|pridat|pridam|pridame|zvednout|zvedneme|zvednu|zvedli|zvysili ~4 sazb*|odmen*|pausal*|honorar*|plat|platu|mzd*|cenu|ceny
moreMoney: zaplatime|zaplatim|zaplatit|zaplatili|platit|platili|platime|zaplatila|zaplatil ~3 vic|vice|dvojnasob*|priplatek|navic|lepe|kolik|vyssi
moreMoney: # kc|korun|eur|€|czk|$|£ ~2 za|na ~2 hodinu|hod|mesic|den|hodinovou
moreMoney: # kc|korun|eur|€|czk ~3 navic|predem|mesicne|rocne|bonus
moreMoney: # %|procent|procenta ~3 navic|vic|vice|priplat*|sazb*|zvys*|navys*|odmen*|k|na|nahoru
moreMoney: o|plus|navic|dalsich|pridam|pridame|pridat|pridali|zvysime|zvysit|zvysili # %|procent|procenta
moreMoney: odmen*|bonus*|priplat*|pausal*|navyseni|zvyseni|pridam|pridame|dorovname|dorovnat|dorovnam|dorovnal|vyplatilo|vyplati|vyplatit|vyplatime|motivac*
moreMoney: kolik ~3 chtel|chtela|chteli|chcete|chces|byste|bys|si+rekn*
moreMoney: reknete|rekni|rict ~2 si|cenu|castku
moreMoney: jde|jestli|kdyz|je|slo ~3 o penize
moreMoney: penize|penez ~2 vic|vice|navic
moreMoney: vic|vice penez
moreMoney: nejaka|jaka|kolik|jakakoli castka|castku|cislo
moreMoney: garant* ~4 hodin|minim*|dnu|prace|mesic*|objem
moreMoney: predem|rychlejsi|rychleji ~2 platb*|platit|zaplat*|splatnost*
moreMoney: splatnost* ~3 # ~2 dn*
moreMoney: novou|lepsi|vyhodnejsi|upravenou ~2 smlouv*|podminky|nabidk*
moreMoney: nabidnout|nabidl|nabidla|nabizime|nabidneme|nabidnu ~4 sazb*|zvys*|navys*|vic|odmen*|smlouv*|pausal*|podil*|vice|penez
moreMoney: podil|podilu ~3 ve|na ~2 firme|spolecnosti|zisku
moreMoney: zaplat*|uhrad*|platit ~3 licenc*|software|nastroj*
moreMoney: dvojnasob*|dvojnasobnou|dvojnasobek
moreMoney: schvalil*|schvalilo|schvalili|navysil*|navysilo|uvolnil*|uvolnilo|najdeme|najdem|sehnali|sezeneme ~3 vyssi|vetsi|dalsi|vice|vic|rozpocet|penize|prostredky|rozpoctu
moreMoney: vyssi|vetsi|navyseny|navyseni ~2 rozpocet|rozpoctu|budget
moreMoney: pobav*|bavit|probrat|probereme|jednat|mluvit|promluvit ~3 o ~2 sazb*|odmen*|penez*|penizich|cene|cenach|podminkach|honorar*|cislech
moreMoney: jakou|jaka|jakou+sazbu|kolik ~2 sazbu|castku|odmenu|cenu|honorar ~3 byste|bys|potreboval*|chtel*|predstavujete|predstavujes
kill =moreMoney: dobropis*|refundac*|vratk*|preplatek
kill /moreMoney: nevycerpan*|zbyvajici|zbyle|nevyuzit* ~3 hodin*|pausal*
kill /moreMoney: sazb*|castk*|odmen*|cena ~3 na|ve|v ~2 faktur*|posledni+fakture|fakture
kill /moreMoney: faktur* ~4 sazb*|castk*
kill /moreMoney: fakture|fakturach|faktura|fakturu ~2 je|ma|uvadi|uvedena|mate ~1 splatnost*
kill /invoice: splatnost* ~1 faktur*
invoice: faktur* ~3 je|ma|uvadi|mate ~1 splatnost*
kill /stay: o ~1 tom|te|tu|ten ~1 faktur*|penale|castc*|polozc*|hodin*|platb*|vyuctovani
kill /moreMoney: zahrnuj*|obsahuj*|fakturov*|vyfakturov*|uctov*|zahrnut* ~4 pausal*
kill /moreMoney: pausal* ~3 fakturov*|vyfakturov*|uctovan*|uctovat|zahrnut*|v+plne|pomerne|celou|cely
moreMoney: najdeme|najdem|nabidneme|domluvime|vymyslime ~2 podminky|podminek
moreMoney: castka|castku|cena|cenu|sazba|sazbu|honorar|suma|sumu ~3 pri|za ~2 ktere|kterou|ktery ~3 byste|bys
moreMoney: garant*|zarucujeme|zarucime|zarucit ~7 hodin*|objem|prijem|minimum|mesicne|uvazek
moreMoney: jestli|pokud|kdyz|kdyby ~4 penize|penez|sazb*|cen*|odmen*|rozpoc* ~3 problem|duvod|prekazk*|vadi|vadilo
moreMoney: hodinovk*|hodinovou ~3 vyssi|navys*|zvys*|lepsi|#
moreMoney: vyssi|lepsi|navysenou|zvysenou|novou hodinovk*|hodinovou|sazb*|odmen*|pausal*
moreMoney /invoice: faktur*|platby ~4 proplac*|proplat*|platili|platit|zaplatime|uhrazovali|hradili|posilali|platime ~4 do+tydne|rychle*|driv*|predem|hned|okamzit*|behem|obratem
moreMoney: proplac*|proplat*|platili|platit|zaplatime|uhrazovali|hradili|platime ~4 faktur* ~4 do+tydne|rychle*|driv*|predem|hned|okamzit*|behem|obratem
kill /moreMoney: nauctoval*|vyuctoval*|uctoval*|uctovan* ~3 priplat*|sazb*|odmen*
kill -moreMoney: odmen*|bonus*|provizi|provize ~3 doporuc*|zprostredkov*|nalezeni|najdete|najdes
why /moreMoney: je|bylo|jde|byl|byla to ~3 kvuli|o ~2 sazb*|penez*|penize|cen*|odmen*|honorar*

# ---------- why ----------
why: proc|procpak|pročpak
kill /why: proc|procpak ~5 faktur*|uctovan*|uctoval*|vyuctoval*|vyuctovani|nauctoval*|hodiny|hodin|polozk*
kill /why: to+je+proc|proto+je
kill /invoice: hodinov*|hodinove ~1 fakturac*|fakturovani|uctovani|vykazovani
why: co ~3 za+tim
why: udelali|udelala|udelal|udelalo|provedli ~3 spatne|chybu|spatneho
why: neco|necim ~2 spatne|spatneho|spatnym|spatnem
why: co se ~2 stalo|pokazilo|zmenilo|deje
why: co ~3 ved*|prim*|donutil*|prinutil*|motivoval*
why: souvisi|souviselo|souviset ~4 s|se|spolu|to
why q: bylo|byl|byla|je|jde|bude to ~3 kvuli|necim|ten|ta|tim|tom|zpusob|pristup|styl|tempo|mnozstvi|objem
why q: ^ jsou|je|byly|bylo|byl|byla to ~1 penize|sazba|sazbou|cena|cenou|vytizeni|objem|my|ja
why: pro nase|moje ~1 pouceni
kill /why: nebudu|nechci|nebudeme ~5 otravovat|obtezovat|zatezovat|vyptavat|ptat|zjistovat ~4 proc|duvod*
why q: ^ bylo|byl|byla|byly to ~2 *mi|*ymi|*imi|*em|*ou
why: neco|necim|necem|to ~1 co|ceho jsme|jsem ~2 udelali|udelal|udelala|rekli|rekl|rekla|provedli|zpusobili|delali
why: mohli|meli|mel|mela|mohla|mohl ~3 udelat|delat|zvladnout ~2 lip|lepsi
why: vec|neco|nejaka|nejaky ~3 ktera|ktery|co ~1 rozhodla|rozhodl|rozhodlo|prevazila|prevazilo
why q: jsem|jsme|jste to byl|byla|byli|bylo
why q: byl|byla|bylo|byli jsem|jsme ~2 to ~2 ja|my
why q: bylo|byl|byla|je|jde to ~3 temi|tou|tema|timto|timhle|tahle|tyhle
why: za+tim ~2 neco|nejaky|nejaka|nejake
why q: jde ~2 o ~2 penize|sazbu|cenu|cas|vytizeni|nas|mne|me|objem
why: zaslouzili|zaslouzila|zaslouzil
why q: nespokojen*|vadilo|vadi|pokazili|pokazil|pokazila
why: cim ~2 to je|bylo
why: za to ~2 muze|mohl|mohla|mohli|mohlo
why: hral|hrala|hralo|hraly|hrali ~3 roli
why: roli ~3 hral|hrala|hralo|hraly|hrali
why: zklamali|zklamal|zklamala|zklamat|zklamani
why: mohli|meli|mel|mela ~3 udelat|delat|zvladnout ~2 jinak|lepe
why: pochopit|pochopil|pochopila|pochopili|porozumet|slyset|slysel|slysela ~4 co|proc|duvod*|rozhodnut*|deje|jestli
why w: duvod|duvody|duvodu|duvodem|duvodech|zduvodneni|zduvodnit|duvodum
why: vysvetleni|vysvetlit|vysvetlete ~3 duvod*|proc|rozhodnut*
why w: zpetn* ~2 vazb*
why: poucit|poucim|poucili|poucime|zlepsit|zlepsili|zlepsime
why q: neco jineho
why: ze zvedavosti
why: za tim rozhodnutim
why: co ~3 delat|udelat|zlepsit|zmenit ~2 lepe|jinak
kill /replacement: lepe|jinak ~3 pro ~2 dalsiho|dalsi|noveho|budouci*
why q: zmenilo|zmenil|zmenila ~2 se ~2 neco|nejak
why q: je|bylo to ~2 nami|mnou|nama
why: odradil|odradila|odradilo|neodradil|neodradila|neodradilo|odradili
why q: byli|byl|byla|jsme|jsem ~3 moc|prilis|prehnane|tak ~2 narocni|narocna|narocny|pomali|chaoticti|neprijemni|nefer|otravni
why: podelit|podelite|podelis|podelil|podelila|sdilet|sdilite ~3 duvod*
why: dozvedet|dozvedeli|dozvedel|dozvedela|zjistit ~4 proc|duvod*|v+cem|co+jsme|co+vas|co+te
why: v cem ~3 jsme|jsem ~3 nesplnili|nesplnil|nesplnila|zklamali|chybovali|selhali|pokazili
why: nesplnili|nesplnil|nesplnila ~3 ocekavani
kill /why: duvod|duvody ~2 zustat|zustal|zustala|pokracovat|zustavat
why: co ~2 rozhodlo|rozhodl|rozhodla|zpusobilo|zpusobil|stoji+za|stalo+za|prevazilo|vas+k+tomu|te+k+tomu
why: co ~3 vas|te|tebe|vam ~3 vedlo|prinutilo|primelo|dovedlo|donutilo|vadilo|trapi|trapilo|chybelo|nevyhovovalo|nevyhovuje|vadi|chybi
why: zajima|zajimalo|zajimal|zajimala|rad|rada ~4 proc|duvod*|co+vas|co+te|co+rozhodlo
why: smim|muzu|mohu|mohl|mohla|mozna ~3 zeptat|vedet ~3 proc|duvod*|co ~2 vedlo|rozhodlo|za+tim
why: prozradit|prozradite|prozradis|sdilet|sdelit|rict|napsat|napiste|reknete ~3 duvod*|proc|co+rozhodlo|co+vas|co+te
why q: cim|co ~2 jsme ~3 zklamali|zklamala|pokazili|vadili|provedli|udelali
why: udelali|udelal|udelala|provedli ~4 co ~3 vadilo|vadi|nevyhovovalo|zlobilo
why q: vadilo|vadi|nevyhovovalo|nebavilo|obtezovalo ~3 neco|na+nas|na+spolupraci

# ---------- moreTime ----------
moreTime: posun*|odloz*|prodlouz*|oddal*|prodlouzeni|posunuti ~5 posledni|konec|termin|den|dne|ukonceni|vypoved*|odchod*|lhut*|datum
moreTime: posledni|konec|konce|termin|datum ~4 den|dne|prace|spoluprace|odchodu ~6 posun*|odloz*|prodlouz*|misto|pozdeji
moreTime w: misto ~3 prosince|prosinci|prosinec|konce|ledna|unora|odchodu|ukonceni|puvodniho|puvodne
moreTime q: misto #
kill =moreTime: faktur*|vyuctovani
moreTime w: do konce ~2 ledna|unora|brezna|dubna|kvetna|cervna|cervence|roku|mesice|skolniho|ctvrtleti|projektu|zimy|jara|sezony|pololeti
moreTime w: az+do|dokud
moreTime: do nastupu|spusteni|vydani|dokonceni|predani|doby|zaskoleni|startu|prijeti
moreTime w: do # ledna|unora|brezna|dubna|kvetna|cervna|cervence
moreTime w: do ledna|unora|brezna|dubna|kvetna|cervna|velikonoc|jara|leta|noveho+roku|pololeti|vanoc
moreTime w: dele|delsi|prodlouzit|prodlouzeni|prodlouzili
moreTime: tydny|tydnu|tyden|mesic|mesice|dny|dnu|cas ~2 navic
kill /moreTime: nekoho|nahradu|cloveka|nastupce|nastupkyni ~2 noveho|novou|jineho? ~1 do|od
kill /moreTime: ve|v|behem ~1 vypovedni ~1 dobe|lhute
kill /moreTime: delsi|dlouhodobejsi|dlouhodobou|viceletou smlouv*|kontrakt*
moreTime q: konec ~2 az|teprve|pozdeji
moreTime: dalsi|jeste ~2 mesic|tyden|tydny|tydnu|mesice|dva+tydny|dva+mesice|tri+tydny|tri+mesice
kill /moreTime: tento|tenhle|pristi|tomto|tenhle|minuly tyden|mesic|tydnu|mesici
moreTime: vic|vice ~2 casu|cas
kill /moreTime: vedet|odpoved*|odpovedet|ozvete|ozvi|rozhodnete|rozhodnes|rozmyslet ~3 do|az
kill /moreTime: casu|cas ~3 rozmysl*|rozmyslenou|premysl*|rozhodnut*|zvazit|zvazeni|promysleni
moreTime: postupn*|pozvoln*|castecn* ~2 odchod|ukonceni|predani|konec|utlum
moreTime: odchazet|odejit|skoncit|koncit|ukoncit|ukoncovat|predavat|odchod ~2 postupne|pozvolna|pomalu|pomaleji|po+castech
moreTime: postupne|pozvolna ~2 odchazet|odejit|skoncit|koncit|ukoncit|ukoncovat|predavat
moreTime: jeden|dva|tri|ctyri|# ~1 dny|den|dnu ~1 v|za ~1 tydnu|tyden
moreTime: az k|ke|do # ledn*|unor*|brez*|dub*|kvet*|cerv*|srp*|zari|rij*|listopad*|prosin*
kill /moreTime: za ~3 dlouhou|delsi|velkorysou|ferovou|dostatecnou|vcasnou? vypovedni ~1 lhutu|dobu
moreTime: polovicni|castecny|castecnem|polovicnim ~2 uvazek|uvazku ~4 v|do|pres|misto|lednu|ledna|unoru
moreTime: polovicni uvazek
moreTime: neprekrocitel*|nemenn*|nezmeniteln*
moreTime q: termin|datum|den|prosinec|# ~3 pevny|pevne|fixni|definitivn*|konecn*|jisty
moreTime: termin* ~4 prostor|posun*|flexib*|menit|zmen*|domluvit
moreTime: prekryv*|prekryval*|prekryvat|prekryvali|prekryvala|prekryti
moreTime: dat|date|dejte|dej ~3 cas ~3 do|az
moreTime: vypovedni ~2 lhut*|dob*
moreTime: minimalne|aspon|alespon ~2 do
moreTime: odchod*|konec|ukonceni|posledni+den|termin ~3 odloz*|posun*|oddal*|prodlouz*|pozdeji
moreTime w: do|az+do polovin*|poloviny|konce|zacatku|pulky ~2 ledna|unora|brezna|dubna|kvetna|cervna|roku|pristiho
moreTime: jeste ~3 do ~2 spusteni|vydani|dokonceni|predani|nastupu|konce|ledna|unora|brezna|dubna
moreTime: prechodn* ~2 dob*|obdobi
moreTime: vypomoct|vypomoci|vypomohl|vypomohla|vypomahat|vypomahal|vypomahala|vypomuzete|vypomuzes ~4 lednu|unoru|breznu|do|az|nez|dokud|pres|jeste
moreTime q: se ~2 to|termin|datum|odchod|konec ~2 protahnout|prodlouzit|posunout|oddalit|odlozit
moreTime q: protahnout|protahnete|protahnes
moreTime: delsi|delsim|delším|pomalejsi|pomalejsim|pozvolnejsi|pozvolnejsim ~2 predavani|predani|prechod*|vypoved*|odchod*|ukonceni
moreTime q: pevne|napevno ~2 dane|dany|dana|stanoveno|stanovene|dano
moreTime q: posledni|konec ~2 den|dnem|termin ~4 az|teprve|pozdeji|misto
moreTime: o ~2 mesic|tyden|par|nekolik|dva|dve|tri|# ~2 tydnu|tydny|mesicu|mesice|dni|dnu
moreTime: mesic|tyden|tydny|mesice ~2 navic|dele|pozdeji
kill /replacement: dokud|nez ~3 nenajdeme|najdeme|najdem|nenajdem|nenajdete|najdete|sezeneme|nesezeneme ~2 nahrad*|nekoho|nastupc*|nikoho
kill /stay: # ~4 definitiv*|konecn*
kill /stay: datum|termin|den|prosinec|prosince ~3 definitiv*|konecn*

# ---------- extraWork ----------
extraWork w: byste|bys ~3 udelat|udelal|udelala|zpracovat|zpracoval|zpracovala|vyrobit
kill /extraWork: udelat|udelal|udelala|udelejte ~5 predani|predavaci|schuzk*|rozhovor|pohovor*|hovor
extraWork w: stih*|zvladnes|zvladnete|zvladla|zvladl
kill /extraWork: abychom|abysme|abych|jsme|bychom ~2 stih*|zvladli|zvladl|zvladla
extraWork w: dodelat|dodelej|dodelejte|dodelal|dodelala|dodelas|dodelate|dokoncit|dokonci|dokoncete|dokoncila|dokoncil|dokoncis|dokoncite|dotahnout|dotahni|dotahnete|dotahla|dotahl|dodat|dodala|dodal|dodate|predelat|predelal|predelala|predelejte|predelej|prelozit|prelozil|prelozila|prelozte|aktualizovat|aktualizoval|aktualizovala|aktualizujte|nastavit|nastavte|nastav|nastavil|nastavila|stihnout|stihl|stihla|stihnes|stihnete|stihli|zvladl|zvladla|zvladnes|zvladnete|zvladnout|povedete|povedes|vest|zpracovat|zpracoval|zpracovala|navrhnout|navrhla|navrhl|vytvorit|vytvoril|vytvorila|spustit|postavit
extraWork w: udelat|udelala|udelal|udelejte|udelej|udelas|udelate|udelali ~3 jeste|navic|taky|take|posledni|zaverecny|zaverecnou
extraWork w: jeste ~4 udelat|udelala|udelal|udelejte|udelej|udelas|udelate|zvladla|zvladl
kill /extraWork: nez|az|po|dokud ~3 dokoncime|dokonceni|dokoncite|skoncite|odejdete|odejdes|skoncis|predani
kill /extraWork: opravit|opravte|opravil|opravila ~3 faktur*|chyb*|castk*|hodin*
kill /extraWork: faktur*|castk*|hodin* ~3 opravit|opravte|opravil|opravila
kill /extraWork: navrhnout|navrhl|navrhla ~2 termin|cas|schuzk*|nekoho|koho
kill /extraWork: koho ~2 byste|bys ~2 navrhl|navrhla
kill /extraWork: vest ~2 kontakt*
extraWork w: pripravit|pripravil|pripravila|pripravte|priprav|pripravis|pripravite|zpracujte|zpracuj|vyrobit|vyrobil|vyrobila|napsat|nakodovat|naprogramovat|nafotit|nagrafikovat|dopsat|dopiste ~4 jeste|kampan*|newsletter*|web*|stranku|strank*|katalog*|modul*|aplikac*|report*|zprav*|prezentac*|logo|banner*|clank*|video*|letak*|redesign*
extraWork: jeste|jeste+bychom ~3 potrebovali|potrebujeme|potreboval|potrebovala|chteli|chtel|chtela ~4 udelat|dodelat|dokoncit|prelozit|pripravit|nastavit|dopsat|zpracovat|vytvorit|spustit|opravit|predelat|aktualizovat
extraWork: jeste ~3 jeden|jednu|jedno|posledni|dalsi ~2 newsletter|kampan|clanek|projekt|ukol|zakazk*|video|banner|prispevek|vydani|cislo|modul|web|stranku|design|logo
kill /extraWork: napsat|pripravit|pripravte|priprav|sepsat|sepiste|zpracovat|vytvorit ~3 inzerat*|zadani|brief|predavaci|prehled|seznam|shrnuti|referenc*|dokumentaci|navod*
extraWork w: opravit|opravte|opravil|opravila ~3 web*|aplikac*|bug*|chyb*|formular*|strank*|eshop*|e-shop*|modul*|kod|system*
extraWork: pripravu|priprava|zpracovani|vyrobu|navrh|tvorbu|realizaci ~4 tiskov*|kampan*|prezentac*|katalog*|letak*|pozvank*|bannery|reklam*|newsletter*|videa|video|fotek
extraWork w /other: prevest|presunout|premigrovat|migrovat|prenest|prevedl|prevedla ~4 na ~3 server|hosting|novy|novou|wordpress|shopify|platformu
extraWork: vzal|vzala|vzit|vezmete|vezmes|vzali ~2 si ~2 na+starost
extraWork w: dostal|dostala|dostat|zapracovat|zapracoval|zapracovala|pridat|pridal|pridala ~4 do ~2 vydani|verze|release|sprintu
kill /moreTime: do ~2 tohoto|toho|tohohle|teto|tehle|aktualniho|pristiho ~2 vydani|verze|release|sprintu
kill /replacement: onboarding ~3 v ~2 aplikac*|aplikaci|webu|e-shopu|produktu
extraWork: sel|sla|sli|jit ~3 do ~3 vizual*|kampan*|projekt*|redesign*|navrh*|web*|newsletter*|katalog*|clank*
extraWork q: vesly|vesla|vesel|veslo|vejde|vejdou ~4 jeste|upravy|prace|ukol|zmeny
kill /invoice: danov* ~1 vyuctovani|priznani
kill /invoice: vykazovaci* ~1 obdobi
extraWork w: danov* ~1 priznani|vyuctovani
extraWork w: posledni|zbyvajici|dalsi varku|davku|serii|sadu
extraWork: kolo|kola|kolem ~2 uprav|zmen|oprav|revizi|korektur|pripominek
extraWork: kdyz|pokud|jestli|jestlize ~4 natocite|natocis|udelate|udelas|dodelate|pripravite|pripravis|navrhnete|navrhnes|zvladnete|stihnete|stihnes|dokoncite|dokoncis|napisete|napises|vytvorite|nafotite|postavite|zpracujete|prelozite|nakodujete|dodate|odevzdate
extraWork: potrebuje|potrebuji|chybi|ceka ~3 jeste? posledni|finalni|zaverecn*|jednu ~1 korektur*|upravu|upravy|kontrolu|dotazeni|doladeni|revizi
extraWork w: dodani|dokonceni|odevzdani|zpracovani
extraWork w: napisete|napises|napsal|napsala|napsat|dopisete|dopises ~4 jeste|clanky|clanek|prispevk*|texty|newsletter*
kill /extraWork: dokoncovat|dodelavat|dotahovat|prekladat|pripravovat ~3 nemusite|nemusis|netreba
kill /extraWork: prevezmeme|prevezmu|dodelame|dokoncime|dotahneme|udelame

# ---------- invoice ----------
invoice w: penale|penalizac*
invoice w: vyfakturov*|vyfakturuj*|uctov*|uctuj*|nauctov*|prenesen*|faktur*|vyuctovani|dobropis*|sleva|slevu|slevy|dph|ico|dic|vykaz*|iban|swift|fakturac*
invoice: faktur*|vyuctovani|castk* ~6 nesedi|spatne|chyb*|vyssi|nizsi|nedorazil*|neprisl*|preklep|chybi|obsahuje|zahrnuje|nesouhlasi|nesedi|neodpovida|vic|vice|mene|min|navic|hodin|hodiny|dvakrat|omylem
invoice: nesedi|preklep|vyuctoval*|nauctoval*|uctoval|uctovala|prepocit*|opravenou|opravene|dobropis*|preuctov*
invoice: cislo|číslo ~2 uctu
invoice: bankovni ucet|spojeni
invoice: cislo|c ~2 objednavk*
invoice: faktur* ~3 uctovan*|hodinove
invoice: faktur* ~6 plnou|zrusen*|neprobehl*|omylem
invoice: faktur* ~6 starou|starym|stare|stara|puvodni|puvodnim|lonsk*|minulorocn*|chybn*|spatn*|neplatn* ~2 adres*|nazv*|nazev|cisl*|udaj*|ic*|dic*|sazb*|datem|datum
invoice: splatk*|splatek
invoice q: ^ je|neni|bylo to ~1 omyl|omylem|chyba|chybou|preklep
invoice q: ^ za co to ~1 je|bylo
invoice: platb*|castk*|faktur* ~2 rozlozit|rozdelit|rozlozte|rozdelte
invoice: rozlozit|rozdelit|rozlozte|rozdelte ~3 platb*|castk*|faktur*
kill -invoice: faktur*|vyuctovani|castka ~2 je|vypada|sedi|jsou ~2 v+poradku|spravne|dobre|ok|spravna|spravně
kill -invoice: v+poradku|sedi ~2 faktur*
invoice: faktur* ~4 chybi|chybet|nema|neobsahuje|bez|v+eurech|v+korunach|v+dolarech|na+adresu|na+pobocku|adresovat|adresujte|vystavit|vystavte|vystavila|vystavil
invoice: chybi|chybel|chybela|nema|neobsahuje ~4 faktur*
invoice: adresujte|adresovat|vystavte|vystavit|vystavila|vystavil|poslete|posilejte|zaslete ~3 faktur*
invoice q: kdy|kam|jak|proc ~4 faktur*|vyuctovani
invoice: kopii|kopie|duplikat|pdf ~3 faktur*
invoice: sleva|slevu|slevy|slevou ~4 faktur*|castk*|cenu
invoice: rozepsat|rozepiste|rozepis|rozdelit|rozlozit|rozdelte|rozlozte ~4 faktur*|castk*|hodin*|polozk*
invoice q: kam|kdy|jak ~3 platb*|zaplatit|uhradit|zaplatime|uhradime
invoice: odectete|odecist|odectena|strhnout|snizte|snizit ~4 faktur*|castk*|hodin*|polozk*
invoice: vystavit|vystavte|vystavila|vystavil|poslat|poslete|zaslat|zaslete ~3 znovu|opet|znova|opravenou|novou
invoice: znovu|opet|znova ~2 vystavit|vystavila|vystavil|poslat|poslala|poslal
kill -invoice: jako ~2 vzdy|vzdycky|obvykle|obvykla
kill -invoice: zaplatim|zaplatime|uhradime|uhradim|schvalime|schvalim|proplatime ~3 celou|v+plne|jako|obvykle|vcas|dnes|zitra
# faktura už zaplacená je oznámení, ne dotaz ("fakturu jsme včera uhradili")
kill -invoice: faktur*|platb* ~4 jsme|jsem|uz ~3 uhradil*|zaplatil*|proplatil*|poslal*|odeslal*
kill -invoice: uhradili|zaplatili|proplatili|uhradil|zaplatil|uhradila|zaplatila|proplatila ~1 jsme|jsem ~3 faktur*|platb*

# ---------- replacement ----------
replacement: doporuc*
replacement: poradit|poradite|poradila|poradil|poradis ~3 nekoho|nekoho
replacement: pomoc*|pomohl*|pomuzete|pomuzes|pomozte ~3 vybrat|najit|hledat|vyhledat|vybirat
replacement: novemu|nove ~2 kolegovi|kolegyni|cloveku|dodavateli|agenture|vyvojari|vyvojarce|grafikovi|ucetni
kill /replacement: doporucujeme|doporucuji ~3 abyste|abys
replacement: nahrad|nahradu|nahrady|nahrade|nahradnika|nahradnici|nahradit|nahradi|nahradnik
replacement: nastupc*|nastupkyn*|nastupce
replacement: vite|nevite|vis|nevis|znate|neznate|znas|neznas ~3 o? nekom|nekoho|nekomu
replacement: nekom|nekoho ~3 vite|nevite|vis|nevis|znate|neznate|znas|neznas
replacement: kontakt|kontakty ~3 na ~2 nekoho|nekom|lidi|cloveka
replacement: seznamit|seznamte|seznamila|seznamil|seznamila ~4 s|se ~2 nekym|nastupc*|novym|novou|tim|toho|koho
replacement: jmen|jmena|jmeno|jmeny
replacement: tip ~3 kdo|na+nekoho
replacement w: pohovor*|pohovoru|kandidat*|uchazec*|portfoli*
replacement: zaskol*|zauc*|zapracov*|onboard*|zaskoleni
kill /replacement: zauctov*|zauctuj*
replacement: s ~2 koleg*|grafik*|vyvojar*|ni|nim|nimi ~2 nas|me? ~1 seznamte|propojte|seznamit|propojit
replacement w: inzerat*|nabidku+prace|pracovni+nabidk*
replacement: s novym|novou ~2 clovekem|kolegou|kolegyni|vyvojarem|vyvojarkou|dodavatelem|agenturou|grafikem|grafickou|ucetni|osobou|programatorem
replacement: koho ~2 prijmeme|najdeme|najmeme|vybereme|prijmou
replacement: koho ~3 navrh*|doporuc*
replacement: nekoho|nekym ~3 kdo ~3 prevzal*|prevezme|dela|delal*|by|umi
replacement: predavaci|predavacim ~2 setkani|schuzk*|schuzku
replacement w: predani|predavani|predavaci ~3 s|se ~2 agentur*|nastupc*|novym|novou|kolegou|kolegyni|dodavatel*|studiem|firmou
replacement w: agentur*|studio|studiem|firm*|dodavatel*|grafik*|vyvojar*|cloveka|clovekem ~3 kterou|ktereho|ktery|kterym|ktere ~2 bereme|najimame|najmeme|vybirame|vybereme|vybrali|najali|prijmeme|prijimame
replacement: prekryv*|prekryval*|prekryvat ~2 se? ~2 s|se ~3 agentur*|nov*|nastupc*|kolegou|kolegyni|ni|nim|nimi|tim|tou|tymem
replacement w: spolecn* ~2 schuz*|sezeni|hovor*|predani|tyden|tydny|dny ~2 s|se
replacement: seznamit|seznamte|seznamila|seznamil|seznamite|predstavit|predstavte|propojit|propojte ~2 nas|me|mne|nam ~2 s|se
replacement: seznamit|seznamte|seznamil|seznamila|zaucit|zaskolit|provest|briefovat|zabriefovat ~2 agentur*|nastupc*|nov*|dodavatel*
replacement: nas|me|mne ~1 seznamit|seznamil|seznamila|predstavit|predstavil|predstavila|propojit|propojil|propojila ~1 s|se
replacement: pro|s|se ~2 noveho|novou|nove|novym|dalsiho|dalsi|budouciho|budouci|nastupujiciho ~2 dodavatel*|kolegu|kolegou|kolegyni|kolegyn*|vyvojar*|grafik*|agentur*|clovek*|cloveka|osob*|ucetni|programator*|spravc*|copywriter*|fotograf*
replacement: zadani|brief|podklady ~3 pro ~3 nov*|dalsi*|nastupc*|budouc*
replacement: mas|mate|znas|znate|vite|vis ~3 v+okoli|ve+svem|nekoho|nekoho+sikovneho|kolegu|kolegyni
replacement: nekoho|nekoho+sikovneho|nekoho+dalsiho ~3 kdo ~3 by ~3 prevzal|prevzala|vzal|vzala|delal|delala|pokracoval|zvladl|prevzit
replacement: pohovor*|vyberove+rizeni|vyberu ~3 s+uchazec*|s+kandidat*|zucastnit|zucastnila|zucastnil|byt+u|pomoct|pomoci
replacement: doporucit|doporucte|doporucite|doporucil|doporucila|doporucis ~3 par|nekoho|lidi|kolegu|kolegy|nahradu|agenturu
replacement: provedl|provedla|provest|provedte|provedete|ukazat|ukazal|ukazala|ukazte|predat|pomoct|pomoci|pomohl|pomohla ~3 noveho|novou|nove|novym|novemu|nastupc*|nastupkyn* ~3 kodem|systemem|vsim|vecmi|agendou|projektem|praci|dokumentaci|ucetnictvim|kolegu|kolegyni|vyvojar*|grafik*|cloveka|dodavatel*|agentur*
replacement: seznamit|seznamte|seznamila|seznamil|seznamite|propojit|propojite|propojil|propojila ~4 s|se ~3 agentur*|grafik*|vyvojar*|koleg*|nekym|nastupc*|novym|novou|freelancer*|clovek*|firm*|studi*|tou|tim
replacement: napada|nenapada ~3 nekdo|nekoho
replacement: nekdo|nekoho|nekoho+dalsiho ~4 prevzit|prevzal|prevzala|prevzali|prebrat|prebral|prebrala
replacement: tip|tipy ~2 na ~3 grafik*|vyvojar*|programator*|ucetn*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|prekladatel*|textar*|designer*|koder*|marketer*|specialist*|dodavatel*|firm*|studi*|clovek*|cloveka|nekoho|lidi|nekoho+dalsiho
replacement: kontakt|kontakty ~3 na ~3 nejak*|spolehliv*|dobr*|grafik*|vyvojar*|programator*|ucetn*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|prekladatel*|textar*|designer*|koder*|marketer*|specialist*|dodavatel*|firm*|studi*|clovek*|cloveka|nekoho|lidi|nekoho+dalsiho
replacement w: zivotopis*|cvcka
replacement: pro|s toho|tim|tu|tou|nekoho|nekym ~2 kdo ~3 prevezme|prevzal|prevzala|nastoupi|nahradi|bude+pokracovat|to+bude+delat
replacement: provest|provedl|provedla|provedte|provedete|provedes ~3 ho|ji|je|jej ~3 kodem|systemem|projektem|agendou|vsim|aplikaci|webem
replacement: znate|neznate|znas|neznas|vite|nevite ~3 grafik*|vyvojar*|programator*|ucetn*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|prekladatel*|textar*|designer*|koder*|marketer*|specialist*|dodavatel*|nekoho|nekom
replacement w: popis ~2 pracovni|pozice|prace
replacement: inzerovat|inzerujeme|inzerat* ~3 pozic*|misto
replacement: provest|provedl|provedla|provedte|provedete|provedes|provedli kodem|systemem|projektem|agendou|aplikaci|webem|repozitarem
kill /invoice: pozdni|pozdnimi|zpozdene|zpozdenymi|zpozdenych ~2 platb*|faktur*
replacement: zaucit|zaucila|zaucil|zaucte|zauc|zaskolit|zaskolila|zaskolil|zaskolte
kill /replacement: uz|jiz ~2 mame|mam|jsme+nasli|jsme+vybrali ~3 nov*|nahrad*|nastupc*|nekoho
kill -replacement: uz ~3 mame|nasli|najali|vybrali|mam|nasel|nasla|mame
kill -replacement: nahradu|nastupce|nekoho ~2 uz ~2 mame|mam|mame

# ---------- acceptance ----------
acceptance: dekuj*|dekujeme|diky|dik ~3 za ~3 vsechno|vse|vsechnu|spolupraci|praci|roky|let|otevrenost|ferovost|upřímnost|podporu|pomoc|odvedenou|skvelou|krasne|ferovy|uprimnost|jasn*|vcasne|krasnou|skvelou|dobrou
acceptance: rozumim|rozumime|chapu|chapeme|chapem ~6 dekuj*|diky|dik|vdecni|vdecna|vdecny
acceptance: dekuj*|diky|dik ~6 rozumim|rozumime|chapu|chapeme
acceptance: naprosto|plne|uplne|samozrejme|zcela|dokonale|vse|vsechno|dobre ~3 chapu|chapeme|rozumim|rozumime|chapat
acceptance: respektuj*|respektujeme|respektuji|prijimame|prijimam|prijato|prijimat|souhlasime|souhlasim|akceptujeme|akceptuji
acceptance: beru|bereme ~2 na vedomi|vedomi
acceptance: potvrzuj*|potvrzujeme|potvrzuji
acceptance: hodne|mnoho ~2 stesti|uspechu|zdaru|sil
acceptance: at se ~2 dari|dari|vede
acceptance: drzim|drzime palce|palec
acceptance: prej*|prejeme|preji|prejem ~4 hodne|vse|jen|uspech*|stesti|nejlepsi|krasne|dobre
acceptance: vse dobre|nejlepsi
acceptance: zustanme|zustaneme|zustat|zustan|zustante|budeme ~2 v|ve ~2 kontaktu|spojeni
acceptance: ozyvej|ozyvejte|ozvete se
acceptance: jsme|jsem ~2 vdecni|vdecna|vdecny|radi
kill /acceptance: jsme|jsem ~2 radi ~3 kdybyste|kdybys|abyste|abys|pokud|kdyz|jestli
acceptance: nic ve zlem
acceptance: vzpominat|vzpomeneme
acceptance: mejte|mej ~2 se
acceptance: rozhodnuti ~2 chapeme|chapu|respektujeme|respektuji|prijimame|rozumime|rozumim
acceptance: ale ~2 chapu|chapeme|rozumim|rozumime|respektujeme|respektuji
acceptance: gratul*
acceptance: potesenim|potesenim|potesení
acceptance: budou|bude|budete|budes ~3 chybet
acceptance: cesty ~4 potkaj*|zkriz*|setkaj*
acceptance: pozehnan*
acceptance n f: nebudu|nechci|nebudeme|nechceme ~4 prit|premlouvat|branit|zdrzovat|tlacit|prehovarat|presvedcovat|dohadovat|rozporovat|napadat|zpochybnovat|hadat
acceptance n f: prit|premlouvat|branit|zdrzovat|tlacit|presvedcovat|dohadovat|rozporovat|napadat|zpochybnovat|hadat ~2 nebudu|nebudeme|nechci|nechceme
acceptance: # ~3 vyhovuje
acceptance: jak navrhujete|navrhujes
acceptance: zvladneme|poradime+si|nejak+to+zvladneme
acceptance k: dekuj*|dekujeme|diky|dik ~3 za ~3 vypovedni|lhutu|predstih|upozorneni|informaci|oznameni|zpravu|avizo|info|e-mail|email
acceptance k: dekuj*|diky|dik ~2 ze ~4 rekl*|oznamil*|informoval*|napsal*|upozornil*|vedet|davate|davas|dal+vedet|dala+vedet|ozval*
acceptance: #|termin|datum|den|plan|postup|prosinec ~3 je|nam|mi ~2 v+poradku|fajn|ok|dobry|vyhovuje|sedi|plati|vyhovuje
acceptance: vse|vsechno ~2 jasne|jasny|v+poradku|rozumim|chapu
# potvrzení, že zprávu četl ("Rozumím.", "Beru na vědomí."), je přijetí samo i vedle žádostí, které konec berou jako daný (ne vedle prosby o setrvání, peněz nebo pozdějšího data)
acceptance k: ^ rozumim|rozumime|chapu|chapeme|jasne|jasny|ok|oukej
kill /acceptance: ^ rozumim|rozumime|chapu|chapeme ~1 ze|jak|vasi|vase|tvoji|tvoje|proc
# souhlas ("V pořádku", "Za mě v pořádku") je přijetí i vedle žádostí, které konec berou jako daný nebo jen posouvají datum
acceptance a: ^ v+poradku|v+pohode|prijato|vyrizeno|souhlas|fajn|beru|bereme|berem
acceptance a: ^ za mne|me|nas ~1 v+poradku|ok|dobre|fajn
acceptance a: ^ to+je|to+bude ~1 v+poradku|ok|fajn
acceptance: reknu|reknu+to|dam+vedet|oznamim|predam+to|vyridim ~3 tymu|kolegum|vsem|vedeni|lidem
kill /acceptance: analyti*|koleg*|grafik*|vyvojar*|cloveka|pracovnik*|zamestnan*|juniorn*|ucetni|asistent*|nov* ~3 kterou|ktereho|ktery|koho|kteri ~1 ted? prijimame|prijimam|prijmeme
acceptance: uzijte|uzij ~2 si
acceptance: styskat|styska
acceptance: plan|postup ~4 je ~2 perfektni|skvely|v+poradku|dobry|fajn|super
acceptance: byla|bylo|byl to ~3 radost|potesen*|cest|zazitek|pozitek
acceptance: dava|davá ~2 to ~2 smysl
acceptance f: je ~2 to ~2 skoda|skoda
acceptance: prevezmeme|prevezmu|dodelame|dokoncime|dotahneme|postarame+se|prebereme|zvladneme+to
acceptance: hodne|mnoho ~2 uspechu|stesti|zdaru
acceptance: preji|prejeme|prejem ~3 uspech*|stesti|zdar|vse|krasne|pohodu|hezke
acceptance: respektuji|respektujeme|respektuju ~2 to
acceptance: rozluckov*|rozlucit|rozloucit|rozloucime|rozlouceni|rozlucku|rozloučit

# ---------- other ----------
other: pojdme|pojd ~2 to|si|se ~1 probrat|prebrat|promluvit|sejit|pobavit
other: ^ zitra|dnes|odpoledne|rano|pozdeji ti|vam ~2 zavolam|zavolame
kill /other: za ~1 rozhovor|hovor|schuzku|kafe
other w: rozhovor|rozhovoru|potkat|potkame|potkali|sejdeme+se|potkejme|zavolat|zavolej|zavolejte|zavolala|zavolal|zavolame|zavolam|zavolali|zavolali+si|hovor|hovoru|schuzk*|sejit|sejdeme|sejdem|kavu|kafe|obed|pivo|vecere|rozlucku|rozluckov*|videohovor|call|zoom|teams|meet|telefonat|telefonicky|osobne
kill /other: poslednim|minulem|nasem|tom ~2 hovoru|hovore|telefonu|schuzce
kill /other: po ~2 telefonu
other r: loga|logo|fonty|font*|prohlaseni|soubor*|zdrojov*|pristup|pristupy|pristupu|pristupum|pristupova|pristupove|pristupovych|hesl*|login*|repozitar*|repo|kod|zdrojak*|zaloh*|export*|archiv*|formular*|podepsan*|podpis*|notebook|pocitac|karta|kartu|klic*|klice|seznam|prehled|shrnuti|referenc*|autorsk*|nda|mlcenlivost*|smazat|smazani|vymazat|ucet|ucty|uctu|domen*|sluzb*|licencni|dohodu|vybaveni
other w: autorsk*|vlastnik*|vlastnictv*|vlastni+prava
other w: posli|poslete|zaslete|poslat|zaslat|predejte|predat|sdilejte|posilejte|predal|predala ~5 material*|podklad*|data|nahravk*|sablon*|zprav*|fotk*|grafik*|vystup*|dokumentac*|dokument*|slozk*|disk|manual*|pdf|verzi
kill /other: cislo ~2 uctu|ucet
kill /other: pod ~2 uctem
kill /other: prevest|prevedeme|prevedu|prevedl ~3 na ~3 pausal*|smlouv*|uvazek|sazb*
kill /other /invoice: zrusit|zrusime|zrusili ~3 vykazovani|vykazy|vykaz|hodin*
kill /other: posun*|prodlouz* ~3 smlouv*
kill /other: pristup*|prehled|seznam ~3 k|ke ~2 fakture|hodinam
other w: prevest|prevedte|prevedly|prevedla|prevedl|prevod|prevodu|zrusit|zruste
other w: sdilet|sdilejte|nasdilet|nasdilejte ~3 soubor*|slozk*|disk*|dokument*|pristup*|heslo|hesla|ucet|ucty|kalendar|tabulk*
other w: kde ~4 ulozen*|najdu|najdeme|je|jsou|mame|najit
other q: kam ~4 ukladal*|ukladat|ulozil*|ulozit|dal|dala|dali|davas|davate|nahraval*|zalohoval*
other: ^ sejdeme|sejdete|potkejme|zavolejme se|si
other w: sesel|sesla|sesli|sejdete|sejdes ~3 se+mnou|s+nami|s+nama|s+nami
kill /other: s ~2 podpisem|razitkem
kill /other: v+priloze|prikladame|posilame|zasilame|prilozeny|prilozene|prilozenou ~3 formular*|dokument*|smlouv*
kill /other: naucil*|naucit|zaucit|zaucil*|zaskolit|ukazat|ukazal*|ukazte|ukazat|vysvetlit ~5 kod|system|repozitar*|soubor*
kill /other: prevod|prevodu ~2 dat|webu|databaze|systemu|obsahu
kill /other: obnov* ~2 domen*|hosting*
other r: smaz*|vymaz*|odstran* ~4 data|udaje|soubor*|kopie|zaznam*|zalohy|zalohu
other: preposilam|preposlal|preposlala|predavam|predal|predala ~3 zpravu|email|vedeni|panu|pani|reditel*|kolegovi|kolegyni|dal
other: ozve+se|ozvou+se|ozve
other q: mate|mas|najdete|najdes ~4 pul+hodiny|hodinku|chvilku|chvili|minut
other: proberu|probereme|prodiskutuji|prodiskutujeme|konzultuji|konzultujeme|poradim+se|poradime+se ~4 vedenim|sefem|kolegy|partnery|reditelem|tymem|s
other: ozvu|ozveme|ozvu+se|ozveme+se|dam+vedet|dame+vedet
# ---------- fourth round: general shapes ----------
replacement: prvni ~1 tyden|dny|tydny|mesic ~3 s|se ~1 ni|nim|nimi
replacement: zadani|brief|podklad*|predavaci ~2 pro ~3 agentur*|nastupc*|nov*|toho|tu|ty|koho|nekoho
kill /other: schuzk*|schuzce|sezeni|hovor* ~2 s|se ~1 novou|novym|nastupc*|agentur*
stay: co ~3 musi|melo|mame|potrebujete|potrebujes ~2 zmenit|zlepsit
stay: zmenime|zlepsime|napravime ~1 to|cokoli|co|vse
stay n: neprijmu|neprijmeme|neakceptuji|neakceptujeme|nevezmu ~4 bez|jen+tak
stay n: bez|jen+tak ~3 neprijmu|neprijmeme|neakceptuji|neakceptujeme
stay n: nerozhodujte|nerozhoduj ~2 nic|jeste|zatim|hned
stay: rozmluv*|vymluv*
stay: nezvazil|nezvazila|nezvazili|nerozmyslel|nerozmyslela|neprehodnotil|neprehodnotila ~2 byste|bys
stay q: zmenil|zmenila|zmenilo|zmenily by ~3 na+veci|neco|nazor|rozhodnuti
kill /why: co by ~3 primelo|presvedcilo|motivovalo|prinutilo|donutilo ~2 zustat|zustal|zustala|zmenit|vratit
why: cim|co|v+cem ~1 jsme|jsem ~2 to? ~1 pokazili|pokazil|pokazila|zkazili
why q: ^ byly|jsou to ~2 ty|nase|moje|pozdni|caste|neustale
moreMoney: zaplatime|zaplatili+bychom|zaplatil+bych|zaplatim|budeme+platit|platili+bychom ~4 sazb*|stejne|vic|vice|navic|plnou|dvojnasob*|priplat*|odmen*|honorar
moreMoney: zaplatime|zaplatili+bychom|zaplatim|zaplatil+bych|dame|dali+bychom|nabizime ~3 # ~1 kc|korun|eur|euro|tisic|tis
moreMoney: faktur*|platby ~3 platit|platili|platime|zaplatime|proplacet|proplatime|hradit|uhrazovat|uhradime ~2 do|behem|za ~1 #|peti|sedmi|deseti|tri|dvou|ctrnacti|tydne|tyden
kill /invoice: faktur*|platby ~3 platit|platili|platime|zaplatime|proplacet|proplatime|hradit|uhrazovat|uhradime ~2 do|behem|za ~1 #|peti|sedmi|deseti|tri|dvou|ctrnacti|tydne|tyden
moreMoney: jestli|pokud|jestlize|kdyz|kdyby ~2 sazba|sazbu|penize|honorar|odmena|cena|o+penize
kill /moreMoney: splatnost ~1 je|jsou|cini|byla
kill /moreMoney: novou|nove ~1 smlouv* ~3 podepsat|podepsana|podepsanou|schvalit|schvalena|uzavrit
kill /moreTime: dokud|az|nez ~4 promluvime|nepromluvime|probereme|neprobereme|pobavime|sejdeme|nesejdeme
kill /moreTime: vratte|vratit|poslete|poslat|zaslete|odevzdejte|odevzdat|predejte|predat ~2 do|az+do ~2 konce|zacatku|poloviny|pondeli|patku|utery|stredy|ctvrtka
extraWork n: zustat|zustal|zustala|zustanete|zustanes|zustante|zustali|zustavat ~3 dokud|az|nez ~3 nebude|bude|budou|nebudou ~3 hotov*|dokoncen*|dodelan*|venku|spusten*|nasazen*
extraWork: jako ~1 samostatn*|extra|zvlastni|oddelen* ~1 zakazk*|projekt*|praci|ukol
extraWork w: nafot*|vyfot*
kill /acceptance: pak|potom|pote ~3 prevezmeme|prevezmu|zvladneme|prebereme|postarame+se
other q: cas|hodin*|minut*|chvil* ~2 na ~1 telefon|hovor|call|kafe|kavu
kill /other: strank*|sekc*|podstrank* ~2 archiv*
kill /other: rezervacn*|kontaktni*|objednavkov*|registracni*|webov*|online|prihlasovac* ~1 formular*
kill /other: export* ~1 mezd|mzdov*|ucetn*|dph
kill /other: mzdov*|ucetni ~1 export*
kill =other: opravenou|opravena|upravenou verzi|fakturu
kill /moreMoney: bezn*|obvykl*|standardni|normalni|dohodnut* ~2 sazb*|cen*|honorar*
invoice r: rozdelit|rozdelte|rozdelila|rozdelil|rozdelite|rozdelis ~2 ji|ho|je|to ~1 na ~1 dve|dva|tri|casti|polovinu|pul
invoice r: ji|ho|je ~1 rozdelit|rozdelte|rozdelila|rozdelil|rozdelite|rozdelis ~1 na ~1 dve|dva|tri|casti|polovinu|pul
invoice: rozpis|rozpisu|vypis|vypisu ~1 hodin|odpracovanych|casu|vykazanych
why q: ^ ale|nebo|anebo byly|jsou to ~2 ty|nase|moje|pozdni|caste|neustale
kill /other: poslat|poslete|zaslat|zaslete|posles|posli ~2 ji|ho ~1 znovu|opet|znova
kill /stay: prisel|prisla|prisli|prijit|prijdeme ~3 uprostred|v+pulce|v+pul|behem
# ---------- fifth round: general shapes ----------
# nástupce: koho oslovit, pomoc s výběrem, kontakt na kolegu, nová osoba v každém pádě, nováček, předat jí/mu vše
replacement: koho ~2 oslovit|oslovime|najmout|najmeme|angazovat|vzit|vybrat|zkusit|poptat|obratit
replacement: pomuzete|pomuzes|pomozte|pomoz|pomoct|pomoci|pomohl+byste|pomohla+byste|pomohl+bys|pomohla+bys|poradit|poradite|poradte|poradila+byste|poradil+byste ~4 vyber*|vyberem|hledani*|hledanim|nabor*
replacement: kontakt|kontakty|cislo|telefon|mail|email|e-mail ~2 na ~2 toho|tu|nejak*|sveho|svou|vaseho|vasi|tveho|tvou|jednoho|jednu ~1 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*|kamarad*|znam*
replacement w: zastupoval|zastupovala|zastoupil|zastoupila|zaskakoval|zaskakovala|zaskocil|zaskocila
replacement w: novemu|novym ~1 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*
kill /replacement: ucetn* ~1 program*|system*|softwar*|zaverk*|databaz*|doklad*|obdobi|uzaverk*|firm*|kancelar*|sluzb*|zaznam*|aplikac*|vykaz*|rok*|evidenc*|predpis*
replacement w: novack*|nove+posile|novou+posilu|nova+posila
replacement: o nekom ~2 vedel|vedela|vedeli|vite|vis|slysel|slysela|slyseli
replacement r: predat|predal|predala|predate|predas|predejte|predej|ukazat|ukazte ~1 mu|ji|jim ~2 vse|vsechno|agendu|praci|ukoly|klienty|osobne
replacement r: mu|ji|jim ~2 vse|vsechno|agendu ~1 predat|predal|predala|predate|predas|predejte|ukazat|vysvetlit
replacement r: mu|ji|jim ~1 predat|predal|predala|predate|predas|predejte|ukazat ~2 vse|vsechno|agendu|osobne
invoice: faktur* ~8 dohodnut*|domluven*|sjednan* ~2 cena|castka|suma|cenu|castku
invoice: faktur* ~8 podle ~2 naseho|nasich|nas ~2 pocitani|vypoctu|zaznamu|evidence|vykazu
kill /other: predat|predam|predate|predal|predala|predejte|predas|prinest|prinesu|vratit|vratim ~4 osobne
kill /replacement: napsat|napiste|napisete|napsal|napsala|napises|sepsat|sepsal|sepsala|dat|date|poslat ~3 doporuceni|doporucujici
other: napsat|napiste|napisete|napsal|napsala|napises|sepsat|sepsal|sepsala ~3 doporuceni|doporucujici
acceptance: si poradime|poradim
# setrvání za cenu nebo pod podmínkou; "nechoď"; přesvědčit Vás
stay: ochotn*|ochoten ~3 pokracovat|zustat|spolupracovat|vydrzet
stay: pokracovat|pokracoval|pokracovala|pokracovali ~1 za ~2 #|vic|vyssi|lepsi|stejn*
stay: kdyz|pokud|jestli|jestlize|kdybyste|kdybys ~2 budete|budes|byste|bys ~1 pokracovat|pokracoval|pokracovala|pokracovali
stay n: nechod|nechodte
stay: vas|te|tebe ~2 presvedcit|presvedcili|presvedcime|presvedcim|presvedcil|presvedcila|presvedcovat
stay: presvedcit|presvedcili|presvedcime|presvedcim|presvedcil|presvedcila|presvedcovat ~2 vas|te|tebe
# peníze: procenta slovem, cestovné, pravidelná práce, jiná sazba
moreMoney: plus|o|navic|dalsich|pridame|zvysime ~1 pet|deset|patnact|dvacet|tricet|ctyricet|padesat ~1 procent*
moreMoney: proplatime|zaplatime|uhradime|pokryjeme|hradime|platime|proplatili+bychom|zaplatili+bychom ~3 i? ~1 cestovne|ubytovani|dopravu|parkovne|stravne|jizdne|cestovni+naklady|vydaje
moreMoney: rozpocet ~3 na ~3 cestovne|ubytovani|dopravu|vase|tve
moreMoney: nabid*|zajistime|zarucime ~4 pravideln*|stal*|jist*|garantovan*
moreMoney: v+rozsahu|objemu ~1 # ~1 hodin
moreMoney: financne ~4 jist*|vyhodn*|lepe|zajimav*
kill /invoice: nesedi|nevyhovuje|nevyhovovala ~2 sazba|cena|odmena
kill /extraWork: navrhnete|navrhnes|navrhnout|navrhni ~2 jinou|novou|jiny|novy|vlastni|cenu|sazbu|castku
# práce navíc: za dokončení X zaplatíme, když ještě přeložíte, dopsat, dokud nebude hotový
extraWork: za ~1 dokonceni|dodelani|preklad|prelozeni|prevedeni|prevod|zpracovani|pripravu|udelani|vytvoreni|nafoceni|nastaveni|napsani|opravu|migraci|inventuru|focen*|natoceni ~8 zaplatime|zaplatim|bychom|dame|dali+bychom|nabizime|nabidneme|pridame|priplatime|priplatek|bonus|navic
extraWork: kdyz|pokud|jestli|jestlize|kdybyste|kdybys ~4 prelozite|prelozis|prelozila|prelozil|vyfotite|vyfotis|vyfotila|vyfotil|nafotila|nafotil|udelala|udelal|dodelala|dodelal|dokoncila|dokoncil|pripravila|pripravil|nastavila|nastavil|zpracovala|zpracoval|navrhla|navrhl|opravila|opravil|prevedla|prevedl|prevedete|nakreslila|nakreslil
extraWork w: dopsat|dopsal|dopsala|dopsali|dopisete|dopises|dopiste|doprelo*|dofot*|dokreslit|dokreslil|dokreslila|doprogramovat|dokodovat|doladit|doladil|doladila|dolad|dolaďte|doladte
extraWork n: dokud|dokavad ~1 nebude|nebudou ~4 hotov*|dokoncen*|dodelan*|spusten*|nasazen*|venku
moreTime n: dokud|dokavad ~1 nebude|nebudou|nenajdeme|nenajdete|nenastoupi|neskonci|nespustime|nedokoncime
kill /other: udelat|udelejte|udelej|dodelat|dodelejte|dodelej|zpracovat|zpracujte|zpracuj|vypracovat|vypracujte|sestavit|sestavte|dokoncit|dokoncete ~4 prehled*|vykaz*|report*|souhrn*|shrnuti|zaverk*|zuctovani
kill /other: dokonc*|dodel*|dotah* ~4 prevod*|migrac*|presun*|prechod*
kill /other: prevest|prevedte|prevedl|prevedla|prevod|prenest|prenesl|prenesla|presunout ~6 do ~1 noveho|nove|novou|systemu|aplikace|databaze|archivu
extraWork w: prenest|prenesl|prenesla|prenesete|prenes
kill /other: nastav*|zprovozn*|zaved* ~4 zaloh*|export*|archiv*
# pozdější datum: do té doby, až koncem / po, je nutné už #, rozložit ukončení
moreTime -stay: do|az+do te|tehdy ~1 doby|chvile ~3 zustat|zustal|zustala|zustanete|zustanes|zustali|vypomahat|vypomoct|vypomoci|pracovat|pokracovat|byt|vydrzet|vydrzel|vydrzela|pomahat|fungovat
moreTime w: az ~1 koncem|zacatkem|polovinou|v|po|od|na|k ~2 ledn*|unor*|brez*|dub*|kvet*|cerv*|novem|noveho|vanoc*|velikonoc*|svatc*|jaru|jare|lete|roku|konci
moreTime q /stay: nutne|treba|musite|musis|musi ~3 uz|hned|jiz ~1 #|v|k|do|od|koncem|tento|pristi
moreTime: ukonceni|odchod|konec|predani|skonceni ~3 rozlozit|rozlozte|rozvolnit|rozprostrit|natahnout
moreTime: rozlozit|rozlozte|rozvolnit ~3 ukonceni|odchod|konec|predani|skonceni
# jiné: zastavit se u nás, zavolám Vám, sejít se s Vámi, protokol, šanony, slovník
other: zastavte|zastav|stavte|stavit|zastavit|zastavil|zastavila|stavil|stavila ~2 se ~3 u+nas|za+nami|v+kancelari|u+me|u+mne|na+urad*|na+kafe|u+nas+v
other: zavolam|zavolame|zavolala|zavolal ~2 vam|ti|tobe ~4 zitra|dnes|odpoledne|dopoledne|rano|vecer|v|ve|pozdeji|behem
other: s+vami|s+tebou ~2 sesel|sesla|sesli|sejit|potkat|potkal|potkala|potkali|sejdu|sejdeme
other q: mate|mas|budete+mit|najdete|najdes ~1 cas ~3 v|ve|zitra|dnes|pristi|odpoledne|dopoledne|rano
other r: protokol*|sanon*|terminolog*|glosar*|slovnik*|spisy|originaly|originalu|doklady|dokladu
other r: pamet|pameti ~1 prekladu
kill /other: ucet|ucty|uctu ~4 bank*
kill /other: bank* ~3 ucet|uctu
invoice w: ucet|uctu ~4 bank*
kill /other: seznam|prehled|vypis|soupis ~3 faktur*|nezaplacen*|neuhrazen*
# důvod: byl to nějaký konkrétní důvod, vysvětlíte mi to, nerozumím tomu
why q: ^ byl|byla|bylo|je|jde ~1 to ~3 nejaka|nejaky|nejake|konkretni|jedna|jeden ~2 vec|duvod|problem|situace|udalost|chyba
why: nerozumim|nechapu|nechapeme|nerozumime ~1 tomu|proc|duvodu
why: tomu ~2 nerozumim|nechapu|nerozumime|nechapeme
# přijetí: výpověď byla přijata, beru to, chápeme a bereme
acceptance: vypoved*|oznameni|rozhodnuti|zprav* ~4 prijata|prijato|prijat|prijaty|dorucena|doruceno|zaevidovana|zaevidovano
acceptance: beru|bereme|prijimam|prijimame|respektuju ~1 to
acceptance: to ~1 beru|bereme|respektuju|respektuji|prijimam|prijimame
kill /other: danov*|opravn* ~1 doklad*
invoice: opravn*|danov* ~1 doklad*
kill /other: na ~1 novou|nove|novy ~1 domen*
kill /acceptance: snad|doufam|doufame|mozna ~4 zvladneme|zvladnem
kill /why: zlepsime|polepsime ~1 se
stay: zlepsime|polepsime|napravime ~1 se
replacement: pro|s|se ~2 noveho|novou|nove|novym|dalsiho|dalsi|budouciho|budouci|nastupujiciho ~2 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*
acceptance: chapu|chapeme|rozumim|rozumime|respektujeme ~1 a ~1 beru|bereme|prijimame|prijimam|respektujeme|souhlasime
# termín úkolu není pozdější konec; vyřešit / vyřídit / naprogramovat je práce; celý další měsíc; kolik by to stálo
kill /moreTime: zaskolte|zaucte|poslete|pripravte|dodejte|predejte|udelejte|dokoncete|vratte|posli|priprav|zaskol|zauc|dodelejte|odevzdejte ~3 do konce ~1 mesice|tydne
extraWork w: vyresit|vyres|vyreste|vyresil|vyresila|vyresite|vyresis|vyridit|vyridte|vyridil|vyridila|vyridite|vyridis|vyrid
extraWork w: naprogramovat|naprogramoval|naprogramovala|naprogramujte|naprogramujes|naprogramujete|nakodovat|nakodujte|implementovat|implementujte|vyvinout
kill /other: naprogramovat|naprogramoval|naprogramovala|naprogramujte|nakodovat|nakodujte|implementovat|implementujte|vyvinout|postavit|pridat|pridejte ~3 export*|formular*|archiv*|zaloh*|prehled|seznam|pristup*|login*
moreTime w: jeste ~2 cely|celou|celej|celych ~1 leden|unor|brezen|duben|kveten|cerven|cervenec|mesic|tyden|pristi|dalsi
moreMoney: kolik ~2 by ~2 stalo|stal|stala|stat
moreMoney: pridali|pridame|pridam|pridat|pridala|pridal|pridali+bychom ~3 k|na ~1 sazbe|sazbu|odmene|odmenu|honorari|honorar|platu|plat|pausalu|pausal
why q: stalo|stala|stal|prihodilo ~2 se ~2 neco|nejaka|nejaky|necemu
moreTime =stay: dokud|dokavad ~6 zustan|zustante|zustat|zustanes|zustanete|zustal|zustala|zustali
# termín úkolu, ne pozdější konec: "do konce února zaučit", "zvládneš to do Vánoc?", "do konce roku vrátíme"
kill /moreTime: do|az+do ~1 konce|poloviny|zacatku ~1 ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|roku|mesice|tydne|vanoc|velikonoc jeste|prosim|nam|mi|ji|mu|vse|vsechno? zaucit|zaskolit|predat|poslat|dodat|pripravit|dokoncit|udelat|predelat|vratit|seznamit|sepsat|napsat|dodelat|prelozit|opravit|nastavit|dotahnout
kill /moreTime: do|az+do vanoc|velikonoc jeste|prosim|nam|mi|ji|mu|vse|vsechno? zaucit|zaskolit|predat|poslat|dodat|pripravit|dokoncit|udelat|predelat|vratit|sepsat|napsat|dodelat|prelozit|opravit|nastavit|dotahnout
kill /moreTime: zvladnes|zvladnete|stihnes|stihnete|zvladla|zvladl|stihla|stihl|stihnout|zvladnout|udelate|udelas|dodelate|dodelas|hotovo|hotove|hotovy ~3 do|az+do ~1 konce|poloviny|vanoc|velikonoc|ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|roku|mesice|tydne|vanoc|velikonoc
kill /moreTime: do ~1 konce|poloviny ~1 ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|roku|mesice|tydne|vanoc|velikonoc ~4 vratime|posleme|predame|zaplatime|uhradime|dodame|vyridime|zaridime|vratim|poslu|predam|zaplatim
# nahrát / vyexportovat podklady je předání (jiné)
other w: nahrajte|nahrat|nahraj|nahrajes|nahrajete|nahrala|nahral|vyexportovat|vyexportujte|vyexportujes|vyexportoval|vyexportovala ~5 material*|podklad*|data|dokumentac*|dokument*|soubor*|fotk*|fotografi*|slozk*|disk*|cloud|drive|obsah
# setrvání: co bychom mohli udělat jinak, abyste zůstal; zvážíš to?; necháš nás tu?; zkus to ještě
stay /why: mohli|muzeme|meli|mohl|mohla ~3 udelat|zmenit ~2 jinak|lepe ~3 abyste|abys|aby ~2 zustal|zustala|zustali|zustat|neodesel|neodesla
stay q: zvazis|zvazite|zvazila|zvazil|zvazte|zvaz|promyslis|promyslite|rozmyslis|rozmyslite ~1 to|si|nabidku|jeste
stay q: nechas|nechate|opustis|opustite ~2 nas
stay: zkus|zkuste|zkusil|zkusila ~2 to ~2 jeste|znovu|dal
moreTime: jeste|dalsi|aspon|alespon ~1 pul|ctvrt ~1 roku|rok
# důvod: jestli za tím je…
why: jestli|zda|zdali ~2 za ~1 tim ~2 je|jsou|byla|byl|bylo|stoji
# nástupce: posoudit nabídky nebo portfolia, nové kolegyni (dativ s přivlastněním)
replacement: podivat|podivala|podival|projit|prosel|prosla|posoudit|posoudila|posoudil|zhodnotit|zhodnotila|zhodnotil ~4 nabidk*|portfoli*|zivotopis*|cv|kandidat*|uchazec*
replacement w: nasi|nasemu|vasi|vasemu ~1 nove|novemu ~1 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*
kill /invoice: fakturac* ~2 v ~1 systemu|aplikaci|programu
kill /invoice: jak ~2 funguje|funguji|se+dela|delate ~2 fakturac*
# práce: opravit texty; skript na zálohy není záloha k předání
extraWork w: opravit|opravte|opravil|opravila|oprav ~3 katalog*|preklep*|text*|clank*|brozur*|letak*|prezentac*|newsletter*|chyby+v
kill /other: skript*|script*|program*|nastroj*|aplikac* ~2 na|pro ~1 zaloh*|export*
# pozdější konec: pokračovat ještě do…, do jarní sezóny, o šest týdnů
moreTime -stay: pokracovat|pokracoval|pokracovala|pokracovali|vypomahat|pracovat ~2 jeste ~1 do|pres|cely|celou|az
moreTime w: do ~1 jarni|letni|podzimni|zimni|vanocni|nove|pristi ~1 sezon*|sezony
moreTime: o ~1 ctyri|pet|sest|sedm|osm|devet|deset ~1 tydnu|tydny|mesicu|dni|dnu
# přijetí: rozloučit se; důvod: chápu Vaše důvody (zdvořilost, ne otázka)
acceptance: rozloucil|rozloucila|rozloucili|rozloucit|rozloucime|rozlucime|rozlucit
kill /why: chapu|chapeme|respektuji|respektujeme|rozumim|rozumime ~2 duvod*
# nástupce: neznáte nějakou…, naši novou X (akuzativ), uvést do projektu, ukaž jí, jak…
replacement q: znate|neznate|znas|neznas ~1 nahodou? ~1 nejakou|nejakeho|nejaky|nekoho
replacement w: nasi|naseho|vasi|vaseho|tvoji|tveho ~1 novou|noveho ~1 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*|ilustrator*|ilustratork*|fotografk*|prekladatelk*|animator*|vyvojark*|programatork*|stazist*
replacement: uvest|uvedte|uvedl|uvedla|uvedete|uvedes|zapojit ~4 do ~1 projekt*|prace|agendy|systemu|problematiky
replacement r: ukaz|ukazte|ukazat|ukazes|ukazete|ukazal|ukazala|vysvetli|vysvetlete|vysvetlit|vysvetlil|vysvetlila ~1 mu|ji|jim ~1 jak|co|kde|postup
# schůzka: hodilo by se Vám úterý?; co by Vás mohlo přimět zůstat je prosba, ne otázka na důvod
other q: hodilo|hodil|hodila|vyhovovalo|vyhovoval|vyhovovala|sedi ~3 vam|ti ~2 pondeli|utery|streda|stredu|ctvrtek|patek|rano|odpoledne|dopoledne|zitra|#
kill /why: co ~4 primet|primelo|presvedcit|presvedcilo|motivovat ~2 zustat|zustal|zustala
# nástupce: "ať to po Vás někdo zvládne", "někdo jiný", novému X-ovi (životný dativ)
replacement: at|aby|abychom ~3 to ~2 po ~1 vas|tobe|tebe ~2 nekdo
replacement: nekdo ~1 jiny ~3 zvladne|zvladl|prevezme|mohl|mohla|umel|dokazal
replacement w: novemu ~1 *ovi
# práce: potřebujeme ještě vyrobit…, pomoci s přípravou…
extraWork: potrebujeme|potrebuji|potrebuju|chceme ~1 jeste ~2 udelat|dodelat|dokoncit|prelozit|pripravit|nastavit|dopsat|zpracovat|vytvorit|vyrobit|spustit|opravit|predelat|aktualizovat|natocit|nafotit|napsat|navrhnout|naprogramovat|vyresit
extraWork r: pomoci|pomoct|pomohl|pomohla|pomuzete|pomuzes|pomozte ~3 s|se ~1 priprav*|dokoncen*|prekladem|vyrob*|tvorb*|uzaverk*|auditem|migrac*|nastavenim|spustenim|opravou
kill /extraWork: pomoci|pomoct|pomohl|pomohla|pomuzete|pomuzes|pomozte ~2 novemu|nove|nasemu|nasi|vasemu|vasi|mu|ji|jim
# pozdější konec: odejít až potom, končit postupně
moreTime: odejit|odejdete|odejdes|skoncit|skoncite|skoncis|koncit|odchazet|odesla|odesel ~1 az ~1 potom|pak|pote|po
moreTime: koncil|koncila|koncili|odchazel|odchazela|odchazeli|skoncil|skoncila ~2 postupne|pozvolna|pomalu|po+castech
# setrvání: zkusíte to s námi ještě?, víc volnosti (nepeněžní změna, ne peníze)
stay: zkusite|zkusis|zkusila|zkusil ~2 to ~3 s+nami|jeste|znovu
kill /moreMoney: vic|vice|vetsi ~1 volnost*|prostor*|svobod*|klid*|flexibilit*|kreativn*|casu
stay: nabidnout|nabidneme|nabizime|dame|dat ~3 vic|vice|vetsi ~1 volnost*|prostor*|svobod*|klid*|flexibilit*|kreativn*
acceptance a n: to ~1 nebude|neni ~1 problem
# nástupce: věděla byste o nějaké kolegyni…, naší nové brigádnici (dativ)
replacement: vedel|vedela|vedeli|vite|vis|nevite|nevis|neznate|znate ~3 o ~1 nejake|nejakem|nejakeho ~1 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*|ilustrator*|ilustratork*|fotografk*|prekladatelk*|vyvojark*|programatork*|stazist*|brigadni*|junior*|zamestnan*|pracovnic*|pracovnik*|posil*|webmaster*|kolegyn*
replacement w: nasi|vasi|tvoji|nasemu|vasemu ~1 nove|novemu ~1 koleg*|grafik|grafikovi|grafikem|graficka|graficku|graficce|grafickou|vyvojar*|programator*|copywriter*|fotograf*|agentur*|freelancer*|konzultant*|spravc*|spravce|spravkyn*|prekladatel*|textar*|textark*|designer*|koder*|marketer*|specialist*|dodavatel*|osob*|nastupc*|nastupkyn*|redaktor*|korektor*|technik*|administrator*|analyti*|tester*|editor*|lektor*|asistent*|ucetni|ucetnimu|ucetniho|ucetnim|kamerman*|ilustrator*|ilustratork*|fotografk*|prekladatelk*|vyvojark*|programatork*|stazist*|brigadni*|junior*|zamestnan*|pracovnic*|pracovnik*|posil*|webmaster*|kolegyn*
# práce: poprosit o úpravu loga (podstatné jméno práce s žádostí), ne o opravu faktury
extraWork r /other: upravu|upravy|predelani|aktualizaci|redesign|doplneni ~3 loga|logo|webu|web|stranky|strank*|katalog*|letak*|prezentac*|textu|textu|clank*|bannery|banner*|grafiky|sablon*|aplikace|e-shopu|eshopu|newsletter*
# termíny jako důvod: "jestli je problém v termínech, můžeme je posunout" je prosba zůstat, ne pozdější konec
kill /moreTime: problem|potiz* ~3 v|s ~1 termin*|terminech|deadlin*
stay: jestli|pokud|kdyz ~3 problem|potiz ~3 v|s ~2 termin*|tempu|objemu|komunikac*|zadani|mnozstvi
# peníze: dáme Vám, co budete chtít; později: ještě během ledna; předávací schůzka není práce; odchod chápeme
moreMoney: dame|zaplatime|nabidneme|dostanete|dostanes ~2 vam|ti ~1 co|cokoli|cokoliv|kolik ~2 budete|budes|chcete|chces|reknete|reknes
moreTime w: jeste ~2 behem|pres ~1 ledna|unora|brezna|dubna|leden|unor|brezen|duben
kill /extraWork: predavaci|predani|schuzk*|hovor|pohovor* ~3 udelat|udelal|udelala|udelate|udelejte|udelas
kill /other: predavaci ~1 schuzk*|schuzce|setkani|sezeni
acceptance: odchod|konec|vypoved*|ukonceni ~1 chapeme|chapu|respektujeme|respektuji|prijimame|bereme|beru
# nástupce: kdo by mohl převzít…, předat mu dokumentaci; práce: přidat na web stránku, vytvořte šablonu; "pro nabídky" není nabídka peněz
replacement q: kdo ~4 prevzit|prevzal|prevezme|prevzala|nahradit|nahradi
replacement r /other: predat|predal|predala|predate|predas|predejte ~1 mu|ji|jim ~2 dokumentaci|podklady|navod*
extraWork r: pridat|pridejte|pridal|pridala|pridate|pridas ~3 na ~1 web|stranky|e-shop|eshop|aplikaci|blog
extraWork r: pridat|pridejte|pridal|pridala|pridate|pridas ~3 stranku|sekci|formular|modul|funkci|galerii|blog
extraWork w: vytvorte|vytvor|vytvorite|vytvoris
kill /moreMoney: pro ~1 nabidky|nabidk*
req: by ~2 pomohlo|pomohl|pomohla|stacilo
# nástupce: našel by se někdo z Vaší sítě, kdo by…; práce: dotočit video, prosba o vyřešení chyb
replacement: nasel|nasla|naslo|najde|najdete|najdes ~1 by? ~1 se? ~1 nekdo|nekoho ~4 kdo
replacement: nekdo|nekoho ~2 z ~1 vasi|tve|vasich|tvych|vaseho|tveho ~1 site|kontaktu|okoli|znamych|kolegu|okruhu
extraWork w: dotocit|dotocil|dotocila|dotocte|dotocis|dotocite|dostrihat|sestrihat|sestrihal|sestrihala|nastrihat|dostrihal|dostrihala
extraWork r: vyreseni|opraveni|odstraneni|dodelani|dokonceni ~3 chyb*|problem*|bug*|uprav*|zakazk*|projekt*|webu|aplikace|formular*
# peníze: platit stejně za méně hodin
moreMoney: platit|zaplatime|platime|platili|zaplatili ~2 vam|ti? ~1 stejne|stejnou+castku ~6 mene|min|kratsi|nizsi
# šesté kolo (tvary z validation6): vrácení vybavení; sepsání pravidelné práce; vyplnění formuláře; vysvětlení rozdílu na
# faktuře; nové vystavení faktury; kdy přijde faktura není pozdější konec; "udělali jsme Vám něco?"; chtít vědět, kde byla
# chyba; sazba pro návrat; podíl ve firmě; pevná platba; překrývání s nástupcem; představit nás; inzerát a přihlášky na
# místo; "nemáme šanci" není prosba o setrvání
other r: vratte|vratit|vrat|vratis|vratite|vratila|vratil ~5 fotoapar*|objektiv*|kamer*|telefon|mobil|techniku|zapujcen*|sluzebni|tablet|monitor
other r: sepsat|sepiste|sepsal*|napsat|napiste|vypsat|vypiste|prehled|seznam ~5 cinnost*|ukony|ukoly|prace|veci ~3 pravideln*|opakovan*|kazdy|mesicne|tydne
other r: vyplnte|vyplnit|vyplnil*|podepiste|podepsat|podepsal* ~3 formular*|dotaznik*|protokol*|prohlaseni
invoice w: vysvetlit|vysvetlite|vysvetlete|vysvetlil*|objasnit ~3 rozdil|castku|polozk*|navyseni
invoice w: rozdil|castku|polozk*|navyseni ~2 vysvetlit|vysvetlite|vysvetlete|vysvetlil*|objasnit
invoice r: vystavite|vystavit|vystavte|prepiste|prepsat ~2 ji|fakturu|to ~3 znovu|v+eurech|v+eur|v+korunach|v+czk
kill -moreTime: posilat|poslat|posilate|poslete|vystavit|vystavite|vystavovat ~3 faktur*
why q: udelali|provedli|rekli ~2 jsme ~2 vam|ti|te|tobe ~1 neco
why: vedet|vedela|vedel|zjistit|pochopit ~3 kde|v+cem ~2 byla|byl|je|se+stala ~1 chyba|problem
moreMoney: sazb*|honorar*|hodinovk* ~2 # ~3 plati|zustava|trva|porad+plati|stale+plati
moreMoney: zaplatime|zaplatim|dame|budeme+platit ~4 # ~2 za ~1 hodinu|hod|den|mesic
moreMoney: lakal*|zajimal*|nabidnout|nabidneme|dame|dat ~3 podil|podily|podilu|akcie|opce
moreMoney: podil|podily|podilu|akcie|opce ~6 bavit|pobavit|pobavime|mluvit|promluvit|domluvit
moreMoney: platili|platit|platime|zaplatime|budeme+platit|proplacet ~3 fixne|pausalne|garantovan*|natvrdo
moreMoney: pevn*|fixni|garantovan* ~1 mesicni? ~1 castk*|pausal*|objem*
moreMoney: platit|platime|proplacet|proplatime|zaplatime|hradit ~3 i? ~1 cas|casu ~2 na? ~1 cestu|cestach|dojizdeni
replacement: prekryval*|prekryvat|prekryvali|prekryti|prekryvani
replacement: predstavil*|predstavit|predstavte|seznamil*|seznamit|seznamte|propojil*|propojit|propojte ~3 nas|me
replacement: inzerat*|vyberov* ~4 na ~1 nov*|vase|tvoje|tve|vasi|misto|pozici|nastupce|dodavatel*
replacement: prihlas*|kandidat*|uchazec*|zivotopis* ~3 na ~1 tvoje|vase|tve|vasi|tvoji ~1 misto|pozici
kill /stay: nemame|nemam|nemate|nebude|neni ~1 sanci|sance
# schůzka v podmiňovacím způsobu ("co kdybychom se sešli"); prosba o zveřejnění, nahrání, přípravu něčeho je práce navíc
other w: kdybychom|abychom ~2 se ~2 sesli|potkali|videli
extraWork r: poprosil*|poprosit|prosim|prosil*|prosime ~3 o ~1 zverejneni|nahrani|vytvoreni|pripravu|aktualizaci|preklad|dokonceni|dodelani|zpracovani
# sedmé kolo (tvary z validation7): tip na důvod jako otázka ("byl to náš…?", "je za tím…?", "může za to…?", "jde o to,
# že…?", "neodcházíte náhodou proto, že…?"); "jestli za tím nejsou…", "jestli to bylo kvůli…"; žádost o uvedení důvodu;
# "zasloužíme si vysvětlení"; zůstat, dokud nedokončíme projekt, s nejzazším datem (práce i pozdější konec); placení faktur
# hned je nabídka, ne dotaz k faktuře
why q: ^ byl|byla|bylo|byli|byly to ~1 nas|nase|nasi|nasim|nasich|nasimi|muj|moje|moji|tvuj|tvoje|ten|ta|ty|ti
kill /why: ^ byl|byla|bylo|byli|byly to ~1 nas|nase|nasi|muj|moje|moji|ten|ta ~2 posledni|prvni|spolecny|spolecna|skvely|skvela|dobry|dobra|krasny|krasna|nejlepsi|uspesny|uspesna
why q: ^ je|jsou|byla|byl|bylo|byly|stoji|stala|stal za+tim
why q: ^ muze|mohla|mohl|mohlo|mohly|mohou|muzou|mohli za+to
why q: ^ jde|slo|jedna|jednalo ~1 o to ~1 ze
why n: jestli|zda|zdali ~2 za ~1 tim ~2 neni|nejsou|nebyla|nebyl|nebylo|nebyly|nestoji
why: jestli|zda|zdali to ~1 bylo|byl|byla|je|bude ~1 kvuli
why q: ^ nekoncite|nekoncis|neodchazite|neodchazis|neodejdete|koncite|koncis|odchazite|odchazis ~4 proto|kvuli+tomu ~1 ze
kill /stay: ^ nekoncite|nekoncis|neodchazite|neodchazis|neodejdete ~4 proto|kvuli+tomu ~1 ze
why: uvedeni|uvest|uvedte|uved|sdeleni|sdelte|sdelit|specifikovat|specifikujte|doplnit|doplnte ~3 duvod*
why: zaslouzime|zaslouzim|zaslouzi|zaslouzili ~4 vysvetleni|zduvodneni|odpoved
why: dluzite|dluzis|dluzi ~3 vysvetleni|zduvodneni
why: aspon|alespon|poradne|slusne|nejake ~1 vysvetleni|zduvodneni
extraWork n: dokud|dokavad ~1 nespustime|nedokoncime|nedodelame|nedodelate|nedokoncite|nespustite|nezprovoznime|nenasadime|neprejdeme|nezavedeme|neprevedeme|nezmigrujeme|nedotahneme|neodevzdame ~8 nejpozdeji|nejdele
extraWork: do konce|dokonceni|spusteni|nasazeni ~1 migrac*|projekt*|implementac*|zavadeni|prechodu|upgradu|prestavby|rekonstrukce ~6 nejpozdeji|nejdele|tedy
moreMoney: platili|platit|platime|budeme+platit|zaplatime|proplacet|proplatime ~2 faktury|fakturu|faktur ~2 hned|ihned|okamzite|rychleji|driv|drive
kill /invoice: za+to ~3 sleva|slevy|slevu|sazba|sazby
kill /invoice: platili|platit|budeme+platit|zaplatime|proplacet|proplatime ~2 faktury|fakturu|faktur ~2 hned|ihned|okamzite|rychleji|driv|drive
extraWork: udelal+byste|udelala+byste|udelali+byste|udelal+bys|udelala+bys|udelat|udelejte|udelej|udelas|udelate|vezmete|vezmes|vzal+byste|vzala+byste|vzal+bys|vzala+bys|navrhnete|navrhnes|pripravite|pripravis ~4 plakat*|etiket*|letak*|banner*|kalendar*|brozur*|katalog*|prezentac*|newsletter*|pozvank*|vizitk*|obal*|ilustrac*|infografik*|animac*|video|videa|menu|cenik*
extraWork r o: opravte|opravit|oprav|opravil+byste|opravila+byste|opravil+bys|opravila+bys ~3 chyb*|bug*|nedostatk* ~3 v|ve|na ~2 formular*|web*|strank*|aplikac*|e-shop*|eshop*|kod*|system*|objednavk*
kill /other: predel*|uprav*|navrh*|prekresl*|vytvor*|udel*|dodel* ~3 logo|loga|logu|font*
kill /extraWork: jste|jsi ~1 navrhl|navrhla|navrhli|udelal|udelala|udelali|vytvoril|vytvorila|vytvorili|dodal|dodala|dodali|pripravil|pripravila
replacement =other: ktery|ktera|kteri|ktere|kdo ~2 po ~1 vas|tobe|tebe|nas ~1 prevezme|prevezmou|prebere|preberou|nastoupi|nastoupit|nahradi
replacement =other: ktery|ktera|kteri|ktere|kdo ~3 prevezme|prevezmou|prebere|preberou|nastoupi|nahradi ~2 po ~1 vas|tobe|tebe
other w: vratite|vratis|vratte|vrat|vratit|vraceni|vratili ~4 klic*|cip*|karty|kartu|ovladac*|dalkov*|notebook*|pocitac*|vybaven*|visacek*|identifikac*
other r: hesel|hesla|heslo|pristupovych+udaju
other r: prevedeni|prevest|prevedte|preved|predani|predat|predejte ~3 admin*|spravcovsk*|vlastnick*|administrator* ~1 prav|prava|pristup*|uctu|ucty
kill /stay: konecna|konecny|konecnou|konecne|konecnych ~1 faktur*|vyuctovani|castk*|cen*|verz*|podob*|termin*|vypis*
kill /other: pri ~1 podpisu
why: vysvetlila|vysvetlil|vysvetlili|vysvetlite|vysvetlis|vysvetli|vysvetlit|vysvetlete|vysvetleni ~4 duvod*|proc|rozhodnut*|vypoved*|odchod*
why q: chybelo|chybel|chybela|chybely|nestacilo|nevyhovovalo ~2 vam|ti|tobe ~2 u|s ~1 nas|nami
kill /extraWork: at|abychom|abysme ~2 to? ~1 stihneme|stihnem|stihli|zvladneme|zvladnem|zvladli
stay: zmenil+byste|zmenila+byste|zmenil+bys|zmenila+bys|zmenili+byste|zmenite|zmenis|zmenit ~5 nazor
moreTime -stay: zustat|zustal|zustala|zustanete|zustanes|zustan|zustante|zustali ~6 nez ~2 najdem|najdeme|sezeneme|nastoupi|prijde|zaucime|zaskolime
moreTime: aspon|alespon|nejdriv|nejdrive ~1 po ~1 vanocich|velikonocich|svatcich|sezone|sezony|novem|novym|lednu|unoru|breznu|#
stay n: jestli|zda|kdyby|pokud ~3 da|dalo|jde|slo|neda|nejde|nedalo|neslo ~3 zachranit|napravit|zvratit|prehodnotit
other: rad|rada|radi ~2 se ~1 sejdu|sejdeme|potkam|potkame|zastavim|zastavime
moreMoney: proplacet|proplatime|proplacime|hradit|uhradime|hradime|platit|zaplatime|budeme+platit ~4 licenc*|cestovn*|software|predplatn*|jizdne|parkovne|kurz*|skoleni
acceptance a: termin|terminy|datum|data ~3 jsou|je|nam|mi ~1 v+poradku|v+pohode|ok|sedi|vyhovuje|vyhovuji
moreMoney: # % ~1 firmy|spolecnosti|akcii|podilu|ve+firme|z+firmy|ze+zisku|zisku
kill /invoice: misto ~1 faktur*|fakturace|fakturovani
kill /extraWork: kdo|ktery|ktera|kteri by ~2 nafotil|nafotila|nafotili|udelal|udelala|udelali|delal|delala|zvladl|zvladla|prevzal|prevzala|vytvoril|vytvorila|navrhl|navrhla|napsal|napsala|spravoval|spravovala|dodelal|dodelala|dokoncil|dokoncila
replacement: pomoci|pomohl|pomohla|pomozte|pomuzete|pomuzes|zasedl|zasedla|zasednout|zasednete|ucastnit|zucastnit|zucastnil|zucastnila|podilet|poradit|poradil|poradila|poradite ~6 vyber|vyberu|vybrat|vybirat|hodnotici|hodnoceni ~4 nov*|nastupce|nastupkyn*|dodavatel*|agentur*|uchazec*|kandidat*
kill /moreTime: az|jakmile|kdyz ~3 nastoupi|nastoupit|zacne|prijde|prevezme
stay q: rozhodnuti ~3 konecne|definitivni|nezvratne|nemenne|pevne
other: zajedu|prijedu|prijel+bych|prijela+bych|zastavim+se|stavim+se|zajel+bych|zajela+bych ~2 za ~1 vami|tebou
other r: sepsat|sepiste|sepis|sepsal|sepsala|sepsali ~3 co|ktere|jake ~4 delate|delas|pravidelne|resite|spravujete
# osmé kolo (tvary z validation8): dotáhnout, doladit, odučit v dalších tvarech; "poslední laskavost"; peníze za
# pojmenovaný úkol jsou i úkol; částka, placení každý týden; "nevzdávejte to", "než abyste úplně skončil"; "než to bude
# konečné" není termín; "jak to, že…", "má to něco společného s…"; "do té doby" + zajistit; "hnout s termínem"; nástupce,
# "který to po tobě vezme"; "Dobře, díky", "je to v pořádku"; schůzka osobně; zálohová faktura; IČO ve formuláři
extraWork w: dotahnes|dotahnete|dotahl+bys|dotahla+bys|dotahl+byste|dotahla+byste|doladis|doladite|doladil+bys|doladila+bys|doladil+byste|doladila+byste|oducte|oducite|oducis|oducit|oducil+byste|oducila+byste
extraWork: poprosil|poprosila|poprosili|poprosit|poprosim|prosbu|prosba ~4 posledni|jednu|jeste+jednu ~1 vec|laskavost|prosbu
extraWork: za ~1 prepis|preklad|upravu|navrh|dodelani|vytvoreni|tvorbu|dokonceni|predelani|migraci|grafiku|natoceni|nafoceni ~8 bychom+zaplatili|bychom+priplatili|zaplatili+bychom|priplatili+bychom|zaplatime|zaplatim|priplatime|dame|dam|nabizime|nabizim|nabidneme
moreMoney: napiste|napis|reknete|rekni|poslete|posli ~2 mi|nam ~1 castku|sumu
moreMoney: platit|platili|budeme+platit|zaplatime|posilat ~3 kazdy|kazdou|jednou+za ~1 tyden|tydne|patek|dva+tydny|14+dni
stay n: nevzdavej|nevzdavejte
stay: nez|misto ~1 abyste|abys|aby|toho+abyste ~2 skoncil|skoncila|skoncili|odesel|odesla|odesli|odchazel|odchazela|koncil|koncila|uplne+skoncil|uplne+skoncila
kill =moreTime: nez ~2 to|se|vse ~1 bude|budou|stane ~1 definitivni|konecne|oficialni|finalni
why q: jak+to ze
why: jestli|zda|ma|melo|mela|souvisi ~3 neco+spolecneho
kill /moreTime: platili|zaplatili|platil|zaplatil|platba|platby|uhradili|poslali|zaplatila|platila ~4 pozdeji|pozde
kill /moreTime: potrebuju|potrebuji|potrebujeme|musim|musime ~1 ji|ho|to|je|fakturu ~1 mit|dostat ~2 do
moreTime: do+te+doby ~3 zajistit|zajistil|zajistila|zajistite|zajistis|starat|postarat|pokracovat|pokracoval|pokracovala|drzet|pohlidat|zustat|vydrzet|pomahat
moreTime q: da+se|slo+by|dalo+by+se|muzeme|lze ~5 hnout|pohnout
replacement: ktery|ktera|kteri|kdo ~2 to? ~1 po ~1 vas|tobe|tebe|nas ~1 vezme|vezmou
kill /replacement: na ~1 vase|vase|tve|moje|me|jeho|jeji ~1 jmeno
acceptance k: ^ dobre|dobra|fajn|jasne ~1 diky|dekuji|dekujeme|dik
acceptance a: ^ je+to|to+je|vse+je|vsechno+je ~1 v+poradku|v+pohode|ok|fajn
other: prijed|prijedte|prijd|prijdte|stav+se|stavte+se|zastav+se|zastavte+se ~3 v|ve|na|k|za|u ~1 pondeli|utery|stredu|ctvrtek|patek|sobotu|nedeli|nas|nam
other n: zajit|zajdes|zajdete|zasel|zasla|nezasla|nezasel|nezasli|zajdem|zajdeme|nezajdes|nezajdete ~4 na ~1 pivo|kafe|kavu|obed|vecer*|svarak|drink|vino|vecirek|rozlucku
kill /other: kdyby+sis|kdybyste+si|kdybys+si|nekdy ~4 pivo|kafe|kavu|obed
kill /other: ja+osobne|mne+osobne|me+osobne|mi+osobne
other r: prihlasovaci ~1 udaje|udaju|jmeno
kill /other: zalohovou|zalohova|zalohove|zalohovych|zalohovy ~1 faktur*|platb*|list*
kill /invoice: zadat|zadavat|vyplnit|vyplnovat|pole ~2 ico|dic
# deváté kolo (tvary z validation9): peníze bez slova, které pravidla znala: ochota upravit podmínky, peníze nebo rozpočet
# nejsou problém, částka místo jiné, i cesta, prémie, částka na hodině, roční smlouva s garancí, záloha předem, částka
# za úkol v žádosti, "zaplatíme ti 4 000"; ne: prémie nebo záloha, které už byly vyplaceny, faktura na částku
moreMoney: podminky|podminek|smlouvu|smlouvy ~4 upravit|upravime|upravili|zmenit|zmenime|zmenili|prepracovat|prepracujeme|prehodnotit|prehodnotime|vylepsit|vylepsime
moreMoney: upravit|upravime|zmenit|zmenime|prehodnotit|prehodnotime|vylepsit|vylepsime|prepracovat|prepracujeme ~3 podminky|podminek|smlouvu|smlouvy
moreMoney n: penize|cena|sazba|rozpocet|castka|honorar|odmena ~3 nejsou|neni|nebudou|nebude ~1 problem|problemem|prekazka|prekazkou
moreMoney: platit|platili|platime|zaplatime|zaplatili|dostavat|dostanete|dostanes|dostaval|dostavala ~4 # ~2 misto|namisto ~1 #
moreMoney: proplatime|zaplatime|uhradime|pokryjeme|hradime|platime|proplatili+bychom|zaplatili+bychom ~3 i? ~1 za? ~1 cestu|cesty|cestovani|dojizdeni
moreMoney: # kc|korun|eur|€ ~2 na|za ~1 hodine|hodinovce|hodince
moreMoney: premie|premii|premiovy|premiove|premiovou
kill =moreMoney: jsme ~3 vyplatili|zaplatili|uhradili|proplatili|poslali
moreMoney: garanc*|garantovan* ~3 #|zakaz*|foceni|akci|projekt*|objednav*|dvanact*|deset*|pet*
moreMoney: nabizime|nabidneme|nabizim|nabidnu|muzeme+nabidnout|bychom+nabidli ~6 rocni|dlouhodobou|viceletou|pevnou|garantovanou ~1 smlouv*|spolupraci
moreMoney: bychom|budeme ~3 platili|platit|posilali|zaplatili|proplaceli ~3 zalohu|zalohy|predem
moreMoney r: za ~1 # ~1 #? ~1 kc|korun|eur|tisic|€
kill /moreMoney: faktur*|dobropis*|castk* ~3 za ~1 #
moreMoney: zaplatime|zaplatim|zaplatili+bychom|dame|dali+bychom|nabizime ~2 vam|ti|tobe ~1 #
stay n: jeste|zatim|nic ~2 nerozhodujte|nerozhoduj|neuzavirejte|neuzavirej|nepodepisujte|neukoncujte
stay: si|to ~2 rozmysli|promysli|zvaz|rozmyslete|promyslete
moreTime: skoncit|skoncil|skoncila|skoncite|skoncis|odejit|odejdete|odejdes|koncit|koncil|koncila ~3 az ~2 #|po|koncem|v+lednu|v+unoru|v+breznu|ledna|unora|brezna|dubna
kill /moreTime: skoncili|skoncila+jsem|skoncil+jsem|skoncili+jsme|jsme+skoncili|jsem+skoncil|jsem+skoncila ~2 az
why q: ^ udelali|provedli|pokazili jsme|jsem ~1 neco|nejakou|chybu
extraWork q o: udelas|udelate ~1 je|ho|ji|to|nam|mi|jeste
replacement: kdo|ktery|ktera ~2 bude|budou ~1 po ~1 vas|tobe|tebe ~2 delat|mit|vest|spravovat|prebirat|starat
extraWork n: dokud ~1 nedodelate|nedodelas|nedokoncite|nedokoncis|nedotahnete|nedotahnes|nedoladite|nespustite|neodevzdate|nepredate|nenafotite|neprelozite
kill /other: opravit|opravte|opravil|opravila|upravit|upravte|doladit|predelat ~3 formular*
kill /extraWork: zpracovani ~2 osobnich|udaju|dat|mezd|objednavek|plateb
kill /other: jak ~1 mame|mate|je|jsou|se ~2 udelane|udelany|udelana|nastavene|nastaveny|nastavena|zalohovane|ulozene|resene ~1 zaloh*|pristup*|ucty|hesla|soubory
kill /other: sejit|setkat|potkat ~2 a ~1 ukazat|vysvetlit|projit|predat ~1 mu|ji|jim
kill =other: pro|pro+sveho|pro+vaseho|pro+tveho ~1 nastupce|nastupkyni|nastupkyne|nastupcem
kill /moreTime: potrebujeme|potrebuju|musime ~1 to|ho|ji|je ~1 zjistit|vedet|vyresit|mit ~2 do
other q: kdo|kde ~3 pristup*|hesl*|login*|ucet|uctu|ucty
acceptance k o: diky|dekuji|dekujeme ~1 ze ~3 hlasite|hlasis|davate|date|pisete|informujete|rikate|predem|vcas|predstihem
kill /why: nerozumim|nerozumime|nechapu ~1 tomu ~1 co|jak|kdo
kill /why: je|bude to ~1 pevne|pevny|jiste|jisty|definitivne|fixni|dane
other: chce|chteji|chtel+by|chtela+by ~3 s ~1 vami|tebou ~1 mluvit|promluvit|sejit|potkat
invoice /why: proc ~1 je|bylo|byla|to ~1 to|je? ~1 #
invoice: nerozumim|nechapu|vysvetlete|vysvetlit|vysvetlite|vysvetlis ~2 te|tu|ta|teto|tuto|tomu ~1 castce|castku|castka|sume|sumu|cene|cenu|polozce|polozku|polozkam|uctovani|vyuctovani
extraWork: bychom|bych ~1 jeste? ~1 chteli|chtela|chtel|potrebovali|potrebovala|potreboval ~2 novy|novou|nove|nova|jeste ~2 web|eshop|e-shop|shop|logo|stranku|stranky|aplikaci|kampan|letak|katalog|brozuru|banner|bannery|newsletter|video|prezentaci|plakat|plakaty|fotky
extraWork q: a ~1 co ~5 slibil|slibila|slibili|slibene|slibenou|slibeny|slibenych
# desáté kolo (tvary z validation10): přeposlaná zpráva níže není žádost; nástupce jako „který po Vás…“, předání
# paní / panu …; záloha placená dopředu jako peníze; účet pro platbu; předání správy účtů a podpis potvrzení jako other
kill /other: preposilam|preposilame|posilam|posilame|preposlal|preposlala nize|niz|dole
replacement: ktery|ktera|ktere|kteri ~3 po ~1 vas|tobe|vami|nem|ni
kill /stay: po ~1 vas|tobe ~1 bude|budou
kill /other: exportni ~1 sablon*|skript*|modul*|funkc*|rozhrani
replacement: abyste|abys|byste|bys ~1 predal|predala|predali ~4 pani|panu|nastupci|nastupkyni|nastupkyni
replacement: predat|predate|predas|predejte|predej ~4 pani|panu|nastupci|nastupkyni|nastupkyni
kill /other: abyste|abys|byste|bys ~1 predal|predala|predali ~4 pani|panu|nastupci|nastupkyni|nastupkyni
kill /other: predat|predate|predas|predejte|predej ~4 pani|panu|nastupci|nastupkyni|nastupkyni
kill /replacement: pani|panu ~1 reditel*|reditelce|reditelovi|sefov*|majitel*|jednatel*|predsed*|starost*
moreTime r: v lednu|unoru|breznu dva|tri|ctyri|par|nekolik tydny|tydnu|dny|dnu
moreMoney: muzeme|budeme|bychom|nabizime ~3 platit|vyplacet|posilat ~2 zalohu|zalohy|zalohove
invoice: na ~1 jaky|ktery|jake|kterou ucet|cislo ~4 platbu|platby|penize|zaplatit|poslat|posilat|zaplatime|uhradit|uhradime
other r: predas|predate|predejte|predej|predat|predala|predal mi|nam ~2 administraci|spravu|pristup|pristupy|ucet|ucty|kanal
other r: podepsat|podepsal|podepsala|podepsali|podepiste|podepis ~3 potvrzeni|protokol|predavaci|prohlaseni|formular
stay q: je|bude|bylo to opravdu|vazne|fakt|skutecne konecne|definitivne|nezvratne|finalni
invoice: faktur* ~2 je|jsou|byla|byly ~1 vystaven*
# poučení pro příště není otázka po nástupci; položka účtovaná zvlášť je faktura; stihnout fakturu není práce
kill =replacement: neudelame|neudelali|neudelal|neudelala|nezopakujeme|nezopakovali ~1 stejne|stejnou|to+same|tu+samou
kill =replacement: uctujete|uctujes|fakturujete|fakturujes|vyfakturujete ~1 samostatne|zvlast|oddelene
kill /extraWork: stih*|zvladnete|zvladnes ~3 faktur*|vyuctovani|fakturaci
replacement q: nevite|nevis|vite|vis|neznate|neznas|znate|znas o ~2 kameraman*|fotograf*|grafik*|grafick*|vyvojar*|programator*|copywriter*|textar*|ucetn*|editor*|prekladatel*|designer*|ilustrator*|strihac*|animator*|agentur*|freelancer*
replacement r: pro noveho|nasledujiciho|dalsiho ~1 kameraman*|fotograf*|grafik*|vyvojar*|programator*|copywriter*|textar*|ucetn*|editor*|prekladatel*|designer*|ilustrator*|strihac*|animator*|koleg*|spravc*|technik*|administrator*
kill /other: platit|vyplacet|posilat|zaplatit ~2 zalohu|zalohy|zalohove
kill /stay: konecne hotov*|dodelan*|vyrizen*|hotove|hotova
# „kameraman“ (the older lists spell the stem „kamerman“, which matches no form of the word)
replacement: pro|s|se ~2 noveho|novou|novym|dalsiho|dalsim|budouciho|nastupujiciho ~2 kameraman*|strihac*|animator*|ilustrator*
# pozdě placené faktury jako odhad důvodu, roční výkazy (účetnictví), „nikdo nebude vědět, proč…“
kill /invoice: pozde|pozdni|opozdene|opozdeny ~1 placen*|proplacen*|zaplacen* ~1 faktur*
kill /stay: pozde ~1 placen*|proplacen*|zaplacen*
kill /invoice: rocni|rocnich|rocnimi|rocnim|danove|danovych|danovym ~1 vykaz*|vykazy|vykazu
kill /why: nikdo ~4 proc
""";
}
