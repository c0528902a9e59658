using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>Table tests for the fifth round of rules, written before each rule was changed: a positive message for each
/// general shape and a negated or look-alike one beside it. The shapes: help choosing, briefing or showing the ropes to
/// whoever comes next (in every Czech case of the role nouns), naming a colleague to contact, a recommendation *of*
/// someone versus a reference letter *for* the client; continuing for a price or on a condition is a plea to stay; money
/// tied to a piece of work, paid licences, travel costs and steady monthly work are money; "until then", "only at the end
/// of January" and a phased ending are a later date, but being on leave until Monday is not; a deliverable to finish
/// (a report for a period, a migration to complete, backups to set up) is work, not handover material; forwarding and
/// "I'll get back to you" are not asks beside a real one; a notice received is acceptance.</summary>
public class ClientAsksFifthRoundTests
{
    [Theory]
    // Money: the rate they asked for, naming a rate, paid tools, settling invoices fast, what figure it would take.
    [InlineData("If you ever decide to return, we'd pay the rate you quoted in the summer.", "moreMoney")]
    [InlineData("We paid the rate you quoted in the summer, as agreed.", "other")]
    [InlineData("Tell us your rate and it's yours.", "moreMoney")]
    [InlineData("We'd happily pay the new rate from March.", "moreMoney")]
    [InlineData("Would paid subscriptions for your design tools help?", "moreMoney")]
    [InlineData("We could settle your invoices within five days from now on.", "moreMoney")]
    [InlineData("What number would it take to keep you?", "stay,moreMoney")]
    [InlineData("I know it isn't about the money, so I won't bring that up. Would you stay on anyway?", "stay")]
    // Continuing at a price is a plea to stay and money.
    [InlineData("Would you carry on at 90 an hour?", "stay,moreMoney")]
    // Replacement: a colleague to point us to, an intro, a colleague you'd trust.
    [InlineData("Is there a freelancer you could point us to?", "replacement")]
    [InlineData("Could you point us to the folder with the brand assets?", "other")]
    [InlineData("Do you know a developer you'd trust with the app? An intro would be great.", "replacement")]
    [InlineData("Could you help us pick between the two agencies that pitched?", "replacement")]
    // Extra work, and what is not.
    [InlineData("Could you get the booking rewrite over the line before you leave?", "extraWork")]
    [InlineData("Could we end on the 30th rather than the 15th?", "moreTime")]
    [InlineData("Would you be able to finish at the end of February instead?", "moreTime")]
    [InlineData("Could you overlap with the new hire for two weeks so they can learn the setup from you?", "moreTime,replacement")]
    [InlineData("The invoice has the old company name on it, could you update it?", "invoice")]
    [InlineData("The payment module still has a bug in the refund flow. Could you fix that bug before you go?", "extraWork")]
    // A later date, and what is not one.
    [InlineData("Could you give us one more quarter?", "moreTime")]
    [InlineData("I'm away until Friday, I'll read it properly then.", "other")]
    [InlineData("Could you resend this from another address? It went to spam.", "other")]
    // Pleas to stay.
    [InlineData("Don't decide before you've heard our offer, please.", "stay")]
    [InlineData("Let's work this out together, please don't go.", "stay")]
    [InlineData("Let's sort out the invoice first.", "invoice")]
    [InlineData("I get your reasons, but please think again.", "stay")]
    [InlineData("Could we have a phone call? I would like to understand your reasons.", "why,other")]
    [InlineData("We were sorry to receive your letter. Could you recommend someone?", "replacement")]
    // Other: a contact kept, a call, a sign-off is not a form, a record on file is not a file.
    [InlineData("Can we keep your number for the odd question next year?", "other")]
    [InlineData("Give me ten minutes on Monday?", "other")]
    [InlineData("Was it our slow sign-offs?", "why")]
    [InlineData("Could you give us the reason for our records? A line on file is enough.", "why")]
    [InlineData("Could you record a walkthrough of the admin area for whoever comes next?", "replacement")]
    // Forwarding and replying later are not asks beside a real one.
    [InlineData("Before I pass this on to our director: what made you decide?", "why")]
    [InlineData("I've passed this on to our director.", "other")]
    [InlineData("Please extend the notice to six weeks and revert soon.", "moreTime")]
    // A notice received.
    [InlineData("We have received your notice and thank you for your cooperation.", "acceptance")]
    [InlineData("We have received your invoice. Could you add the PO number?", "invoice")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // Nástupce: výběr, koho oslovit, kontakt na kolegu, zaučení a předání nové osobě v každém pádě.
    [InlineData("Poradíte nám, koho oslovit na vedení účetnictví?", "replacement")]
    [InlineData("Pomohla byste nám s výběrem nové grafičky?", "replacement")]
    [InlineData("S výběrem nové grafičky si poradíme sami.", "acceptance")]
    [InlineData("Dáte mi kontakt na toho kolegu, co Vás loni zastupoval?", "replacement")]
    [InlineData("Mohl byste pomoct novému správci sítě s prvními dny?", "replacement")]
    [InlineData("Napíšete krátký návod pro novou účetní?", "replacement")]
    [InlineData("Sepsal byste postup pro nového programátora?", "replacement")]
    [InlineData("Ukážeš nováčkovi, jak funguje objednávkový systém?", "replacement")]
    [InlineData("Kdybyste o někom věděla, napište mi.", "replacement")]
    [InlineData("Nový fotograf začne v lednu. Mohl byste mu předat všechno osobně?", "replacement")]
    // Doporučení někoho vs. doporučující dopis pro klienta.
    [InlineData("Napsala byste nám doporučení, že se s námi dobře spolupracovalo?", "other")]
    [InlineData("Doporučila byste nám někoho na sociální sítě?", "replacement")]
    // Setrvání za cenu nebo pod podmínkou.
    [InlineData("Byl byste ochotný pokračovat za 900 Kč na hodinu?", "stay,moreMoney")]
    [InlineData("Dáme Vám podíl na zisku, když budete pokračovat.", "stay,moreMoney")]
    [InlineData("V předávání budeme pokračovat podle plánu.", "other")]
    [InlineData("Chtěli bychom Vás přesvědčit, abyste to ještě zkusil.", "stay")]
    [InlineData("Nechoď, prosím.", "stay")]
    // Peníze: práce za příplatek, procenta slovem, cestovné, pravidelné zakázky.
    [InlineData("Za dokončení katalogu Vám zaplatíme 8 000 Kč navíc.", "moreMoney,extraWork")]
    [InlineData("Za dokončení katalogu jsme Vám už zaplatili.", "other")]
    [InlineData("Když nám ještě přeložíte ceník, přidáme Vám bonus.", "moreMoney,extraWork")]
    [InlineData("Kdybyste ještě vyfotila podzimní kolekci, zaplatíme víc.", "moreMoney,extraWork")]
    [InlineData("Zaplatíme Vám sazbu plus patnáct procent.", "moreMoney")]
    [InlineData("Nově Vám proplatíme i cestovné a ubytování.", "moreMoney")]
    [InlineData("Co kdybychom Vám nabídli pravidelnou práci v rozsahu 30 hodin měsíčně?", "moreMoney")]
    [InlineData("Jestli Vám nesedí sazba, navrhněte jinou.", "moreMoney")]
    // Pozdější datum, a co jím není.
    [InlineData("Mohl byste do té doby zůstat?", "moreTime")]
    [InlineData("Mohla byste do té doby vypomáhat?", "moreTime")]
    [InlineData("Šlo by to až koncem února?", "moreTime")]
    [InlineData("Nešlo by to až po Velikonocích?", "moreTime")]
    [InlineData("Je opravdu nutné skončit už 11. prosince?", "moreTime")]
    [InlineData("Šlo by ukončení rozložit do dvou měsíců?", "moreTime")]
    [InlineData("Šlo by platbu rozložit do dvou měsíců?", "invoice")]
    [InlineData("Stihla byste ještě přenést články do nového systému?", "extraWork")]
    // Práce navíc vs. předávací materiál.
    [InlineData("Dokud nebude hotová nová aplikace, potřebujeme Vás tu.", "moreTime,extraWork")]
    [InlineData("Dopsala byste ještě poslední dvě kapitoly?", "extraWork")]
    [InlineData("Udělejte prosím ještě přehled tržeb za listopad.", "extraWork")]
    [InlineData("Pošlete nám prosím přehled otevřených úkolů.", "other")]
    [InlineData("Dokončil byste ještě převod webu na nový hosting?", "extraWork")]
    [InlineData("Nastavte prosím ještě automatické zálohování serveru.", "extraWork")]
    [InlineData("Pošlete prosím zálohu databáze.", "other")]
    // Faktura.
    [InlineData("Poslední fakturu prosím vystavte v eurech, účet teď máme u jiné banky.", "invoice")]
    [InlineData("Faktura je na 30 000 Kč, ale dohodnutá cena byla 25 000 Kč. Vysvětlíte to?", "invoice")]
    [InlineData("Pošlete nám prosím seznam nezaplacených faktur.", "invoice")]
    // Jiné: schůzka, hovor, protokol, šanony, databáze.
    [InlineData("Zastavte se prosím u nás v úterý.", "other")]
    [InlineData("Zavolám Vám zítra dopoledne, jestli můžu.", "other")]
    [InlineData("Rád bych se s Vámi ještě sešel.", "other")]
    [InlineData("Pošlete prosím předávací protokol k serveru.", "other")]
    [InlineData("Předejte nám prosím všechny šanony s doklady.", "other")]
    [InlineData("Pošlete nám prosím slovník pojmů a paměť překladů.", "other")]
    // Důvod.
    [InlineData("Byl to nějaký konkrétní důvod?", "why")]
    [InlineData("Vysvětlíte mi to? Nerozumím tomu.", "why")]
    [InlineData("Částka na faktuře nesedí. Můžete mi to vysvětlit?", "invoice")]
    [InlineData("Byla byste ochotná napsat referenci? Pomohla by nám při náboru.", "other")]
    [InlineData("Prosím tě, spíš jako kamarád: zůstaň.", "stay")]
    [InlineData("Víme, že jsme nebyli ideální, ale polepšíme se. Zůstaňte.", "stay")]
    // Přijetí.
    [InlineData("Vaše výpověď byla přijata.", "acceptance")]
    [InlineData("Je to škoda, ale beru to.", "acceptance")]
    [InlineData("Chápeme a bereme. Mohla byste ještě předat hesla?", "acceptance,other")]
    [InlineData("Konec spolupráce to beru, ale šlo by to až v únoru?", "moreTime,acceptance")]
    // Přehled plateb je podklad, opravný daňový doklad je faktura, přesun na novou doménu je práce.
    [InlineData("Pošlete prosím přehled pravidelných plateb, které za nás hlídáte.", "other")]
    [InlineData("Pošlete nám prosím opravný daňový doklad.", "invoice")]
    [InlineData("Dokončil byste ještě přesun e-mailů na novou doménu?", "extraWork")]
    // Naděje, že to zvládneme, není přijetí; slib zlepšení je prosba zůstat; návod pro novou osobu.
    [InlineData("Snad to do března zvládneme. Zůstanete do té doby?", "moreTime")]
    [InlineData("Zlepšíme se, slibujeme. Zůstaňte.", "stay")]
    [InlineData("Sepsal byste postup pro novou překladatelku?", "replacement")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
