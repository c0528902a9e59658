using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>The tenth round of rules (shapes read from the misses of validation10): messages of our own, a positive one
/// for each new rule and a negated or look-alike one beside it. Never a corpus message's own words.</summary>
public class ClientAsksTenthRoundTests
{
    [Theory]
    // a production verb the rules did not know (record, typeset); a recorded thing already done
    [InlineData("Can you still record the voiceover for the spring trailer before you finish? The script is done.", "extraWork")]
    [InlineData("We recorded the voiceover ourselves in the end, so nothing needed there. Thanks for the notice.", "acceptance")]
    [InlineData("Would you have time to typeset the annual report before the 18th?", "extraWork")]
    // the successor by more roles (dev, editor); illustrators to recommend; a session for the new agency is no work
    [InlineData("Could you plan a week with the new dev so she can pick up the codebase?", "replacement")]
    [InlineData("Could you leave a short note for the next editor on the colour settings?", "replacement")]
    [InlineData("Do you know any illustrators who would suit our children's books?", "replacement")]
    [InlineData("Understood. Could you run a short onboarding session for the new studio?", "replacement,acceptance")]
    // a payroll run is a noun, not work; running the payroll is work
    [InlineData("We'd need you through the first payroll run in January.", "moreTime")]
    [InlineData("Could you run the first payroll in January for us before you go?", "extraWork")]
    // changing an invoice detail is no work
    [InlineData("The invoice shows our old address. Could you update it to 4 Mill Road?", "invoice")]
    // a call that happened is no call asked for; a call asked for; calls as a burden
    [InlineData("Is it because of something that was said on the Monday call?", "why")]
    [InlineData("Could we have a call on Monday to talk it through?", "other")]
    [InlineData("Is it the deadlines or the weekly calls with our sales team?", "why")]
    // material handed over by a verb of sending; a spreadsheet to build is work
    [InlineData("Please send me the keyword spreadsheet you have been using.", "other")]
    [InlineData("Could you build a new pricing spreadsheet for the spring range?", "extraWork")]
    // a recorded walkthrough for the successor is handover, not new work; the writer's new studio is no successor
    [InlineData("Could you record a short walkthrough of the booking admin for whoever takes over?", "replacement")]
    [InlineData("We wish you all the best with the new studio.", "acceptance")]
    // "why I think…" is the writer's own reason and "I see why" accepts one; a why asked still counts
    [InlineData("Could you tell us why you are leaving?", "why")]
    [InlineData("Sorry to lose you, but I see why. Could you train Ana on the booking system before you go?", "replacement,acceptance")]
    [InlineData("I don't see why you would leave now. What happened?", "why")]
    // going on, asked as impossible; a process that is new is no successor
    [InlineData("Is it really impossible to keep going with us?", "stay")]
    [InlineData("Will you give us a chance to show the new process works?", "stay")]
    // what made the decision / the work harder; a look-alike where nothing made it harder
    [InlineData("Would you share what made the decision? Honest feedback helps us.", "why")]
    [InlineData("Was there anything that made working with us harder than it needed to be?", "why")]
    [InlineData("Nothing made this harder than the snow. Thanks, all clear on our side.", "acceptance")]
    // better terms as money; a rate kept open for a return
    [InlineData("We could move you onto a year-long contract with paid holidays.", "moreMoney")]
    [InlineData("If you ever want to come back, the old rate is there for you.", "moreMoney")]
    // a line taken off the invoice; a look-alike with "come later"
    [InlineData("The £300 for stock photos — can that come off? We had our own licence.", "invoice")]
    [InlineData("Can that come later, after the launch? Understood otherwise.", "acceptance")]
    // coming in on a day to talk is a meeting asked for; having come in is not
    [InlineData("Could you come in on Monday so we can talk it over properly?", "other")]
    [InlineData("We came in on Monday and the files were all there. Thanks for everything.", "acceptance")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // přeposlaná zpráva níže není žádost; předání vedení zůstává other
    [InlineData("Přeposílám níže zprávu od kolegy. Mohla bys zůstat ještě do konce února?", "moreTime")]
    [InlineData("Přeposlal jsem Vaši zprávu vedení, ozvou se Vám.", "other")]
    // nástupce „která po tobě…“
    [InlineData("Mohla bys v lednu dva týdny pracovat souběžně s Janou, která po tobě přebírá web?", "moreTime,replacement")]
    // záloha placená dopředu; záloha už zaplacená
    [InlineData("Od ledna Vám můžeme platit zálohu vždy na začátku měsíce.", "moreMoney")]
    [InlineData("Zálohu jsme Vám už zaplatili v listopadu, děkuji za informaci.", "acceptance")]
    // účet pro platbu
    [InlineData("Na jaký účet máme poslat poslední platbu?", "invoice")]
    // předání správy účtů; podpis potvrzení
    [InlineData("Předáš mi prosím administraci kanálu na YouTube?", "other")]
    [InlineData("Předejte mi prosím správu stránek obce na Facebooku.", "other")]
    [InlineData("Potřebovala bych od tebe ještě podepsat potvrzení o předání podkladů.", "other")]
    // je to opravdu konečné?; „konečně hotové“ není prosba
    [InlineData("Je to opravdu konečné? Ještě v létě Vás to bavilo.", "stay")]
    [InlineData("Je to opravdu konečně hotové? Pak díky a ať se daří.", "acceptance")]
    // faktura vystavená na…
    [InlineData("Faktura je vystavená na starou firmu, má být na nové IČO. Opravte to prosím.", "invoice")]
    // poučení pro příště není nástupce; domluva s další grafičkou je
    [InlineData("Chci jen pochopit, proč jste skončila, ať to s další grafičkou neuděláme stejně.", "why")]
    [InlineData("Domluvíte se prosím s další grafičkou na předání?", "replacement")]
    // položka účtovaná zvlášť; stihnout fakturu není práce, stihnout katalog je
    [InlineData("Bude v poslední faktuře i zaškolení nových kolegů, nebo ho účtujete samostatně?", "invoice")]
    [InlineData("Stihnete poslední fakturu vystavit do 15. prosince?", "invoice")]
    [InlineData("Stihnete ještě dodělat katalog do 15. prosince?", "extraWork")]
    // kameraman (nástupce hledaný i pro nového kameramana)
    [InlineData("Nevíte o šikovném kameramanovi pro svatby?", "replacement")]
    [InlineData("Sepsal byste pro nového kameramana, jak máte nastavené barvy?", "replacement")]
    // šablona k dodělání a řádky pro toho, kdo ji po Vás bude udržovat; předání paní …
    [InlineData("Dodělejte prosím exportní šablonu a sepište k ní pár řádků pro kolegu, který ji po Vás bude udržovat.", "extraWork,replacement")]
    [InlineData("Mohl byste ještě dva týdny v lednu předat agendu paní Novákové?", "moreTime,replacement")]
    // předání zprávy řediteli není nástupce
    [InlineData("Vaši zprávu jsem předala paní ředitelce, ozve se Vám.", "other")]
    [InlineData("Předejte to prosím panu řediteli.", "other")]
    // dva dny v lednu na zaškolení nejsou pozdější konec; pozdě placené faktury jako odhad důvodu; roční výkazy nejsou
    // faktura; „nikdo nebude vědět, proč…“ není otázka
    [InlineData("Přišla bys v lednu na dva dny zaškolit Janu, která po tobě bere web?", "replacement")]
    [InlineData("Je to kvůli pozdě placeným fakturám?", "why")]
    [InlineData("Pošlete prosím opravenou fakturu, ta pozdě placená byla na špatnou částku.", "invoice")]
    [InlineData("Neodcházejte, prosím. Bez Vás nikdo nebude vědět, proč web padá.", "stay")]
    [InlineData("Chci vědět, proč končíte.", "why")]
    [InlineData("Potřebujeme Vás do konce února kvůli ročním výkazům.", "moreTime")]
    [InlineData("Pošlete prosím výkaz hodin k poslední faktuře.", "invoice")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
