using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>Sentences written for these tests (none from the tone corpus), one group per general shape the rules
/// recognise, each with look-alikes that share its words but must not be flagged: praise + "finally" + a good event,
/// sentence-initial "every time … , you …", guilt and threat shapes, Czech in several persons and genders.</summary>
public class ToneShapeTests
{
    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(none)" : string.Join("; ", findings.Select(f => $"{f.RuleId}/{f.Severity} '{f.Excerpt}' @{f.Start}"));

    public static TheoryData<string, string, string> Flagged => new()
    {
        // An absolute that opens the sentence governs the "you" clause after it.
        { "en", "Every time we settle on a layout, you redo it.", "absolute" },
        { "en", "Each single time I send a draft, you add another round.", "absolute" },
        { "en", "Whenever I ask for the logins, you send the wrong ones.", "absolute" },
        // Quoted, but used rather than named.
        { "en", "Honestly, the rollout was a 'disaster'.", "negativity" },
        { "cs", "Upřímně, celé to byla „katastrofa“.", "negativity" },
        // Praise + "finally" + a delay, or praise + you + "finally": sarcasm.
        { "en", "Great to finally get an answer after four reminders.", "sarcasm" },
        { "en", "Wonderful that you finally read the contract.", "sarcasm" },
        { "en", "Amazing, the deposit eventually arrived months late.", "sarcasm" },
        { "cs", "Skvělé, že jste konečně odpověděli.", "sarcasm" },
        { "cs", "Super, konečně odpověď po třech týdnech.", "sarcasm" },
        { "cs", "Milé, že ses nakonec ozval.", "sarcasm" },
        // Offers to stay said through willingness, a condition with a possibility, "want me to …" or moving the end.
        { "en", "Glad to rethink all of this if the numbers change.", "waffle" },
        { "en", "I would be willing to prolong my contract until the launch.", "waffle" },
        { "en", "If your plans shift, I could probably continue for a while.", "waffle" },
        { "en", "Should you need me to stay through January, tell me.", "waffle" },
        { "en", "If needed, I can postpone my departure by a month.", "waffle" },
    };

    /// <summary>The general shapes in both languages (any category counts: several shapes sit between two).
    /// Subject and target (because of your …, your decision … cost, "Vaše rozhodnutí … stálo", "nechávala … ležet"),
    /// complaints about the client's conduct in the third person and in Czech reflexive passives, guilt (turned down
    /// better-paid work, available at midnight, never billed, "platil jsem ze svého"), reminders ("as discussed
    /// several times", "nudge number four", "dle mé předchozí zprávy"), threats (a review, "everyone would love to
    /// hear about this", files kept until payment, a debt collector), offers to stay and hedges.</summary>
    public static TheoryData<string, string> AnyFinding => new()
    {
        { "cs", "Celý projekt byla jedna velká katastrofa." },
        { "cs", "Přišel čas na rozchod, dál spolu pracovat nebudeme." },
        { "cs", "Zaváhali jste s platbou a celý projekt se zastavil." },
        { "en", "Any time I send a quote, you ask for a discount." },
        { "en", "You always need the edits yesterday." },
        { "en", "This is my breakup with the agency, effective Friday." },
        { "en", "It's time we break up as client and studio." },
        { "cs", "Díky Vašemu pomalému podpisu se projekt posunul o měsíc." },
        { "cs", "Geniální nápad předělat web týden před spuštěním." },
        { "cs", "Vždycky potřebujete všechno obratem." },
        { "cs", "K tomu se můžeme vrátit na jaře." },
        { "cs", "Chybu v tisku jste zavinili Vy." },
        { "en", "Thanks for telling me about the new scope the evening before the review." },
        { "en", "I owe you an apology: I am ending our contract." },
        { "cs", "Děkuji, že jste mi změnu zadání oznámili den předem." },
        { "en", "Invoices were overdue by weeks." },
        // Fourth round: thanks for repeated moves, "only been" + a span, feedback after the launch, "how … only … when";
        // third-person arrival the night before, "took an eternity"; called off family plans, "should count for something",
        // a favour never billed; "why didn't you", "left me with the costs", a role of the client + a blaming act; a later
        // look again, "think it over", "I'd stay if", "would gladly continue", "rather I stayed"; "per my email", spam;
        // "turned into a slog", "I dread"; "no deposit, no files"; Czech counterparts.
        { "en", "Thank you for rescheduling our call four times this month." },
        { "en", "So glad to hear from you, it has only been three months." },
        { "en", "Thanks for the comments that arrived after the deadline." },
        { "en", "Lovely how the approvals only come through when the invoice is due." },
        { "en", "Great job pretending the contract said something else." },
        { "en", "The texts usually arrived the evening before the release." },
        { "en", "Every request was marked urgent." },
        { "en", "Signing the contract took an eternity." },
        { "en", "I called off my birthday dinner to finish your slides." },
        { "en", "Those weekends I gave your project should count for something." },
        { "en", "I fixed the newsletter as a favour and never charged for it." },
        { "en", "I worked through Easter, and this is the thanks." },
        { "en", "Why didn't you warn me about the budget cut?" },
        { "en", "You cancelled the launch and left me with the printing costs." },
        { "en", "Your project manager rejected three drafts without a reason." },
        { "en", "The error in the brochure was yours." },
        { "en", "We can look at this again in spring." },
        { "en", "Let me know if you want me to think it over." },
        { "en", "I'd stay if the budget allowed it." },
        { "en", "I would gladly continue at a higher rate." },
        { "en", "If you'd rather I stayed until summer, say so." },
        { "en", "Per my email of 3 May, the invoice is attached." },
        { "en", "Per my previous two messages, the access is still open." },
        { "en", "In case my emails ended up in spam, I attach the offer again." },
        { "en", "The project has turned into a slog." },
        { "en", "I dread our Monday calls." },
        { "en", "No deposit, no files." },
        { "cs", "Děkuji, že jste schůzku přesunuli třikrát." },
        { "cs", "Rád Vás slyším, trvalo to jen tři měsíce." },
        { "cs", "Odpověď za dva měsíce, to je asi rekord." },
        { "cs", "Díky za připomínky, které přišly až po uzávěrce." },
        { "cs", "Skvělý nápad zrušit focení den před termínem." },
        { "cs", "Texty přicházely vždy na poslední chvíli." },
        { "cs", "Zálohy se platily měsíc po splatnosti." },
        { "cs", "Na dotazy se reagovalo až po týdnech." },
        { "cs", "Kdykoli se zeptám na podklady, nikdo neodpoví." },
        { "cs", "Odmítl jsem lépe platící zakázky kvůli Vašemu projektu." },
        { "cs", "Připomínám, že jsem Vám celý víkend zadarmo opravoval web." },
        { "cs", "Logo jsem dělala jako laskavost a nikdy jsem za něj nic nechtěla." },
        { "cs", "Ty víkendy nad Vaším webem by měly něco znamenat." },
        { "cs", "Bez zaplacení žádné soubory." },
        { "cs", "Láme mi srdce, že končíme." },
        { "cs", "Mám už dost věčných změn zadání." },
        { "cs", "Projekt se změnil v utrpení." },
        { "cs", "Znovu si Vám dovoluji připomenout podpis smlouvy." },
        { "en", "Because of your agency, the rollout took three months longer." },
        { "en", "Your decision to drop the pilot cost us the whole quarter." },
        { "en", "Your legal team sat on the contract for a month." },
        { "en", "I'm giving you the boot as of next week." },
        { "en", "It is time for the two of us to break up." },
        { "en", "The budget kept shrinking while the scope kept growing." },
        { "en", "Your managers treated every small fix as an emergency." },
        { "en", "I turned down better-paid projects to keep yours going." },
        { "en", "I declined two lucrative offers for your launch." },
        { "en", "I was available at midnight, weekends included." },
        { "en", "Not once did I charge you for the extra rounds." },
        { "en", "I never billed you for the emergency fixes." },
        { "en", "After three years, being treated like this hurts." },
        { "en", "I felt let down by the final sign-off." },
        { "en", "As discussed several times already, the rate is fixed." },
        { "en", "Gentle nudge about the unsigned contract." },
        { "en", "Reminder number four about invoice 31." },
        { "en", "Let me repeat it once more: the files are final." },
        { "en", "Just following up again on the open invoice." },
        { "en", "Brilliant idea to launch without any testing." },
        { "en", "Congratulations on reading the brief after six weeks." },
        { "en", "A reply within a month, that must be a record." },
        { "en", "Thanks, I loved learning about the cancellation from LinkedIn." },
        { "en", "Lovely to get the assets after the deadline once more." },
        { "en", "I'll leave a detailed review on every site I can find." },
        { "en", "Everyone in the industry would love to hear about this." },
        { "en", "The source files stay with me unless the invoice is paid." },
        { "en", "I will pass this to a debt collector next week." },
        { "en", "You get the logins only when you pay the balance." },
        { "en", "Keep ignoring my emails and I'll make this public." },
        { "en", "Happy to keep going for a few more months." },
        { "en", "If you can pay on time from now on, I will stay." },
        { "en", "This is final for now, but we can talk in spring." },
        { "en", "Ask me again after the summer." },
        { "en", "It may perhaps be better if I stepped back." },
        { "en", "I may or may not be around next year." },
        { "en", "It's possible that I will have to leave." },
        { "cs", "Kvůli Vašemu oddělení se spuštění zpozdilo o měsíc." },
        { "cs", "Kvůli tomu, že jste zrušili schůzku, nic nestihneme." },
        { "cs", "Chyba byla na Vaší straně." },
        { "cs", "Vaše rozhodnutí zrušit pilot nás stálo celé čtvrtletí." },
        { "cs", "Vaše účetní nechávala faktury ležet celé týdny." },
        { "cs", "Spustili jste kampaň, aniž byste se mi ozvali." },
        { "cs", "Váš tým to s testováním zanedbal." },
        { "cs", "Kdykoli Vás požádám o podklady, čekám měsíc." },
        { "cs", "Stále mi píšete v neděli večer." },
        { "cs", "Ani jednou jste neposlali podklady včas." },
        { "cs", "Podklady nebyly nikdy kompletní." },
        { "cs", "Rozhodovalo se beze mě." },
        { "cs", "Rozpočet se zmenšoval a rozsah rostl." },
        { "cs", "Vaši manažeři brali každou změnu jako krizi." },
        { "cs", "Dotazy zůstávaly bez odpovědi celé týdny." },
        { "cs", "Každou fakturu bylo nutné urgovat dvakrát." },
        { "cs", "Po všech těch letech bych čekala trochu víc uznání." },
        { "cs", "Bolí mě, že s námi jednáte takhle." },
        { "cs", "Byla jsem k dispozici i o víkendech." },
        { "cs", "Kdo Vám loni zachránil veletrh?" },
        { "cs", "Kvůli Vám jsem se celé léto dřela." },
        { "cs", "Software jsem platil ze svého." },
        { "cs", "Kdykoli jste zavolali, nechal jsem všeho." },
        { "cs", "Odmítl jsem lépe placenou práci kvůli Vašemu projektu." },
        { "cs", "Zmeškala jsem synovo vystoupení kvůli Vaší prezentaci." },
        { "cs", "Byl to jeden velký chaos." },
        { "cs", "Je mi z toho projektu zle." },
        { "cs", "Mám toho s Vaším týmem dost." },
        { "cs", "Vaše poznámky jsou k ničemu." },
        { "cs", "Dle mé předchozí zprávy je rozpočet uzavřen." },
        { "cs", "Jak si jistě pamatujete, termín byl včera." },
        { "cs", "Připomínám pro pořádek, že faktura je po splatnosti." },
        { "cs", "Jak jsem Vám už několikrát psala, v srpnu nepracuji." },
        { "cs", "Díky, o zrušení jsem se dozvěděla z LinkedInu." },
        { "cs", "Odpověď za měsíc, to musí být rekord." },
        { "cs", "Rád Vás slyším, jen tři týdny po termínu." },
        { "cs", "Skvělý nápad, spustit web bez testování." },
        { "cs", "Soubory si nechám, dokud nepřijde platba." },
        { "cs", "Ještě jeden pozdní převod a web vypnu." },
        { "cs", "E-shop zhasne, pokud faktura nebude uhrazena." },
        { "cs", "Vaši investoři by o tom rádi slyšeli." },
        { "cs", "Je to zatím definitivní." },
        { "cs", "Zeptejte se mě znovu po létě." },
        { "cs", "Možná by se mě dalo přemluvit." },
        { "cs", "Ráda bych ještě pokračovala, kdyby to šlo." },
        { "cs", "Můžu psát dál, když budete chtít." },
        { "cs", "Myslím, že bych asi skončila." },
        { "cs", "Asi by byl čas na změnu." },
        { "cs", "Promiň, promiň, vím, že to je nečekané." },
        // Fifth round: charged words about the client or the work still count beside the look-alikes about things.
        { "cs", "Spolupráce s Vámi byla hrozná." },
        { "cs", "Celý projekt byl hrozný, i když počasí vyšlo." },
        { "cs", "Zpozdili jste se se zálohou o měsíc." },
        { "cs", "Jste drzí a nikdy neodpovíte." },
        { "en", "Working with your team was awful." },
        { "en", "The whole project was a nightmare." },
        // Fifth round, new shapes. Threats: a switch-off or a hold on something with a payment condition on either side,
        // "either … or", "no money, no …", another delay or any further excuse + "and", telling everyone … unless,
        // "you'd better pay"; Czech "při dalším prodlení", "dostanete, až zaplatíte", writing to the press, "ještě týden a …",
        // "-li" conditions of payment.
        { "en", "Unless the balance is cleared, I'm switching the staging server off next week." },
        { "en", "I'll pull the website down if the invoice stays unpaid." },
        { "en", "Until I get the payment, the domain stays with me." },
        { "en", "Until you pay, I'll keep the design files." },
        { "en", "Either the fee is paid by the 10th or the launch is cancelled." },
        { "en", "No money, no more revisions." },
        { "en", "Another late payment and my accountant sends it to collections." },
        { "en", "Any further excuses and the contract goes to my lawyer." },
        { "en", "I will tell everyone in the industry about this unless you pay." },
        { "en", "You'd better settle this before Monday." },
        { "cs", "Při dalším prodlení zastavím veškeré práce." },
        { "cs", "Přístupy dostanete, až zaplatíte zálohu." },
        { "cs", "Napíšu o tom do novin." },
        { "cs", "Ještě týden a předám to advokátovi." },
        { "cs", "Neuhradíte-li fakturu, předám věc vymáhací agentuře." },
        // Sarcasm: thanks for learning something from the press, praise + "how you" + a duty not done, "nice of you to …"
        // + late or eventually, "appreciate how you …" + a delay; Czech thanks for something said "až na / v / po …",
        // showing how one should not act.
        { "en", "Thanks for letting me hear about the budget cut through the press." },
        { "en", "Impressive how you managed to not reply to one message in April." },
        { "en", "Lovely of you to confirm the dates, eventually." },
        { "en", "Nice of you to send the contract back, three weeks late." },
        { "en", "I did appreciate how you answered my questions after two weeks of silence." },
        { "cs", "Moc oceňuji, že jste mi změnu oznámili až v den akce." },
        { "cs", "To je ale nádhera, zase posunutý termín." },
        { "cs", "Děkuji, že jste mi předvedli, jak se nemá komunikovat." },
        // Guilt: hours never billed, working till the small hours for the client, family without me, nobody noticed or
        // thanked, "should have counted for something", "got no thanks"; Czech working while ill "abyste …", asking
        // nothing for it, "a Vy to ani nevíte", losing money on it, a family celebration missed because of the client.
        { "en", "Most of the extra hours I put in were never billed." },
        { "en", "I worked till 2am more than once for your launch." },
        { "en", "My kids spent half-term without me so your campaign could go out." },
        { "en", "Not a single person thanked me for the weekends on your migration." },
        { "en", "All that unpaid overtime should have counted for something." },
        { "en", "I gave you every spare evening and got not even a thank-you." },
        { "cs", "Jela jsem na jednání i s teplotou, jen abyste nemuseli nic přesouvat." },
        { "cs", "Nic jsem za to nechtěla, a Vy to ani netušíte." },
        { "cs", "Nakonec jsem na tom sám prodělal." },
        { "cs", "Kvůli Vašemu termínu jsem zmeškala oslavu." },
        // Complaints about the client's people and process: never reachable, material a week after the deadline, constant
        // haggling, changes every weekday, decisions rushed and undone; Czech reflexive passives with a long duration or a
        // weekly cut, "pokaždé jiné", nobody who would decide, "ani po druhé upomínce".
        { "en", "Your managers were never reachable when a release needed sign-off." },
        { "en", "The product photos always arrived a week after the deadline." },
        { "en", "There was constant haggling over every invoice." },
        { "en", "The requirements changed every Thursday afternoon." },
        { "en", "Approvals were rushed and undone days later." },
        { "cs", "Smlouvy se u Vás podepisovaly minimálně dva měsíce." },
        { "cs", "Rozpočet se každý týden krátil." },
        { "cs", "Požadavky chodily pokaždé jiné." },
        { "cs", "Na straně klienta nebyl nikdo, kdo by cokoli schválil." },
        { "cs", "Fakturu jste neuhradili ani po druhé upomínce." },
        // Blame: "because of your late …"; Czech "Váš … , ne já", "za … můžete Vy", "až po termínu" with a second-person
        // verb, "byla jste to Vy", an imperfective "zatajovala".
        { "en", "The launch slipped because of your late answers." },
        { "cs", "Tu chybu v objednávce udělal Váš nákupčí, ne já." },
        { "cs", "Za ten skluz můžete Vy, ne dodavatel." },
        { "cs", "Podklady jste mi poslali až po termínu uzávěrky." },
        { "cs", "Byla jste to Vy, kdo zrušil objednávku." },
        { "cs", "Celé měsíce jsi mi zatajovala, že projekt končí." },
        // Negativity, apology, break-up, reminders, offers to stay and hedges, absolutes.
        { "en", "This contract has left me exhausted and resentful." },
        { "en", "What a shambles the migration was." },
        { "en", "Really, really sorry to be sending this." },
        { "en", "My deepest apologies for the short notice." },
        { "en", "This decision weighs heavily on me." },
        { "en", "Breaking up is never easy, but this is goodbye." },
        { "en", "Consider this our final break-up." },
        { "en", "As explained in my earlier email, the fonts are licensed to you." },
        { "en", "No idea whether my previous emails reached you, so once more." },
        { "en", "I'm not closed to it if you still need me." },
        { "en", "Happy to think again about my decision in spring." },
        { "en", "We could look at the decision again after the summer." },
        { "en", "I'm probably going to wrap up by March." },
        { "cs", "Ten projekt mi vzal chuť do práce." },
        { "cs", "Spolupráce s Vámi byla za trest." },
        { "cs", "Máš u mě utrum." },
        { "cs", "Náš vztah tímto končí." },
        { "cs", "Už potřetí připomínám termín předání." },
        { "cs", "Odpovědi jsem se dosud nedočkal." },
        { "cs", "Pomalu a naposledy: od února nepracuji." },
        { "cs", "Každý měsíc mi slibujete, že to bude hotové." },
        { "cs", "Ustavičně mi měníte termíny." },
        { "cs", "Zase a zase chcete další kolo oprav." },
        { "cs", "Na podzim se k tomu můžeme vrátit." },
        { "cs", "Pokud chcete, můžu to ještě o měsíc protáhnout." },
        { "cs", "Pokud byste mě chtěli podržet do léta, dejte vědět." },
        { "en", "If you ever need me again, I will stay on for a bit." },
        { "en", "I stayed until four in the morning for your app, more than once." },
        { "en", "No idea whether my notes about the invoices ever reached anyone." },
        { "cs", "Kdyby to nestačilo, můžu to ještě o týden natáhnout a zůstat." },
    };

    public static TheoryData<string, string> Fair => new()
    {
        // Lexicalised compounds that only look charged: a natural disaster, a track gauge ("rozchod kolejí").
        { "en", "Our insurance also covers natural disasters." },
        { "cs", "Rozchod kolejí je u nás standardní." },
        // A negated failure is praise, also with a prefixed verb ("nezaváhali" — did not hesitate).
        { "cs", "Ani jednou jste nezaváhali se zaplacením." },
        { "cs", "Nikdy jste nezaváhal, když bylo potřeba rozhodnout." },
        { "en", "You always want the best for your customers." },
        { "en", "It's time to break up the backlog into phases." },
        { "cs", "Díky Vašemu rychlému podpisu jsme začali o týden dřív." },
        { "cs", "Skvělý nápad změnit barvu tlačítka, zkusím to." },
        { "cs", "K tomu dokumentu pošlu poznámky v únoru." },
        { "en", "Thanks for telling me about the road closure, I will leave earlier." },
        { "cs", "Děkuji, že jste mi termín oznámili měsíc předem." },
        { "en", "Invoice 12 is overdue since 3 May." },
        { "en", "Invoice 2291 for 780 EUR is overdue since 25 November." },
        // Fourth round look-alikes: sincere repeats, arrivals as planned, a body state ("Je mi hrozně horko."), meetings.
        { "en", "Thank you for checking the figures three times, it helped." },
        { "en", "The texts arrived two days before the release, as planned." },
        { "en", "The request for a quote came on Monday." },
        { "en", "I called my accountant about the final invoice." },
        { "en", "Why don't you keep the templates, they are yours." },
        { "en", "We can look at the invoice together on Tuesday." },
        { "en", "I'd stay on the call for the handover if that helps." },
        { "en", "Per my calendar, the handover is on Friday." },
        { "en", "The nightmare scenario of losing data did not happen." },
        { "en", "I'm sorry I can't make the Friday call, could we move it?" },
        { "en", "Your feedback was always specific and fair." },
        { "en", "Each time we hit a problem, you stayed calm." },
        { "en", "The error in the logs was fixed yesterday." },
        { "en", "Your project manager approved the last draft." },
        { "en", "Thanks for the feedback after the launch, it shaped the next release." },
        { "cs", "Je mi hrozně horko." },
        { "cs", "Je mi strašně zima, asi zůstanu doma." },
        { "cs", "Děkuji, že jste fakturu zkontrolovali dvakrát." },
        { "cs", "Texty jsem dodala na poslední chvíli já, ne Vy." },
        { "cs", "Faktura č. 9 byla splatná 30. listopadu." },
        { "cs", "Kdykoli se zeptám, rád pomůžu." },
        { "cs", "Mám dost času na předání." },
        { "cs", "Bez zaplacení zálohy nezačínám, tak to mám se všemi klienty." },
        { "cs", "Váš tým byl vždy připravený pomoci." },
        { "cs", "Máme dost prostoru na to, abychom předání stihli v klidu." },
        // Look-alikes of the offers to stay: keeping files, continuing a plan already fixed, moving a meeting.
        { "en", "Do you need me to keep a copy of the repository?" },
        { "en", "If you have questions, I can explain the invoice on a call." },
        { "en", "We could move the call to Thursday if that suits you better." },
        { "en", "Happy to send the files again if the link has expired." },
        // The same opening with praise in the "you" clause.
        { "en", "Every time we met, you brought clear notes." },
        { "en", "Whenever I needed a decision, you made one quickly." },
        { "en", "Each time the launch moved, you told me early." },
        // A word named in quotes after "the word", "slovo": mentioned, not used.
        { "en", "We renamed the label 'disaster' to 'major incident' in the dashboard." },
        { "en", "The phrase \u201Cfed up\u201D no longer appears in the survey." },
        { "cs", "Výraz \u201Ekatastrofa\u201C jsme z nabídky odstranili." },
        // A future or a possibility with "always" is no generalisation about the client.
        { "cs", "Ke zdrojovým souborům budete mít přístup vždycky." },
        // Praise + "finally" + a good event is relief, not sarcasm.
        { "en", "It was great to see the campaign finally go live." },
        { "en", "Wonderful to see the new shop finally open its doors." },
        { "en", "Brilliant news that the app is finally in the store." },
        { "cs", "Bylo skvělé vidět, jak kampaň konečně startuje." },
        { "cs", "Super, že nový e-shop konečně běží." },
        { "en", "Because of your team, the launch was a success." },
        { "en", "Your decision to add a pilot phase was a good one." },
        { "en", "I sat on the panel at the conference last week." },
        { "en", "Our developers break up the release into small batches." },
        { "en", "The scope kept the same three goals from start to finish." },
        { "en", "I turned down the volume on the notifications." },
        { "en", "I was available for questions during the handover week." },
        { "en", "I never take on more than two clients at once." },
        { "en", "As discussed, the handover call is on Monday." },
        { "en", "Brilliant idea to add the video to the landing page." },
        { "en", "Congratulations on the launch after all the hard work." },
        { "en", "Thanks for the quick reply the day after my email." },
        { "en", "I'll leave the keys with your office manager." },
        { "en", "Everyone in the team will hear about the new process on Friday." },
        { "en", "The passwords stay in the shared password manager." },
        { "en", "I will pass the files to your new designer on Friday." },
        { "en", "The final files follow once invoice 12 is paid, as agreed." },
        { "en", "Happy to answer questions until my last day." },
        { "en", "My decision is final and my last day is 30 June." },
        { "en", "Ask me anything about the handover before Friday." },
        { "cs", "Díky Vašemu týmu proběhlo spuštění hladce." },
        { "cs", "Chyba v exportu byla opravena v pátek." },
        { "cs", "Vaše rozhodnutí přidat pilot se ukázalo jako dobré." },
        { "cs", "Faktury nechávám ve sdílené složce." },
        { "cs", "Kdykoli Vás něco napadne, napište mi." },
        { "cs", "Stále platí, že poslední den je 30. června." },
        { "cs", "Podklady byly vždy kompletní a včas." },
        { "cs", "Rozpočet zůstal stejný po celou dobu." },
        { "cs", "Každou fakturu jste zaplatili včas." },
        { "cs", "Po všech těch letech Vám děkuji za spolupráci." },
        { "cs", "Byla jsem Vám k dispozici po celou dobu předávání." },
        { "cs", "Software jsem si koupila sama pro svou firmu." },
        { "cs", "Odmítla jsem nabídku na konferenci, protože nemám čas." },
        { "cs", "Byl to jeden velký úspěch." },
        { "cs", "Mám toho teď hodně, proto končím s novými zakázkami." },
        { "cs", "Připomínám, že předávací hovor je v pondělí." },
        { "cs", "Skvělý nápad, přidat video na úvodní stránku." },
        { "cs", "Finální soubory pošlu po uhrazení faktury, jak jsme se dohodli." },
        { "cs", "Moje rozhodnutí je definitivní a poslední den je 30. června." },
        { "cs", "Můžu Vám poslat podklady ještě dnes." },
        // Fifth round: a charged word about a thing (the weather, a bug, a film, a drought) and not the client or the work;
        // the feelings of third parties (guests, viewers); "rozchod kol"; things thrown away; staying after a meeting.
        { "cs", "Hrozná zima nám zdržela montáž střechy." },
        { "cs", "Katastrofální sucho zničilo polovinu trávníku." },
        { "cs", "Nejhorší počasí přišlo až v listopadu." },
        { "cs", "Ten film byl hrozný, ale kino bylo plné." },
        { "cs", "Frustrující chyba v aplikaci je už opravená." },
        { "cs", "Zklamání diváků ze zrušeného koncertu řešil pořadatel." },
        { "cs", "Přírodní katastrofy letos zasáhly hlavně jih." },
        { "cs", "Rozchod kol u vozíku jsme museli upravit." },
        { "cs", "Vyhozené věci z půdy odvezla firma." },
        { "cs", "Klidně zůstanu po poradě, kdybyste chtěli probrat rozpočet." },
        { "en", "The storm was awful, so the shoot moved to Thursday." },
        { "en", "The weather was a nightmare on the coast, but the photos came out well." },
        { "en", "That frustrating printer glitch is fixed now." },
        { "en", "The disappointed guests from the spring event got vouchers." },
        { "en", "The film was terrible, but the popcorn was good." },
        // Praise with an absolute: keeping one's word ("drželi" is no "drzý"), trust, standing up for people, a "golden"
        // colleague, never being late with a payment, never having to chase anything twice; English "a joy".
        { "cs", "Jste skvělá firma, vždycky jste drželi dané slovo." },
        { "cs", "Vždy jsi mi věřila a nechala mě pracovat samostatně." },
        { "cs", "Oceňuji, jak jste se vždycky zastali svého týmu." },
        { "cs", "Vaše kolegyně z podatelny byla vždycky zlatá." },
        { "cs", "Nikdy jsme nemuseli nic urgovat dvakrát." },
        { "cs", "Ani jednou jste se nezpozdili se zálohou." },
        { "en", "Your newsletters were always a joy to open." },
        // Look-alikes of the fifth round's new shapes.
        { "en", "If you like, I can switch the old newsletter off after the launch." },
        { "en", "I'll turn the test server off once the payment system migration is done." },
        { "en", "Either Tuesday or Wednesday works for the handover call." },
        { "en", "Until the payment clears, the invoice stays open in the portal." },
        { "en", "I will tell everyone at the studio how much we enjoyed this, if that is all right." },
        { "en", "Kind of you to stay late to help with the launch." },
        { "en", "Thanks for the LinkedIn recommendation, it means a lot." },
        { "en", "Impressive how you managed to keep the launch on track." },
        { "en", "As agreed, the discovery hours were never billed." },
        { "en", "My family and I will move to Brno without much fuss." },
        { "en", "I stayed till six to walk your team through the new CMS." },
        { "en", "My team was never available on Sundays, which you knew from the start." },
        { "en", "There was constant support from your office." },
        { "en", "Because of your clear brief, the launch went smoothly." },
        { "en", "The trip left me refreshed." },
        { "en", "As explained in the attached guide, the fonts are licensed to you." },
        { "en", "I'm probably going to be five minutes late to the call." },
        { "en", "Let's look at the invoice again on Monday." },
        { "cs", "Faktury se každý měsíc posílaly včas." },
        { "cs", "Nikdy nebyl nikdo, kdo by to zvládl lépe než Vy." },
        { "cs", "Za ty peníze můžete mít i tisk." },
        { "cs", "Vy jste mi pomohli, ne já Vám." },
        { "cs", "Fakturu dostanete, až předám hotové dílo." },
        { "cs", "Ještě týden a máme hotovo." },
        { "cs", "Napíšu Vám, až vyjde článek v novinách." },
        { "cs", "Při dalším projektu se zase rád zapojím." },
        { "cs", "Děkuji, že jste počkali až do konce prezentace." },
        { "cs", "Pracovala jsem z domu, abyste mohli kancelář využít." },
        { "cs", "Vztah s dodavatelem papíru končí v prosinci." },
        { "cs", "Každý týden Vám pošlu krátký přehled." },
        { "cs", "Každý měsíc jste platili včas." },
        { "cs", "V pondělí se k tomu bodu vrátím na poradě." },
        { "cs", "Pokud chcete, můžu poslat fakturu ještě jednou." },
        { "en", "If you need me, I will stay on the call until the end." },
        { "en", "Any idea if my emails need a footer?" },
        { "cs", "Můžu ještě zůstat v kontaktu s Vaším grafikem." },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void FlagsTheShape(string language, string text, string category)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Any(f => f.Category == category), $"Expected {category} in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [MemberData(nameof(Flagged))]
    public void KeepsTheFindingWhenSentencesOrClausesFollow(string language, string text, string category)
    {
        var sentence = language == "cs" ? " Zbytek podkladů pošlu v pátek. Díky." : " I will send the rest on Friday. Thanks.";
        var clause = language == "cs" ? ", a zbytek pošlu v pátek." : ", and the rest follows on Friday.";
        foreach (var longer in new[] { text + sentence, text.TrimEnd('.', '!') + clause, text + " " + text })
        {
            var findings = ToneChecker.Check(longer, language, "personalNote");
            Assert.True(findings.Any(f => f.Category == category && f.Start + f.Length <= text.Length),
                $"Expected {category} within the first {text.Length} characters of \"{longer}\", got {Describe(findings)}");
        }
    }

    [Theory]
    [MemberData(nameof(AnyFinding))]
    public void FlagsTheGeneralShape(string language, string text)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Count > 0, $"Expected a finding in \"{text}\", got {Describe(findings)}");
        var longer = ToneChecker.Check(text.TrimEnd('.', '!', '?') + (language == "cs" ? ", a zbytek pošlu v pátek. Díky." : ", and the rest follows on Friday. Thanks."), language, "personalNote");
        Assert.True(longer.Any(f => f.Start < text.Length), $"Lost the finding in \"{text}\" when a clause followed: {Describe(longer)}");
    }

    [Theory]
    [MemberData(nameof(Fair))]
    public void LeavesTheLookAlikeAlone(string language, string text)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Count == 0, $"Expected no finding in \"{text}\", got {Describe(findings)}");
    }
}
