using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The eighth round of rules (shapes read from the misses of validation8): messages of our own, a positive one
/// for each new rule and a negated or look-alike one beside it. Never a corpus message's own words.</summary>
public class ClientAsksEighthRoundTests
{
    [Theory]
    // a short "OK, thanks" before a task or a successor question is an acknowledgement
    [InlineData("OK, thanks Sam. Could you finish the onboarding page before the 20th?", "extraWork,acceptance")]
    [InlineData("Okay thanks. Do you know anyone who could take over the bookkeeping?", "replacement,acceptance")]
    [InlineData("OK thanks, but could you stay until March?", "moreTime")]
    [InlineData("Cheers for the update. Can you recommend someone for the shop?", "replacement,acceptance")]
    // a task: getting a thing to a working state, a thing that needs doing, landing it before the end
    [InlineData("Could you get the booking widget to a working state before you leave?", "extraWork")]
    [InlineData("The spring catalogue still needs doing, sorry to ask.", "extraWork")]
    [InlineData("The spring catalogue doesn't need doing any more.", "other")]
    [InlineData("The data import is half finished. Can you land it before the 20th?", "extraWork")]
    // money tied to a named task is also the task
    [InlineData("We'd pay extra for the newsletter redesign if you have time.", "moreMoney,extraWork")]
    [InlineData("We'd pay double the normal fee for the product launch video.", "moreMoney,extraWork")]
    [InlineData("We don't want to pay extra for the newsletter redesign.", "other")]
    // money in other words: a higher band, part of each invoice in advance, money as the problem
    [InlineData("We could bump you onto the senior rate from January.", "moreMoney")]
    [InlineData("We'd be happy paying 40% of every invoice in advance.", "moreMoney")]
    [InlineData("If money is the issue, tell me what you need.", "moreMoney")]
    [InlineData("If the timing is the issue, tell me.", "other")]
    [InlineData("Your rate was fine, the invoice is per our agreed cap of £1,200. Please resend it.", "invoice")]
    // a plea to stay: not accepting it, waiting to see, whether an offer changes anything; "before it's final" is no date
    [InlineData("I'm sorry, but I don't want to accept this.", "stay")]
    [InlineData("I still can't bring myself to accept your decision.", "stay")]
    [InlineData("Could you resend the invoice? We can't accept it as it stands.", "invoice")]
    [InlineData("Take the holidays and see how you feel after New Year?", "stay")]
    [InlineData("Let me know how you feel about the handover plan.", "other")]
    [InlineData("Would a bigger budget change anything?", "stay")]
    [InlineData("Could you sleep on it for a few more days before it's final?", "stay")]
    [InlineData("Could you stay a few more days, until the 20th?", "moreTime")]
    // a later end with a successor: overlap with a person; taking the new person through things
    [InlineData("If you could overlap with our new developer for a week, that would help.", "moreTime,replacement")]
    [InlineData("Could you take him through the shop setup on his first day?", "replacement")]
    [InlineData("Could you take us through the final invoice on a call?", "invoice,other")]
    // a question about the reason asked to do better next time is no successor question
    [InlineData("Was it the workload? Asking so we can do better with the next contractor.", "why")]
    [InlineData("Could you recommend a contractor for the next phase?", "replacement")]
    // acknowledgements and dates that are no later end
    [InlineData("Confirmed, the 18th it is. Thank you!", "acceptance")]
    [InlineData("We confirm the notice period ends on 31 March.", "acceptance")]
    [InlineData("Could the last day move to 9 January?", "moreTime")]
    // handover items as other; forms to fill in, a kick-off session, remittance are not work
    [InlineData("Could you finish the style guide? And put the source files in the shared folder.", "extraWork,other")]
    [InlineData("Could you send me the email templates before you go?", "other")]
    [InlineData("Can you tell me where the logo files and the brand fonts are kept?", "other")]
    [InlineData("Please complete the attached supplier form and return your pass.", "other")]
    [InlineData("Could you run a kick-off call with the new agency?", "replacement")]
    [InlineData("Where should we send the remittance advice for the final invoice?", "invoice")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // work: verbs of finishing and polishing in ty and Vy forms; the "last favour" request
    [InlineData("Dotáhneš ještě ten nový filtr v katalogu?", "extraWork")]
    [InlineData("Doladíte prosím ještě tisk štítků z e-shopu?", "extraWork")]
    [InlineData("Odučte prosím ještě ty dvě lekce pro pokročilé.", "extraWork")]
    [InlineData("Filtr v katalogu už dotahovat nemusíte.", "other")]
    [InlineData("Ještě bych tě poprosil o jednu laskavost: banner na jarní akci.", "extraWork")]
    // money tied to a task is also the task; money in other words
    [InlineData("Za překlad celého katalogu do němčiny bychom zaplatili 5 000 Kč navíc.", "moreMoney,extraWork")]
    [InlineData("Za překlad katalogu jsme Vám už zaplatili.", "other")]
    [InlineData("Napište mi částku, kterou byste potřeboval.", "moreMoney")]
    [InlineData("Můžeme vám nově platit každý týden.", "moreMoney")]
    [InlineData("Nájem platíme každý měsíc na účet.", "other")]
    // a plea to stay: don't give it up, rather than leaving entirely; "before it's final" is no later end
    [InlineData("Prosím, ještě to nevzdávejte.", "stay")]
    [InlineData("Šlo by to spíš na menší úvazek, než abyste úplně skončil?", "stay")]
    [InlineData("Nechal byste si to projít hlavou ještě pár dní, než to bude konečné?", "stay")]
    [InlineData("Zůstal byste ještě pár dní, do 20. ledna?", "moreTime")]
    // reasons: "jak to, že…", whether it has to do with something
    [InlineData("Jak to, že končíte zrovna teď?", "why")]
    [InlineData("Zajímalo by mě, jestli to má něco společného s tou zpožděnou platbou.", "why")]
    [InlineData("Platbu jsme poslali o dva týdny později, omlouvám se.", "other")]
    // a later end: holding things until then, moving the date
    [InlineData("Nový kolega nastoupí až 1. března. Mohla byste do té doby ještě zajistit provoz webu?", "moreTime")]
    [InlineData("Dá se s tím 20. prosincem ještě hnout?", "moreTime")]
    [InlineData("Fakturu potřebuju mít do konce měsíce, kdy ji pošlete?", "invoice")]
    // a successor who takes it over; a name on an account is no successor
    [InlineData("Projdeš to pak s Petrem, který to po tobě vezme?", "replacement")]
    [InlineData("Předejte nám prosím správcovský účet, zatím je na Vaše jméno.", "other")]
    // acknowledgements before an ask
    [InlineData("Dobře, díky. Stihla byste ještě opravit košík na webu?", "extraWork,acceptance")]
    [InlineData("Rozumím, je to v pořádku. Šlo by posunout konec na 10. ledna?", "moreTime,acceptance")]
    [InlineData("Napište, jestli je to v pořádku.", "other")]
    // meeting in person: come by, go out for a drink; a "some day" beer is no ask
    [InlineData("Stav se v pátek u nás, probereme to.", "other")]
    [InlineData("Nezašla bys s námi ještě na kafe?", "other")]
    [InlineData("Díky za všechno, a kdyby sis někdy chtěl dát pivo, ozvi se.", "acceptance")]
    [InlineData("Rád to s Vámi proberu osobně.", "other")]
    [InlineData("Udělala jsem něco špatně já osobně?", "why")]
    // invoices: an advance invoice is no backup, tax numbers in a form are work, not an invoice ask
    [InlineData("Potřebujeme nejdřív zálohovou fakturu, jde to?", "invoice")]
    [InlineData("Dodělejte prosím úpravu košíku, aby šlo zadat IČO.", "extraWork")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
