using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The seventh round of rules (shapes read from the misses of validation7): messages of our own, a positive one
/// for each new rule and a negated or look-alike one beside it. Never a corpus message's own words.</summary>
public class ClientAsksSeventhRoundTests
{
    [Theory]
    // a task named as a noun phrase, with or without a verb
    [InlineData("At the very least, wrap up the product tour you were building.", "extraWork")]
    [InlineData("At the very least, we hope you enjoyed the project.", "other")]
    [InlineData("If you get the pricing page done first, we'll pay a bonus.", "moreMoney,extraWork")]
    [InlineData("If you get a chance, tell us how you are.", "other")]
    [InlineData("I want the onboarding video finished by Friday before you go.", "extraWork")]
    [InlineData("Could you please make also the poster for the open day?", "extraWork")]
    [InlineData("Could you make sure the keys are returned?", "other")]
    [InlineData("Could you design us a flyer for the spring sale?", "extraWork")]
    [InlineData("If you'd take on the autumn brochure, we'd be very grateful.", "extraWork")]
    [InlineData("While you're still here, could you look at the checkout bug?", "extraWork")]
    [InlineData("While you're still here — the annual report layout?", "extraWork")]
    [InlineData("While you're still here, thanks again for everything.", "acceptance")]
    [InlineData("Before you go, could you tidy up the image library?", "extraWork")]
    [InlineData("Before you go — the landing page for the webinar?", "extraWork")]
    [InlineData("One more round of the quarterly newsletter before you leave?", "extraWork")]
    [InlineData("We had one more round of interviews yesterday.", "other")]
    // staying until a named project is live, with a date: a later end and the work
    [InlineData("Could you stay until the portal is live — mid-March at the latest?", "moreTime,extraWork")]
    [InlineData("Stay until the audit is signed off, 20 January at the latest.", "moreTime,extraWork")]
    [InlineData("Could you stay until the portal is live?", "moreTime")]
    [InlineData("Could you stay until 20 January at the latest?", "moreTime")]
    // reasons: wanting or being owed an explanation
    [InlineData("I want a proper explanation.", "why")]
    [InlineData("I think you owe us an explanation.", "why")]
    [InlineData("No explanation needed, we understand.", "acceptance")]
    // faster payment as an offer to keep someone
    [InlineData("We'd move you to 7-day payment terms if you stay.", "stay,moreMoney")]
    [InlineData("Our payment terms are 30 days, as in the contract.", "other")]
    // "other" when a real ask is read: a reference number, "do you know", a charge to remove
    [InlineData("With reference to our call, could you send the final invoice by Friday?", "invoice")]
    [InlineData("Please send a short reference letter for our files.", "other")]
    [InlineData("Also, do you know anyone who does Shopify?", "replacement")]
    [InlineData("Could you also do the Christmas mailer?", "extraWork")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // proč / z jakého důvodu / co vás vedlo / čím to je — the shapes the earlier rounds had
    [InlineData("Proč?", "why")]
    [InlineData("Z jakého důvodu končíte?", "why")]
    [InlineData("Co Vás k tomu vedlo?", "why")]
    [InlineData("Čím to je?", "why")]
    [InlineData("Co se stalo?", "why")]
    // a guess at the reason as a question
    [InlineData("A upřímně — byl to náš nový ředitel?", "why")]
    [InlineData("Byla to naše pomalá schvalování?", "why")]
    [InlineData("Byl to náš poslední společný projekt a moc se povedl.", "other")]
    [InlineData("Je za tím lepší zakázka jinde?", "why")]
    [InlineData("Za tím vším je spousta práce, děkujeme.", "other")]
    [InlineData("Může za to ten zmatek s podklady na jaře?", "why")]
    [InlineData("Mohla za to ta sleva z minulého roku?", "why")]
    [InlineData("Jde o to, že jsme Vám neposílali podklady včas?", "why")]
    [InlineData("Jde o to, že máme nového ředitele.", "other")]
    [InlineData("Smím se zeptat, jestli za tím nejsou naše pozdní platby?", "why")]
    [InlineData("Řekněte mi prosím, jestli to bylo kvůli nám.", "why")]
    [InlineData("rekni mi, jestli to bylo kvuli me", "why")]
    [InlineData("Neodcházíte náhodou proto, že jsme vás přetěžovali?", "why")]
    [InlineData("Nekončíš náhodou kvůli tomu, že jsme tě honili?", "why")]
    [InlineData("Neodcházejte, prosím.", "stay")]
    // asking to state or explain the reason; being owed an explanation
    [InlineData("Žádáme Vás o uvedení důvodu ukončení smlouvy.", "why")]
    [InlineData("Uveďte prosím důvod výpovědi.", "why")]
    [InlineData("Důvod uvádět nemusíte.", "other")]
    [InlineData("Po tolika letech si zasloužíme aspoň vysvětlení.", "why")]
    [InlineData("Dlužíš nám vysvětlení.", "why")]
    [InlineData("Žádné vysvětlení nepotřebujeme, chápeme to.", "acceptance")]
    [InlineData("Rádi bychom pochopili, co vás k rozhodnutí vedlo.", "why")]
    [InlineData("Radi bychom pochopili, proc to tak dopadlo.", "why")]
    [InlineData("Chtěli bychom pochopit, jestli jsme něco udělali špatně.", "why")]
    // staying until a project is finished, with a latest date: a later end and the work
    [InlineData("Zůstaňte, dokud nedokončíme přechod na nový sklad, nejpozději do konce března.", "moreTime,extraWork")]
    [InlineData("Potřebujeme tě až do konce implementace, tedy nejpozději do 15. března.", "moreTime,extraWork")]
    [InlineData("Zůstaňte, dokud nenajdeme náhradu, nejpozději do konce března.", "moreTime")]
    // paying invoices sooner is an offer, not an invoice question
    [InlineData("A co kdybychom ti platili faktury hned do týdne?", "moreMoney")]
    [InlineData("Splatnost faktur zůstává podle smlouvy.", "other")]
    // work named by what is made: a poster, a label, a calendar; fixing errors on the site
    [InlineData("Udělal byste nám ještě plakát na jarní trhy?", "extraWork")]
    [InlineData("Děkujeme, že jste nám udělal tak krásný plakát.", "other")]
    [InlineData("Vezmete si ještě ten katalog na příští rok?", "extraWork")]
    [InlineData("Opravte prosím chyby v objednávkovém formuláři na webu.", "extraWork")]
    [InlineData("zvladla bys jeste upravit logo pro novou pobocku?", "extraWork")]
    [InlineData("Komu patří zdrojové soubory k logu, které jste navrhl?", "other")]
    // a successor who takes over, named by what they will do
    [InlineData("Předejte prosím podklady grafičce, která po Vás nastoupí.", "replacement")]
    [InlineData("Sepsal byste pro firmu, která to po Vás převezme, krátký přehled?", "replacement")]
    // returning keys and chips, passwords, admin rights are "other"; a final invoice is not "final" about staying
    [InlineData("Vrátíte nám klíče od skladu?", "other")]
    [InlineData("Prosím o vrácení čipu a předání hesel.", "other")]
    [InlineData("Prosíme o převedení administrátorských práv na kolegu.", "other")]
    [InlineData("Kdy dorazí konečná faktura?", "invoice")]
    [InlineData("Je to Vaše konečné rozhodnutí?", "stay")]
    [InlineData("Jak jsme se bavili při podpisu smlouvy, výpovědní lhůta je dva měsíce. Prodloužíte ji?", "moreTime")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
