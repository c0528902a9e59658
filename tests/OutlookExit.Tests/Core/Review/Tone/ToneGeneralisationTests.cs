using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>Sentences written for these tests (not taken from the tone corpus) in the forms the general rules are
/// meant to cover: subjects and targets ("you", "your team", the client's payments and approvals), sarcasm that
/// pairs thanks or praise with a negative outcome, guilt with the client as beneficiary, reminders in many forms,
/// threats with conditions and deadlines, offers to stay or rethink (errors), and Czech in several persons, genders
/// and word orders. Each flagged sentence keeps its finding when text is appended.</summary>
public class ToneGeneralisationTests
{
    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(none)" : string.Join("; ", findings.Select(f => $"{f.RuleId}/{f.Severity} '{f.Excerpt}' @{f.Start}"));

    public static TheoryData<string, string, string> Flagged => new()
    {
        { "en", "The sign-off dragged on for six weeks.", "complaint" },
        { "en", "The invoices were always paid late, if at all.", "complaint" },
        { "en", "Thanks for paying late again.", "sarcasm" },
        { "en", "Your accounts department was impossible to reach.", "complaint" },
        { "en", "Feedback arrived days after every deadline.", "complaint" },
        { "en", "The brief changed every single week.", "complaint" },
        { "en", "Nobody on your side ever read the reports.", "complaint" },
        { "en", "Every payment had to be chased.", "complaint" },
        { "en", "Decisions kept getting pushed back.", "complaint" },
        { "en", "The approvals process was a complete mess.", "complaint" },
        { "en", "Money never came in on time.", "complaint" },
        { "en", "The deposit was paid three weeks late.", "complaint" },
        { "en", "Invoices were paid late, if at all.", "complaint" },
        { "en", "The requirements were rewritten over and over.", "complaint" },
        { "en", "Every round of comments contradicted the last one.", "complaint" },
        { "en", "Getting an answer out of your team took weeks.", "complaint" },
        { "en", "Meetings were cancelled at the last minute again and again.", "complaint" },
        { "en", "Thanks to your endless revisions, we missed the launch.", "sarcasm" },
        { "en", "Great job losing the signed contract.", "sarcasm" },
        { "en", "Nice of you to finally reply.", "sarcasm" },
        { "en", "Wonderful work ignoring the brief.", "sarcasm" },
        { "en", "Thanks to your indecision, the budget is gone.", "sarcasm" },
        { "en", "Thank you for making every deadline impossible.", "sarcasm" },
        { "en", "Brilliant idea to change the logo the night before print.", "sarcasm" },
        { "en", "I really appreciated waiting four weeks for a signature.", "sarcasm" },
        { "en", "Well done on forgetting the meeting again.", "sarcasm" },
        { "en", "Good to see you finally opened my email.", "sarcasm" },
        { "en", "So kind of you to pay only two months late.", "sarcasm" },
        { "en", "Lovely to hear from you after three weeks of silence.", "sarcasm" },
        { "en", "Thanks a lot for moving the deadline without telling me.", "sarcasm" },
        { "en", "Thanks to your team's delays, the whole schedule collapsed.", "sarcasm" },
        { "en", "Always a pleasure to chase the same invoice five times.", "sarcasm" },
        { "en", "Just circling back on this for the third time.", "passiveAggressive" },
        { "en", "I'm resending my email in case it got lost again.", "passiveAggressive" },
        { "en", "Per my previous message, the files are attached.", "passiveAggressive" },
        { "en", "As I have pointed out several times, the deadline is fixed.", "passiveAggressive" },
        { "en", "Hoping this reaches you this time.", "passiveAggressive" },
        { "en", "Reminding you yet again about invoice 14.", "passiveAggressive" },
        { "en", "I'll attach it again since it seems to have been missed.", "passiveAggressive" },
        { "en", "Still waiting on a reply to my last three emails.", "passiveAggressive" },
        { "en", "Any update would be appreciated, as I've asked before.", "passiveAggressive" },
        { "en", "Not sure whether my earlier emails are reaching you.", "passiveAggressive" },
        { "en", "Following up again, since I haven't heard back.", "passiveAggressive" },
        { "en", "I trust you will read it this time.", "passiveAggressive" },
        { "en", "As you'd know if you had opened the attachment, the price is fixed.", "passiveAggressive" },
        { "en", "Re-sending this, as it seems to have slipped through the cracks.", "passiveAggressive" },
        { "en", "I bent over backwards to make this work for you.", "guilt" },
        { "en", "After all the favours I did for you, this is how it ends.", "guilt" },
        { "en", "I worked through my daughter's birthday for your launch.", "guilt" },
        { "en", "I turned down other clients to keep your project going.", "guilt" },
        { "en", "I gave you discounts nobody else ever got.", "guilt" },
        { "en", "I skipped my own holiday so your site could go live.", "guilt" },
        { "en", "I never billed you for the extra hours.", "guilt" },
        { "en", "I stayed up all night fixing your mistakes.", "guilt" },
        { "en", "Considering all I've given this project, I expected more.", "guilt" },
        { "en", "I put my family second for this account.", "guilt" },
        { "en", "You have no idea how many evenings I gave up for you.", "guilt" },
        { "en", "I went the extra mile every single time for you.", "guilt" },
        { "en", "Settle the balance by Monday or I'll take it further.", "threat" },
        { "en", "If I don't see payment this week, the site comes down.", "threat" },
        { "en", "Failing payment, the matter goes to collections.", "threat" },
        { "en", "Pay up or I'll post about this on LinkedIn.", "threat" },
        { "en", "The domain will be released unless invoice 8 is paid.", "threat" },
        { "en", "Without payment by the 15th I will involve my solicitor.", "threat" },
        { "en", "You will not get the source files until every penny is paid.", "threat" },
        { "en", "I'll have no choice but to take legal steps.", "threat" },
        { "en", "Expect to hear from my lawyer.", "threat" },
        { "en", "I will warn other freelancers about working with you.", "threat" },
        { "en", "Let me think about it a bit more.", "waffle" },
        { "en", "Maybe after all we can keep going.", "waffle" },
        { "en", "I could stay a bit longer if that helps.", "waffle" },
        { "en", "I'm happy to stay on for another month if you need.", "waffle" },
        { "en", "Should you change your mind, I'd gladly continue.", "waffle" },
        { "en", "We can always revisit this in spring.", "waffle" },
        { "en", "If the rate went up, I might reconsider.", "waffle" },
        { "en", "I could be talked into staying.", "waffle" },
        { "en", "If you really want, I'll keep working on it.", "waffle" },
        { "en", "Give me a few days to rethink this.", "waffle" },
        { "en", "Perhaps I'll change my mind after the holidays.", "waffle" },
        { "en", "My door is open if you want me back on the project.", "waffle" },
        { "en", "I wouldn't rule out carrying on next year.", "waffle" },
        { "en", "If you'd rather I stayed, just say the word.", "waffle" },
        { "en", "I kind of think it might be time to stop.", "waffle" },
        { "en", "I suppose this may be the end of our work.", "waffle" },
        { "en", "I'm leaning towards ending things, probably.", "waffle" },
        { "en", "You dropped the ball on the launch.", "blame" },
        { "en", "Your people botched the migration.", "blame" },
        { "en", "You wasted weeks of my time.", "blame" },
        { "en", "You kept me waiting for weeks.", "blame" },
        { "en", "You have ignored every single reminder.", "blame" },
        { "en", "You were impossible to pin down.", "blame" },
        { "en", "You sat on the contract for a month.", "blame" },
        { "en", "You made my job much harder than it needed to be.", "blame" },
        { "en", "Frankly, this has been miserable.", "negativity" },
        { "en", "Working with your team was exhausting and thankless.", "negativity" },
        { "en", "I'm fed up with the constant changes.", "negativity" },
        { "en", "I've had enough of this project.", "negativity" },
        { "en", "This collaboration has been a real ordeal.", "negativity" },
        { "en", "I'm done being treated like this.", "negativity" },
        { "en", "Every single deadline slipped because you changed something.", "blame" },
        { "en", "Whenever I sent a draft, you rewrote it.", "absolute" },
        { "en", "You always wait until Friday evening to send changes.", "absolute" },
        { "en", "I think we should go our separate ways.", "breakup" },
        { "en", "I'm firing you as a client.", "breakup" },
        { "cs", "Po tom všem, co jsem pro Vás udělala, tohle nečekám.", "guilt" },
        { "cs", "Vzdala jsem se kvůli Vašemu projektu dovolené.", "guilt" },
        { "cs", "Kvůli Vám jsem trávil víkendy u počítače.", "guilt" },
        { "cs", "Odmítl jsem jiné zakázky, abych stihl ten Váš termín.", "guilt" },
        { "cs", "Dělala jsem pro Vás věci, za které jsem si nikdy nic neúčtovala.", "guilt" },
        { "cs", "Obětoval jsem tomu projektu spoustu volného času.", "guilt" },
        { "cs", "Seděla jsem nad Vaším webem do tří do rána.", "guilt" },
        { "cs", "Tolik hodin navíc jsem pro Vás odpracoval zadarmo.", "guilt" },
        { "cs", "Vycházela jsem Vám vstříc víc než komukoli jinému.", "guilt" },
        { "cs", "Pracoval jsem o Vánocích, jen aby kampaň vyšla.", "guilt" },
        { "cs", "Nikdo jiný by pro Vás tolik neudělal.", "guilt" },
        { "cs", "Dala jsem do toho celé srdce a tohle je výsledek.", "guilt" },
        { "cs", "Platby chodily se zpožděním několika týdnů.", "complaint" },
        { "cs", "Podklady dorazily vždycky až po termínu.", "complaint" },
        { "cs", "Zpětná vazba se čekala týdny.", "complaint" },
        { "cs", "Na schválení se čekalo věčně.", "complaint" },
        { "cs", "Faktury zůstávaly měsíce nezaplacené.", "complaint" },
        { "cs", "Zadání se pořád měnilo.", "complaint" },
        { "cs", "Odpovědi z Vaší strany nepřicházely.", "complaint" },
        { "cs", "Komunikace s Vaším oddělením byla katastrofa.", "complaint" },
        { "cs", "Termíny se neustále posouvaly.", "complaint" },
        { "cs", "Nikdo z Vašeho týmu nečetl moje zprávy.", "complaint" },
        { "cs", "Záloha přišla o tři týdny později.", "complaint" },
        { "cs", "Připomínky si navzájem odporovaly.", "complaint" },
        { "cs", "Díky Vaší nerozhodnosti jsme promeškali spuštění.", "sarcasm" },
        { "cs", "Díky Vašim změnám na poslední chvíli se všechno zpozdilo.", "sarcasm" },
        { "cs", "Skvělá práce, zase jste ztratili smlouvu.", "sarcasm" },
        { "cs", "To je od Vás milé, že jste se konečně ozvali.", "sarcasm" },
        { "cs", "Děkuji, že jste mi odpověděli po třech týdnech.", "sarcasm" },
        { "cs", "Moc děkuji za zprávu v neděli o půlnoci.", "sarcasm" },
        { "cs", "Krásně jste to zase odložili.", "sarcasm" },
        { "cs", "Opravdu oceňuji, jak rychle jste zapomněli na dohodu.", "blame" },
        { "cs", "Výborně, další změna termínu.", "sarcasm" },
        { "cs", "Děkuji za to nekonečné čekání.", "sarcasm" },
        { "cs", "Posílám to znovu, kdyby se to ztratilo.", "passiveAggressive" },
        { "cs", "Pro jistotu to posílám ještě jednou.", "passiveAggressive" },
        { "cs", "Stále čekám na odpověď na své tři e-maily.", "passiveAggressive" },
        { "cs", "Snad se to tentokrát k Vám dostane.", "passiveAggressive" },
        { "cs", "Už potřetí se ptám na stejnou věc.", "passiveAggressive" },
        { "cs", "Jak už jsem několikrát zmiňovala, termín je pevný.", "passiveAggressive" },
        { "cs", "Doufám, že si to tentokrát přečtete.", "passiveAggressive" },
        { "cs", "Opět se připomínám ohledně faktury.", "passiveAggressive" },
        { "cs", "Nevím, zda Vám mé zprávy vůbec chodí.", "passiveAggressive" },
        { "cs", "Kdybyste si přečetli přílohu, věděli byste to.", "passiveAggressive" },
        { "cs", "Pokud nezaplatíte do pátku, předám to vymáhací agentuře.", "threat" },
        { "cs", "Bez zaplacení zdrojové soubory neuvidíte.", "threat" },
        { "cs", "Když faktura nebude uhrazena, web přestane fungovat.", "threat" },
        { "cs", "Jestli to nebude zaplaceno, obrátím se na advokáta.", "threat" },
        { "cs", "Zaplaťte, jinak podniknu další kroky.", "threat" },
        { "cs", "Do uhrazení dluhu Vám přístupy nevydám.", "threat" },
        { "cs", "Počítejte s tím, že se ozve můj právník.", "threat" },
        { "cs", "Napíšu o Vás recenzi, pokud se to nevyřeší.", "threat" },
        { "cs", "Možná bych to ještě zvážil.", "waffle" },
        { "cs", "Klidně ještě zůstanu, když budete chtít.", "waffle" },
        { "cs", "Nechte mě to ještě promyslet.", "waffle" },
        { "cs", "Můžu zůstat o měsíc déle, pokud to pomůže.", "waffle" },
        { "cs", "Kdybyste mi přidali, zůstala bych.", "waffle" },
        { "cs", "Ještě si to rozmyslím.", "waffle" },
        { "cs", "Když se domluvíme, mohla bych pokračovat.", "waffle" },
        { "cs", "Nakonec bych možná ještě pokračoval.", "waffle" },
        { "cs", "Nejsem si úplně jistý, jestli nechci zůstat.", "waffle" },
        { "cs", "Ještě bych mohl nějakou dobu pomáhat s projektem.", "waffle" },
        { "cs", "Pokud budete mít zájem, rád se k projektu vrátím.", "waffle" },
        { "cs", "Asi bych měla pomalu skončit.", "waffle" },
        { "cs", "Nejspíš spolupráci asi ukončím.", "waffle" },
        { "cs", "Nezaplatili jste ani jednu fakturu včas.", "blame" },
        { "cs", "Nechal jste mě čekat tři týdny.", "blame" },
        { "cs", "Zkomplikovali jste celý projekt.", "blame" },
        { "cs", "Neodpovídáš mi na zprávy.", "blame" },
        { "cs", "Vy jste ten termín zmeškali.", "blame" },
        { "cs", "Váš tým nedodal podklady.", "blame" },
        { "cs", "Ignorovala jste moje upozornění.", "blame" },
        { "cs", "Zdržovali jste schválení celé týdny.", "blame" },
        { "cs", "Nedodržel jsi, co jsme si domluvili.", "blame" },
        { "cs", "Zničili jste mi celý harmonogram.", "blame" },
        { "cs", "Tahle spolupráce byla utrpení.", "negativity" },
        { "cs", "Už mě to celé nebaví.", "negativity" },
        { "cs", "Jsem z toho projektu úplně vyčerpaná.", "negativity" },
        { "cs", "Bylo to nepříjemné a zbytečně vysilující.", "negativity" },
        { "cs", "Vždycky jste všechno poslali na poslední chvíli.", "absolute" },
        { "cs", "Pořád něco měníte.", "absolute" },
        { "cs", "Pokaždé, když pošlu návrh, chcete ho celý jinak.", "absolute" },
        { "cs", "Neustále jste odkládali platby.", "absolute" },
        { "cs", "Strašně se Vám omlouvám, ale musím skončit.", "apology" },
        { "cs", "Mrzí mě to víc, než dokážu říct.", "apology" },
        { "cs", "Je čas, abychom se rozešli.", "breakup" },
        { "cs", "Vyhazuji Vás jako klienta.", "breakup" },
    };

    public static TheoryData<string, string> Fair => new()
    {
        { "en", "We need to break up the migration into phases." },
        // A condition is an offer, not a complaint; thanks for effort are thanks.
        { "en", "If any line of the invoice is unclear, I am happy to walk you through it." },
        { "en", "If the handover documents are unclear anywhere, tell me and I will fix them." },
        { "en", "Thanks for staying late before the launch." },
        { "en", "Thank you for working late to get the release out." },
        { "en", "We will break up the rollout into three waves." },
        { "en", "Breaking up the data import into batches made it faster." },
        { "en", "Thanks to your clear brief, the launch went smoothly." },
        { "en", "Great job on the campaign, it went live on time." },
        { "en", "Nice of you to send the photos so quickly." },
        { "en", "I really appreciated your quick approvals." },
        { "en", "Payments always arrived on time." },
        { "en", "Feedback was always clear and prompt." },
        { "en", "Invoice 14 for 1,200 EUR is due on 20 December." },
        { "en", "The final files follow once invoice 14 is paid, as agreed." },
        { "en", "I will stay in touch and send the handover notes on Friday." },
        { "en", "I could walk you through the invoice on a call if that helps." },
        { "en", "Let me think about the best time for the handover call." },
        { "en", "I worked on the brand refresh and the web shop." },
        { "en", "I gave the new supplier access to the repository." },
        { "en", "My last working day is 31 January." },
        { "en", "I have decided to end our collaboration at the end of March." },
        { "en", "I am moving my practice towards brand strategy for hotels." },
        { "en", "Your team always made time for my questions." },
        { "en", "You never failed to give thoughtful feedback." },
        { "en", "The deadline moved twice, and we adjusted the plan together." },
        { "en", "I turned the draft into a final version yesterday." },
        { "en", "The server dump from Friday is in the shared folder." },
        { "en", "The late fee in the contract does not apply here." },
        { "en", "If you have questions about the handover, write to me." },
        { "en", "The new designer can continue from the files in the drive." },
        { "en", "I'm happy to answer questions until my last day." },
        { "en", "Unless something urgent comes up, the handover is on Monday." },
        { "en", "I stayed on the project until the launch, as planned." },
        { "en", "I appreciated the weekly calls with your team." },
        { "en", "Your feedback made the final version much stronger." },
        { "en", "I'll send the source files on Friday." },
        { "en", "The campaign slipped a week because the printer was closed." },
        { "en", "Meetings were short and focused." },
        { "en", "Your approvals were never late." },
        { "cs", "Migraci rozdělíme do tří fází." },
        { "cs", "Díky Vašemu jasnému zadání šlo vše hladce." },
        { "cs", "Děkuji, že jste schválili návrhy tak rychle." },
        { "cs", "Platby vždy dorazily včas." },
        { "cs", "Zpětná vazba byla vždy jasná." },
        { "cs", "Vždy jste odpovídali rychle a věcně." },
        { "cs", "Nikdy jste neměli problém s platbami." },
        { "cs", "Faktura č. 14 na 12 000 Kč je splatná 20. prosince." },
        { "cs", "Finální soubory pošlu po uhrazení faktury, jak jsme se dohodli." },
        { "cs", "Rád zůstanu v kontaktu." },
        { "cs", "Můžu zůstat na hovoru déle, pokud bude potřeba." },
        { "cs", "Předání proběhne v pondělí." },
        { "cs", "Mým posledním pracovním dnem je 31. ledna." },
        { "cs", "Rozhodla jsem se naši spolupráci ukončit ke konci března." },
        { "cs", "Nově se zaměřuji na strategii značek pro hotely." },
        { "cs", "Nový dodavatel může pokračovat podle podkladů ve sdílené složce." },
        { "cs", "Do posledního dne ráda zodpovím Vaše dotazy." },
        { "cs", "Termín se dvakrát posunul a plán jsme společně upravili." },
        { "cs", "Záloha ze serveru je ve sdílené složce." },
        { "cs", "Díky, že jste kvůli spuštění zůstali déle." },
        { "cs", "Pokud budete mít dotazy k předání, napište mi." },
        { "cs", "Přístupy předám přes správce hesel." },
        { "cs", "Schválení trvalo dva dny, takže jsme stihli termín." },
        { "cs", "Oceňuji, že jste si vždy našli čas na mé dotazy." },
        { "cs", "Vaše připomínky finální verzi výrazně zlepšily." },
        { "cs", "Kampaň se posunula o týden, protože tiskárna měla zavřeno." },
        { "cs", "Schůzky byly krátké a k věci." },
        { "cs", "Vaše platby nikdy nebyly pozdě." },
        { "cs", "Zdrojové soubory pošlu v pátek." },
        { "cs", "Pracovala jsem na redesignu značky a na e-shopu." },
        { "cs", "Vždycky jste byli vstřícní." },
        { "cs", "Novému grafikovi jsem předala přístup do úložiště." },
        { "cs", "Stará data z testovacího serveru smažeme." },
        { "cs", "Děkuji za skvělou spolupráci a přeji hodně úspěchů." },
        { "en", "It was a pleasure working with you over the last few weeks." },
        { "en", "Thank you for your patience over the past weeks." },
        { "en", "Thanks for your trust over these months." },
        { "en", "Thank you for your understanding when the launch was delayed." },
        { "en", "Good luck with the new season." },
        { "en", "Nice to see the shop running smoothly after all these weeks." },
        { "en", "I really enjoyed our weekly calls." },
        { "en", "Thanks for making time for the review on Friday." },
        { "en", "Lovely to hear the new site is doing well." },
        { "en", "Thank you for the kind words about the handover." },
        { "en", "Thank you for trusting me with the rebrand." },
        { "en", "Great to hear you found a new designer." },
        { "en", "I still hope to hear from you about the final review." },
        { "en", "I'm still waiting for the printer to confirm the date." },
        { "en", "If the invoice is not paid by Friday, please let me know if you need the bank details again." },
        { "en", "I'll keep the files in the shared folder until the end of January." },
        { "en", "Let me think about the best way to hand over the analytics." },
        { "en", "I could stay on the call a bit longer on Friday if that helps." },
        { "en", "Happy to stay in touch." },
        { "cs", "Bylo mi potěšením s Vámi poslední týdny spolupracovat." },
        { "cs", "Děkuji za trpělivost v posledních týdnech." },
        { "cs", "Děkuji za pochopení, když se spuštění posunulo." },
        { "cs", "Díky za milá slova k předání." },
        { "cs", "Ráda jsem viděla, že kampaň konečně běží." },
        { "cs", "Soubory nechám ve sdílené složce do konce ledna." },
        { "cs", "Ještě pošlu předávací protokol." },
        { "cs", "Do pátku ještě dokončím podklady k předání." },
        { "cs", "Pro Vás jsem připravila přehled všech přístupů." },
        { "cs", "Pokud budete chtít, pošlu Vám údaje k platbě znovu." },
        { "cs", "Ještě jednou děkuji za spolupráci." },
        { "cs", "Znovu děkuji za důvěru." },
        { "cs", "Přeji Vám hodně úspěchů v novém roce." },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void FlagsTheCategory(string language, string text, string category)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Any(f => f.Category == category), $"Expected {category} in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [MemberData(nameof(Flagged))]
    public void KeepsTheFindingWhenTextIsAppended(string language, string text, string category)
    {
        var sentence = language == "cs" ? " Podklady k předání pošlu v pátek." : " I will send the handover notes on Friday.";
        var clause = language == "cs" ? " a zbytek pošlu příští týden" : " and the rest follows next week";
        foreach (var longer in new[] { text + sentence, text.TrimEnd('.') + clause, text + " " + text })
        {
            var findings = ToneChecker.Check(longer, language, "personalNote");
            Assert.True(findings.Any(f => f.Category == category && f.Start + f.Length <= text.Length),
                $"Expected {category} within the first {text.Length} characters of \"{longer}\", got {Describe(findings)}");
        }
    }

    [Theory]
    [MemberData(nameof(Fair))]
    public void LeavesFairTextAlone(string language, string text)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Count == 0, $"Expected no finding in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("en", "Let me think about it a bit more.")]
    [InlineData("en", "I could stay a bit longer if that helps.")]
    [InlineData("en", "Maybe after all we can keep going.")]
    [InlineData("cs", "Možná bych to ještě zvážil.")]
    [InlineData("cs", "Klidně ještě zůstanu, když budete chtít.")]
    [InlineData("cs", "Nechte mě to ještě promyslet.")]
    public void AnOfferToStayOrRethinkIsAnError(string language, string text)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.Contains(findings, f => f.RuleId == "waffle.reopen" && f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("We need to break up the migration into phases.")]
    [InlineData("We will break up the rollout into three waves.")]
    public void BreakingUpTheWorkIsNoBreakUp(string text) =>
        Assert.DoesNotContain(ToneChecker.Check(text, "en"), f => f.Category == "breakup");

    [Theory]
    [InlineData("We need to break up.")]
    [InlineData("I think we should break up with each other.")]
    public void BreakingUpWithTheClientIsStillFlagged(string text) =>
        Assert.Contains(ToneChecker.Check(text, "en"), f => f.Category == "breakup");
}
