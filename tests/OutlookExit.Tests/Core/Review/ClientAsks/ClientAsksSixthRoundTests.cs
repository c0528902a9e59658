using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The sixth round of rules (shapes read from the misses of validation6): messages of our own, a positive one
/// for each new rule and a negated or look-alike one beside it. Never a corpus message's own words.</summary>
public class ClientAsksSixthRoundTests
{
    [Theory]
    [InlineData("We'd add €500 more a month if you stay.", "stay,moreMoney")]
    [InlineData("Could you stay one more month?", "moreTime")]
    [InlineData("How about a flat fee instead of hourly, $3k a month?", "moreMoney")]
    [InlineData("Would you reconsider if we gave you until January to think about it?", "stay")]
    [InlineData("Could you stay until January?", "moreTime")]
    [InlineData("Has anybody here done something to upset you?", "why")]
    [InlineData("Did anyone say when the new site goes live?", "other")]
    [InlineData("I would like to understand the decision better.", "why")]
    [InlineData("Would you be happy seeing the CRM rollout through before you go?", "extraWork")]
    [InlineData("Would you be up for one last job before you leave?", "extraWork")]
    [InlineData("That was one last job we never got to, and that's fine.", "other")]
    [InlineData("We confirm receipt of your notice and your last day, 18 December.", "acceptance")]
    [InlineData("Could you confirm receipt of the payment?", "other")]
    [InlineData("Fingers crossed for the new venture!", "acceptance")]
    [InlineData("Shame, but we get it. Could you recommend a copywriter?", "replacement,acceptance")]
    [InlineData("Could you write a short testimonial for our site? No problem if not.", "other")]
    [InlineData("Can you spare 10 minutes tomorrow?", "other")]
    [InlineData("Can you do the 10 product pages?", "extraWork")]
    [InlineData("We'll double your rate for the last month if you stay.", "stay,moreMoney")]
    [InlineData("Can you not just stay with us?", "stay")]
    [InlineData("Can you not just stay on a bit longer for us?", "moreTime")]
    [InlineData("Can you not copy the whole team on the handover email?", "other")]
    [InlineData("Could your last day be 15 January instead?", "moreTime")]
    [InlineData("Your last day will be 18 December, right?", "other")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    [InlineData("Vraťte prosím do pátku služební telefon a tablet.", "other")]
    [InlineData("Telefon Vám vrátíme, až se ozvete.", "other")]
    [InlineData("Sepsala byste nám, které úkoly děláte pravidelně každý měsíc?", "other")]
    [InlineData("Vyplňte prosím přiložený dotazník pro odcházející dodavatele.", "other")]
    [InlineData("Na faktuře je 6 000 Kč, v nabídce 5 000. Vysvětlíte mi ten rozdíl?", "invoice")]
    [InlineData("Fakturu jste vystavil v korunách. Vystavíte ji prosím znovu v eurech?", "invoice")]
    [InlineData("Fakturu už nám znovu vystavovat nemusíte.", "other")]
    [InlineData("Pošlete poslední fakturu hned 18., nebo až v lednu?", "invoice")]
    [InlineData("Udělali jsme Vám něco?", "why")]
    [InlineData("Ráda bych věděla, kde byla chyba.", "why")]
    [InlineData("Kdybyste se chtěl vrátit, sazba 900 Kč platí dál.", "moreMoney")]
    [InlineData("Sazba 900 Kč na faktuře nesedí, můžete to opravit?", "invoice")]
    [InlineData("Kdyby Vás zajímal podíl ve firmě, rádi se o tom pobavíme.", "moreMoney")]
    [InlineData("Podíl na trhu nám letos klesl.", "other")]
    [InlineData("Co kdybychom Vám platili fixně 25 hodin měsíčně?", "moreMoney")]
    [InlineData("Nabízíme Vám pevnou měsíční částku 30 000 Kč.", "moreMoney")]
    [InlineData("Od ledna Vám budeme platit i čas na cestu.", "moreMoney")]
    [InlineData("Šlo by, abyste se s novou kolegyní aspoň týden překrývala?", "moreTime,replacement")]
    [InlineData("Představil byste nás tomu grafikovi, o kterém jste mluvil?", "replacement")]
    [InlineData("Chtěli bychom Vám představit nový plán.", "other")]
    [InlineData("Mohl byste se podívat na inzerát na Vaše místo, než ho zveřejníme?", "replacement")]
    [InlineData("Pomohla bys nám projít přihlášky na tvoje místo?", "replacement")]
    [InlineData("Do Vánoc nemáme šanci to zvládnout sami. Mohl byste zůstat do konce ledna?", "moreTime")]
    [InlineData("Dejte nám ještě šanci.", "stay")]
    [InlineData("Co kdybychom se sešli a probrali to?", "other")]
    [InlineData("Když jsme se loni sešli, mluvili jsme o jiném rozpočtu.", "other")]
    [InlineData("Byla bych ráda, kdybychom se ještě před odchodem potkali.", "other")]
    [InlineData("Ještě bych Vás poprosila o nahrání nových fotek do galerie.", "extraWork")]
    [InlineData("Prosím o zaslání faktury v PDF.", "invoice")]
    [InlineData("Poprosím o vytvoření krátkého návodu pro nového kolegu.", "replacement")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));

    // The same rows with the rules alone: the new rules carry them without the statistical layer.
    [Theory]
    [InlineData("Na faktuře je 6 000 Kč, v nabídce 5 000. Vysvětlíte mi ten rozdíl?", "cs", "invoice")]
    [InlineData("Pošlete poslední fakturu hned 18., nebo až v lednu?", "cs", "invoice")]
    [InlineData("Co kdybychom Vám platili fixně 25 hodin měsíčně?", "cs", "moreMoney")]
    [InlineData("Has anybody here done something to upset you?", "en", "why")]
    [InlineData("How about a flat fee instead of hourly, $3k a month?", "en", "moreMoney")]
    public void RulesAlone(string message, string language, string expected)
    {
        using (ClientAskModel.RulesOnlyScope())
            Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, language).Names));
    }
}
