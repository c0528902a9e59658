using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The ninth round of rules (shapes read from the misses of validation9, and a few found by hand in a review of
/// the letters): messages of our own, a positive one for each new rule and a negated or look-alike one beside it. Never a
/// corpus message's own words.</summary>
public class ClientAsksNinthRoundTests
{
    [Theory]
    // an open offer to change the terms; a standing rate; "on the table"
    [InlineData("We're open to renegotiating the terms if that helps.", "moreMoney")]
    [InlineData("We're happy to rework the contract so it works better for you.", "moreMoney")]
    [InlineData("We're not open to renegotiating the contract.", "other")]
    [InlineData("The higher day rate we discussed in spring still stands if you ever come back. Thanks for everything.", "moreMoney,acceptance")]
    [InlineData("Our offer to write you a reference still stands. Thanks for everything.", "acceptance")]
    [InlineData("A bigger retainer is on the table if you want it.", "moreMoney")]
    // a budget that is no obstacle
    [InlineData("Budget isn't an issue for us, honestly.", "moreMoney")]
    [InlineData("Money is no object if you can stay on.", "stay,moreMoney")]
    [InlineData("Money isn't the point for us either. Could you send the files?", "other")]
    [InlineData("We can't offer more, I'm afraid. Could you send the files?", "other")]
    // name your number, a bump or a raise of a rate or a retainer
    [InlineData("Put a number on it and we'll see what we can do.", "moreMoney")]
    [InlineData("A 10% bump from February, would that help?", "moreMoney")]
    [InlineData("We could give you a decent bump on the retainer.", "moreMoney")]
    [InlineData("We can't raise your retainer this year.", "other")]
    // same money for fewer hours; the rate of the new client
    [InlineData("Fewer days, same money. Think about it?", "moreMoney")]
    [InlineData("How about a 4-day week at your current fee?", "moreMoney")]
    [InlineData("We could pay you the same rate as your new client.", "moreMoney")]
    [InlineData("Your current fee is on the last invoice, could you check it?", "invoice")]
    // we can sort the money
    [InlineData("We can sort the money out, just tell me what works.", "moreMoney")]
    // a price for a named deliverable is money and work
    [InlineData("How about £900 for the spring brochure before you go?", "moreMoney,extraWork")]
    [InlineData("We'd pay €1,500 for the onboarding video.", "moreMoney,extraWork")]
    [InlineData("The invoice for the onboarding video was €1,500, thanks.", "other")]
    // licences with a longer name
    [InlineData("From March we could pay for your Adobe and Figma licences.", "moreMoney")]
    // extraWork as a plan or a need
    [InlineData("Could you hang on until the end of January and get the booking emails working?", "moreTime,extraWork")]
    [InlineData("We'd need you to stay until the app update ships in February. The offline sync still isn't done.", "moreTime,extraWork")]
    [InlineData("The offline sync isn't done, but the new developer will finish it.", "other")]
    [InlineData("Is there any way you could fix the broken search filters before you finish?", "extraWork")]
    [InlineData("Could you make your last day 30 January so you can finish the CRM migration first?", "moreTime,extraWork")]
    // other precision: the object of a task is no handover item; a call with the successor is the handover
    [InlineData("Could you also do the menu cards for the spring event while you're still with us?", "extraWork")]
    [InlineData("Could you leave the key cards at reception?", "other")]
    [InlineData("Could you finish the subtitle files for the three videos?", "extraWork")]
    [InlineData("Can you do a handover call with Priya, who takes over the servers in January?", "replacement")]
    [InlineData("Can we talk about a later last day? The 20th of January would help.", "moreTime")]
    // a question whether it is something; something that pushed them
    [InlineData("Could you tell me whether it's the workload?", "why")]
    [InlineData("Could you tell me whether the 18th is your last day?", "other")]
    [InlineData("Was there something about the way we work that pushed you to this?", "why")]
    [InlineData("Is there something you need from us for the handover?", "other")]
    // a meeting a colleague wants beside a plea
    [InlineData("Please reconsider. Our director wants to meet you on Friday to talk it through.", "stay,other")]
    // a notice period asked longer in weeks; a budget for the client's own replacement
    [InlineData("Could the notice be six weeks instead of four?", "moreTime")]
    [InlineData("The budget approval for your replacement comes in January. We accept, of course.", "acceptance")]
    // an account moved into the client's name; which account the payment goes to
    [InlineData("Could you move the domain account into our name?", "other")]
    [InlineData("Which account should the final payment go to?", "invoice")]
    [InlineData("Which account do you use for the newsletter?", "other")]
    // "Received, thanks." is an acknowledgement
    [InlineData("Received, thanks. Could you send a copy of invoice 2026-017 again?", "invoice,acceptance")]
    [InlineData("Received, thanks.", "acceptance")]
    // a date to do instead is no task
    [InlineData("Could you do the 9th of January instead of the 18th of December?", "moreTime")]
    [InlineData("Could you do the banner for the 9th of January?", "extraWork")]
    // rather you stayed
    [InlineData("I'd rather you stayed, to be honest.", "stay")]
    [InlineData("I'd rather you sent the files today.", "other")]
    // an emergency call-out on an invoice is no call
    [InlineData("The emergency call-out on the invoice looks wrong. Could you check it?", "invoice")]
    // a why about an amount is an invoice question; new work wished for; work promised; beating another offer
    [InlineData("I don't follow the total. Why is it 2,400? We agreed on a lower figure.", "invoice")]
    [InlineData("Why now, after 5 years together?", "why")]
    [InlineData("We'd also like a new product page.", "extraWork")]
    [InlineData("We won't need a new product page after all.", "other")]
    [InlineData("What about the landing pages you promised?", "extraWork")]
    [InlineData("We can beat whatever they're paying you.", "moreMoney")]
    [InlineData("We can't match what they're paying you, I'm afraid.", "other")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // otevřená nabídka změnit podmínky; peníze nejsou překážkou
    [InlineData("Podmínky spolupráce jsme ochotni upravit, jestli Vám to pomůže.", "moreMoney")]
    [InlineData("Peníze nejsou problém, řekněte, co potřebujete.", "moreMoney")]
    [InlineData("Nám taky nejde o peníze. Pošlete prosím podklady?", "other")]
    [InlineData("Víc Vám nabídnout nemůžeme. Pošlete prosím podklady?", "other")]
    [InlineData("Rozpočet pro nás není překážka.", "moreMoney")]
    // částka místo jiné, za cestu, prémie, na hodině
    [InlineData("Mohli bychom Vám za každou reportáž platit 4 000 místo 3 000.", "moreMoney")]
    [InlineData("Zaplatíme Vám i cestu na veletrh do Brna.", "moreMoney")]
    [InlineData("Můžeme přidat 200 Kč na hodině.", "moreMoney")]
    [InlineData("K tomu prémie 8 000 Kč za sezónu.", "moreMoney")]
    [InlineData("Prémie za minulý rok jsme Vám vyplatili v lednu.", "other")]
    [InlineData("Nabízíme Vám na příští rok roční smlouvu s garancí dvanácti zakázek.", "moreMoney")]
    [InlineData("Bychom Vám rádi platili zálohu předem na celý měsíc.", "moreMoney")]
    [InlineData("Zálohu za prosinec jsme zaplatili včera.", "other")]
    // částka za úkol je peníze i práce
    [InlineData("Udělal byste nám ještě plakát na jarní trh za 5 000 Kč?", "moreMoney,extraWork")]
    [InlineData("Nafotila bys nám ještě vánoční besídku? Zaplatíme ti 4 000.", "moreMoney,extraWork")]
    [InlineData("Pošlete prosím fakturu za 5 000 Kč na účtárnu.", "invoice")]
    // ještě nic nerozhodujte; rozmysli si to
    [InlineData("Ještě nic nerozhodujte, prosím.", "stay")]
    [InlineData("Terezo, ještě si to rozmysli.", "stay")]
    [InlineData("Nemusíš si to rozmýšlet, je to v pořádku.", "acceptance")]
    // skončit až k datu
    [InlineData("Šlo by skončit až 31. ledna?", "moreTime")]
    [InlineData("Potřebovala bych, abyste skončil až po inventuře, tedy 10. ledna.", "moreTime")]
    [InlineData("Skončili jsme až v deset večer, promiňte pozdní odpověď. Pošlete fakturu?", "invoice")]
    // udělali jsme něco?
    [InlineData("Udělali jsme něco špatně?", "why")]
    [InlineData("Udělali jsme fakturu znovu, je v příloze.", "other")]
    // uděláš je, než skončíš?
    [InlineData("Ještě ty plakáty na jarmark – uděláš je, než skončíš?", "extraWork")]
    // pro toho, kdo bude po Vás dělat…
    [InlineData("Natočíte krátké video pro toho, kdo bude po Vás dělat web?", "replacement")]
    // zůstat, dokud nedoděláte…
    [InlineData("Mohla byste zůstat, dokud nedoděláte katalog? To bude tak do konce ledna.", "moreTime,extraWork")]
    [InlineData("Mohla byste zůstat do konce ledna?", "moreTime")]
    // formulář k opravě je práce; zpracování osobních údajů není práce
    [InlineData("Mohl byste ještě opravit ten rezervační formulář? Nechodí z něj maily.", "extraWork")]
    [InlineData("Pošlete prosím podepsaný formulář k předání.", "other")]
    [InlineData("Ještě potřebujeme podepsat dodatek ke smlouvě o zpracování osobních údajů.", "other")]
    // ukázat nástupci, jak…; shrnutí pro nástupce
    [InlineData("Mohl byste se s novým správcem sejít a ukázat mu, jak máme udělané zálohy?", "replacement")]
    [InlineData("Napsal byste pro nástupce shrnutí, jak je udělaný e-shop a kde co je?", "replacement")]
    [InlineData("Pošlete prosím zálohy databáze na náš disk.", "other")]
    // termín klienta; kdo má přístup
    [InlineData("Kdo má teď přístup k účtu na Instagramu? Potřebujeme to zjistit do Vánoc.", "other")]
    [InlineData("Mohla byste zůstat do Vánoc?", "moreTime")]
    // "díky, že to hlásíte s předstihem" je potvrzení
    [InlineData("Rozumím, díky, že to hlásíte s předstihem. Dokončil byste ještě rozvrh na jaro?", "extraWork,acceptance")]
    // nerozumím tomu, co…; je to pevné?
    [InlineData("Mohl byste nám pomoct vybrat agenturu? Nerozumím tomu, co nabízejí.", "replacement")]
    [InlineData("Nerozumím tomu, proč končíte.", "why")]
    [InlineData("Je to pevné, ten 18. prosinec? Šlo by to do 8. ledna?", "moreTime")]
    // přijďte, majitel s Vámi chce mluvit
    [InlineData("Nic neuzavírejte, prosím. Přijďte v pátek, majitel s Vámi chce mluvit.", "stay,other")]
    // proč je to částka; nová práce jako přání; slíbená práce
    [InlineData("Nerozumím té částce. Proč je to 30 000? Domlouvali jsme méně.", "invoice")]
    [InlineData("Proč teď, po 5 letech?", "why")]
    [InlineData("A ještě bychom chtěli nový e-shop.", "extraWork")]
    [InlineData("Nový e-shop nám už dělá agentura.", "other")]
    [InlineData("A co ty úpravy, které jste slíbil?", "extraWork")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
