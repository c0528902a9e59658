using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>Table tests for the fourth round of rules, written before each rule was changed: a positive message for each
/// general shape and a negated or look-alike one beside it. The shapes: putting the client in touch with someone and
/// working the successor's first days are replacement; asking what has to change, refusing to accept the notice yet and
/// "would X change anything?" are pleas to stay; paying a rate, someone's licences or an amount per hour is more money,
/// but the usual rate for a task, an existing retainer and the client's own new contract are not; staying until a piece of
/// work is done, a separate paid job and a photo shoot are extra work; a web form, an archive page, a payroll export and
/// a supplier file are not files or forms to hand over; talking before leaving is not a later date; noting the decision
/// is acceptance.</summary>
public class ClientAsksFourthRoundTests
{
    [Theory]
    // Introductions and the successor's first days.
    [InlineData("Could you put us in touch with the illustrator you worked with last spring?", "replacement")]
    [InlineData("We got in touch with the printer ourselves, so that's settled. Thanks for everything.", "acceptance")]
    [InlineData("Would you spend the first two days with our new hire?", "replacement")]
    [InlineData("Could you let us know in good time if anything slips?", "other")]
    [InlineData("Can we have until mid-February to sort out a successor?", "moreTime")]
    // Pleas to stay.
    [InlineData("Tell us what has to change and we'll change it.", "stay")]
    [InlineData("Don't decide anything yet, please.", "stay")]
    [InlineData("I won't accept this without hearing you out first.", "stay")]
    [InlineData("Would a four-day week change anything?", "stay")]
    [InlineData("Nothing about the plan needs to change. Good luck!", "acceptance")]
    [InlineData("Please give it another try with the new workflow.", "stay")]
    // Money, and what is not an offer.
    [InlineData("We'd pay your full rate for every remaining week if you stayed on.", "stay,moreMoney")]
    [InlineData("We could also pay for your design software from January.", "moreMoney")]
    [InlineData("How about 110 per hour from the new year?", "moreMoney")]
    [InlineData("Could you do the brochure too? We'd pay the usual rate for it.", "extraWork")]
    [InlineData("Please take the unused days of the October retainer off the final invoice.", "invoice")]
    [InlineData("Can you stay until the new contract is approved in February?", "moreTime")]
    [InlineData("I'd rather you were part of it. Would equity help?", "moreMoney")]
    // Extra work.
    [InlineData("The shop migration goes live in January. Could you stay on until it's finished? That means the end of January.", "moreTime,extraWork")]
    [InlineData("Could you stay on until the new hire starts?", "moreTime")]
    [InlineData("Would you take the catalogue as a separate project?", "extraWork")]
    [InlineData("Before you go, could you shoot the team headshots?", "extraWork")]
    [InlineData("Could you write us a short testimonial about the rebrand project?", "other")]
    // Not files or forms to hand over.
    [InlineData("Could you finish the validation on the contact form before the 18th?", "extraWork")]
    [InlineData("Please send us the signed handover form.", "other")]
    [InlineData("Could you finish the events archive page?", "extraWork")]
    [InlineData("Could you send me the archive of all project files?", "other")]
    [InlineData("Could you also run the payroll export for December?", "extraWork")]
    [InlineData("Please put the reason in one line for our vendor file.", "why")]
    [InlineData("The invoice lists two licences twice. Could you delete one and send a corrected invoice?", "invoice")]
    // Losing someone mid-project is about timing; a talk on a named day is a call.
    [InlineData("Could you stay until the app is in the store? I'd hate to lose you in the middle of the launch.", "moreTime")]
    [InlineData("I'd hate to lose you. Please reconsider.", "stay")]
    [InlineData("Let's talk on Friday.", "other")]
    [InlineData("Let's not drag this out. All the best!", "acceptance")]
    // A pronoun back to the invoice; itemised hours.
    [InlineData("The last invoice came today. Could you split it into two, one per cost centre?", "invoice")]
    [InlineData("Could you split the onboarding between the two new designers?", "replacement")]
    [InlineData("Please send the itemised hours for October.", "invoice")]
    // Talking first is not a later date; noting the decision is acceptance.
    [InlineData("Please don't leave until we've talked properly.", "stay")]
    [InlineData("We note your decision and confirm the last day as 18 December.", "acceptance")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // Nástupce a jeho první dny.
    [InlineData("Mohla byste první dva dny pracovat s ní, než se zorientuje?", "replacement")]
    [InlineData("Připravil byste zadání pro agenturu, která po Vás převezme kampaně?", "replacement")]
    [InlineData("Připravil byste zadání pro jarní kampaň?", "extraWork")]
    [InlineData("Zúčastnila byste se schůzky s novou agenturou?", "replacement")]
    [InlineData("Můžeme se sejít ve středu na kafe?", "other")]
    // Prosby o setrvání.
    [InlineData("Řekněte, co musíme změnit, a změníme to.", "stay")]
    [InlineData("Tohle bez boje nepřijmu.", "stay")]
    [InlineData("Nerozhodujte nic hned, prosím.", "stay")]
    [InlineData("Rád bych Vám ten odchod rozmluvil.", "stay")]
    [InlineData("Nezvážila byste to přece jen?", "stay")]
    [InlineData("Změnila by na tom něco čtyřdenní týden?", "stay")]
    [InlineData("Co by Vás přimělo zůstat?", "stay")]
    [InlineData("Co Vás k tomu přimělo?", "why")]
    // Důvod.
    [InlineData("čím jsme to zkazili", "why")]
    [InlineData("Byly to ty časté změny zadání?", "why")]
    // Peníze a co nabídkou není.
    [InlineData("Zaplatíme Vám víc než konkurence.", "moreMoney")]
    [InlineData("Zaplatili bychom 30 000 Kč za celou sérii.", "moreMoney")]
    [InlineData("Fakturu zaplatíme 15. prosince jako obvykle.", "other")]
    [InlineData("Od února bychom Vaše faktury platili do tří dnů.", "moreMoney")]
    [InlineData("Pokud jde o peníze, hned se domluvíme.", "moreMoney")]
    [InlineData("Splatnost je 14 dní, ale máme 30. Opravíte to prosím na faktuře?", "invoice")]
    [InlineData("Zůstal byste, dokud novou smlouvu podepsat nemůžeme, tedy do konce ledna?", "moreTime")]
    [InlineData("Udělal byste ještě leták? Zaplatíme běžnou sazbu.", "extraWork")]
    // Práce navíc.
    [InlineData("Mohl byste zůstat, dokud nebude nový e-shop hotový? Asi do poloviny února.", "moreTime,extraWork")]
    [InlineData("Až bude převod hotový, odhlaste se prosím z našeho účtu.", "other")]
    [InlineData("Vzal byste výroční zprávu jako samostatnou zakázku?", "extraWork")]
    [InlineData("Nafotila byste ještě před odchodem náš tým?", "extraWork")]
    // Nic k předání.
    [InlineData("Opravil byste ještě kontaktní formulář na webu?", "extraWork")]
    [InlineData("Pošlete nám prosím podepsaný formulář o předání.", "other")]
    [InlineData("Dodělal byste ještě stránku s archivem akcí?", "extraWork")]
    [InlineData("Připravil byste ještě export mezd za leden?", "extraWork")]
    // Přijít o někoho uprostřed projektu je o termínu.
    [InlineData("Zůstal bys do spuštění? Nerad bych o tebe přišel uprostřed.", "moreTime")]
    [InlineData("Nerad bych o tebe přišel. Prosím, zůstaň.", "stay")]
    // Zájmeno odkazující na fakturu; rozpis hodin.
    [InlineData("Fakturu jsme dostali. Mohla byste ji rozdělit na dvě, zvlášť za web a za tisk?", "invoice")]
    [InlineData("Pošlete nám prosím ještě rozpis hodin za říjen.", "invoice")]
    [InlineData("Jen jestli chcete, ale byly to ty neustálé změny termínů?", "why")]
    [InlineData("Fakturu jsme dostali, ale je tam chyba v čísle objednávky. Můžete ji poslat znovu?", "invoice")]
    // Rozhovor před odchodem není pozdější datum; vrácení věcí do data také ne.
    [InlineData("Prosím, neodcházejte, dokud si to spolu neprobereme.", "stay")]
    [InlineData("Vraťte prosím do konce měsíce klíče od kanceláře.", "other")]
    [InlineData("Máte v pondělí pár minut na telefon?", "other")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
