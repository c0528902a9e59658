using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>Table tests for the third round of rules, written apart from the corpus before each rule was changed: a
/// positive message for each general rule and a negated or look-alike one beside it. The rules: addresses and links are
/// not words; an acknowledgement that only says the notice was read ("Understood.", "Rozumím.") is acceptance when nothing
/// else is asked, one that agrees ("Fine by us", "V pořádku") also beside asks that take the ending as given or move the
/// date, but not beside stay or money, nor when its sentence goes on with "but"/"ale"; telling the team is acceptance;
/// conditional past ("we'd have offered") is a counterfactual; an invoice word drops only a generic "why", not "was it…?"; handover to a named
/// successor (an agency "we're bringing in", joint sessions, an overlap) is replacement; paid work named in an offer
/// ("for a flat €700", "if you can do…") is extra work.</summary>
public class ClientAsksGeneralRuleTests
{
    [Theory]
    // Addresses and links are not words.
    [InlineData("Please send the final invoice to accounts@example.org from now on.", "invoice")]
    [InlineData("Thanks for everything! Our new site is www.example.org/stay-with-us.", "acceptance")]
    [InlineData("Could you mail the design files to files@example.org?", "other")]
    // Read: acceptance alone, politeness beside an ask. Agreed: acceptance beside asks that take the end as given.
    [InlineData("Understood.", "acceptance")]
    [InlineData("Understood. Could you send over the source files?", "other")]
    [InlineData("Got it, thanks. Could you recommend someone for the blog?", "replacement")]
    [InlineData("Got it. I'll tell the team. Could you recommend someone for the blog?", "replacement,acceptance")]
    [InlineData("Fine by us. Please put our PO number on the invoice.", "invoice,acceptance")]
    [InlineData("OK, understood – one question: is the last invoice pro rata?", "invoice")]
    [InlineData("No problem, I understand. Could we make it 6 February instead?", "moreTime,acceptance")]
    [InlineData("No problem, but couldn't you stay until spring?", "moreTime")]
    [InlineData("Fine by me. If it's the rate, we can pay more.", "moreMoney")]
    [InlineData("I understand, but couldn't you stay until spring?", "moreTime")]
    [InlineData("Understood, but please reconsider.", "stay")]
    [InlineData("I don't understand. Why now?", "why")]
    // Thanks for the notice is politeness beside an ask.
    [InlineData("Thanks for letting us know. Could you recommend a good bookkeeper?", "replacement")]
    [InlineData("Thanks for the heads-up. Could you resend the October invoice?", "invoice")]
    [InlineData("Thanks for letting us know. Could you stay until March?", "moreTime")]
    [InlineData("Thanks for telling us. We could offer you a higher rate.", "moreMoney")]
    // Conditional past is a counterfactual.
    [InlineData("We'd have offered you a bigger budget if we had known. Anyway, good luck!", "acceptance")]
    [InlineData("I'd have paid more for the rush job, honestly. All the best.", "acceptance")]
    // An invoice word drops a generic "why", not a guess at the reason.
    [InlineData("Was it the late invoices on our side?", "why")]
    [InlineData("Why is the final invoice higher than the quote?", "invoice")]
    [InlineData("Tell me honestly if it was something we said.", "why")]
    [InlineData("We understand and accept your decision.", "acceptance")]
    // More time: moving the date, phasing out, days a week; thanks for the notice period is not a request.
    [InlineData("Could we move the date to 6 February?", "moreTime")]
    [InlineData("Could you phase it out gradually over the spring?", "moreTime")]
    [InlineData("Could you do Fridays only until the end of March?", "moreTime")]
    [InlineData("Thank you for the generous notice period.", "acceptance")]
    [InlineData("Could the notice period be a bit longer?", "moreTime")]
    [InlineData("Would you stay on to finish the app release?", "extraWork")]
    // Work named in an offer; the services "you set up" are not new work.
    [InlineData("Would you do the spring mailer for a flat €700?", "moreMoney,extraWork")]
    [InlineData("We'd pay a rush fee if you can do the launch teaser next week.", "moreMoney,extraWork")]
    [InlineData("Please send a list of the accounts you set up for us.", "other")]
    [InlineData("Could you set up the new newsletter template before you go?", "extraWork")]
    [InlineData("Does the final invoice include the December retainer?", "invoice")]
    [InlineData("We could offer you a monthly retainer instead.", "moreMoney")]
    [InlineData("Any chance you'd accept a bonus instead?", "moreMoney")]
    // Replacement: the successor named by what the client is doing about it.
    [InlineData("Would you brief the studio we're bringing in?", "replacement")]
    [InlineData("Could you overlap with our new designer for two weeks in January?", "moreTime,replacement")]
    [InlineData("We're bringing in an agency next year, so no worries. All the best!", "acceptance")]
    // Other: a call, storage, an obligation on the invoice.
    [InlineData("Let's talk on the phone tomorrow.", "other")]
    [InlineData("As we discussed on the phone, thanks for everything.", "acceptance")]
    [InlineData("We'd also need the logins for the hosting.", "other")]
    [InlineData("Please find attached our supplier form. The invoice must quote order 5521.", "invoice")]
    [InlineData("The invoice came with our old company name. Could you fix that?", "invoice")]
    [InlineData("I'd hate for this to be the end.", "stay")]
    // Second batch: nouns that are not requests for material, a date that works, thinking it over, negated wishes.
    [InlineData("Could you tweak the landing page copy before you go?", "extraWork")]
    [InlineData("Could you send over the sales copy documents?", "other")]
    [InlineData("Your invoice must quote our reference 4471.", "invoice")]
    [InlineData("Could you transfer the Instagram account to us?", "other")]
    [InlineData("Would you review the CVs and tell us who would suit the account best?", "replacement")]
    [InlineData("We still need the shared folder moved to Priya.", "other")]
    [InlineData("You've billed the weekend rate for October, but we never asked for weekend work. Please correct it.", "invoice")]
    [InlineData("We can guarantee two days a week all next year.", "moreMoney")]
    [InlineData("Could you hold off on sending the last invoice until January?", "invoice")]
    [InlineData("Hold on — is this really final?", "stay")]
    [InlineData("The 30th works. Could you confirm the invoice includes the licence fee?", "invoice,acceptance")]
    [InlineData("Understood and respected. If you ever return, we'd happily pay the higher rate.", "moreMoney,acceptance")]
    [InlineData("Please think about it over the weekend.", "stay")]
    [InlineData("I'll think about it and come back to you.", "other")]
    [InlineData("Honestly I'd prefer you not to leave at all.", "stay")]
    [InlineData("If there is anything we could have done better, tell us.", "why")]
    [InlineData("We need the spring brochure finished before you leave.", "extraWork")]
    [InlineData("Could you get the landing pages and pricing table done by Friday?", "extraWork")]
    // Third batch: a guess about the reason, paying late, persuading to a task, the words "one more time".
    [InlineData("Sorry to ask, but was that about the delayed approvals?", "why")]
    [InlineData("Could you do until mid-February instead?", "moreTime")]
    [InlineData("What's prompting the change?", "why")]
    [InlineData("Please send the interview transcripts before you go.", "other")]
    [InlineData("If you could point us to two or three illustrators, that would help.", "replacement")]
    [InlineData("We paid late twice this year, I know. Is that the reason?", "why")]
    [InlineData("Could an extra £500 convince you to do the summer mailer?", "moreMoney,extraWork")]
    [InlineData("Tell me what isn't working for you.", "why")]
    [InlineData("Let me ask one more time: will you stay?", "stay")]
    [InlineData("We'd offer a longer contract and a higher fee to keep you.", "stay,moreMoney")]
    [InlineData("Could we have a call on Friday? 3pm works for me.", "other")]
    [InlineData("I'd like to ask – what could we have done better?", "why")]
    [InlineData("Noted, and thanks for everything.", "acceptance")]
    [InlineData("Would you mind also doing the spring flyer?", "extraWork")]
    [InlineData("Could you send us the last batch of product photos before you finish?", "extraWork")]
    [InlineData("I'd appreciate a short exit conversation next week.", "other")]
    [InlineData("The invoice lists a rush fee. Is that a mistake?", "invoice")]
    public void English(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "en").Names));

    [Theory]
    // Adresy a odkazy nejsou slova.
    [InlineData("Fakturu prosím posílejte na ucetni@example.cz.", "invoice")]
    [InlineData("Díky za všechno! Náš nový web je www.example.cz/zustante.", "acceptance")]
    // Samotné potvrzení je přijetí; s "ale" ve stejné větě jen zdvořilost.
    [InlineData("Rozumím.", "acceptance")]
    [InlineData("Rozumím. Pošlete mi prosím zdrojové soubory?", "other")]
    [InlineData("Jasně, beru. Doporučila byste nám někoho na sociální sítě?", "replacement")]
    [InlineData("Za mě v pořádku. Doporučila byste nám někoho na sociální sítě?", "replacement,acceptance")]
    [InlineData("Díky, řeknu to týmu. Stihla bys ještě plakát na jarní akci?", "extraWork,acceptance")]
    [InlineData("Rozumím, že je toho moc. Co kdybychom zvýšili paušál?", "moreMoney")]
    [InlineData("V pořádku, beru na vědomí. Mohla byste ale posunout konec na 30. ledna?", "moreTime,acceptance")]
    [InlineData("Chápu, ale mohl byste zůstat do března?", "moreTime")]
    [InlineData("Chápu, ale nešlo by to ještě přehodnotit?", "stay")]
    [InlineData("Nerozumím. Proč?", "why")]
    // Poděkování za oznámení je vedle žádosti jen zdvořilost.
    [InlineData("Děkuji za upozornění. Doporučil byste nám někoho na účetnictví?", "replacement")]
    [InlineData("Děkuji za upozornění. Zůstal byste do března?", "moreTime")]
    [InlineData("Děkuji, Petře. Byla to s Vámi radost.", "acceptance")]
    [InlineData("Děkujeme za dlouhou výpovědní lhůtu.", "acceptance")]
    [InlineData("Šlo by prodloužit výpovědní lhůtu?", "moreTime")]
    // Důvod: odhad jako otázka; slovo faktura ruší jen obecné "proč".
    [InlineData("Bylo to kvůli sporu o fakturu za říjen?", "why,invoice")]
    [InlineData("Proč je na faktuře víc hodin?", "invoice")]
    [InlineData("Bylo to našimi pozdními připomínkami?", "why")]
    [InlineData("Řekněte mi, jestli to bylo něčím, co jsme řekli.", "why")]
    [InlineData("Co jsme mohli dělat líp?", "why")]
    // Víc času: postupný odchod, dny v týdnu.
    [InlineData("Šlo by skončit postupně, třeba tři dny v týdnu do března?", "moreTime")]
    [InlineData("Zůstala byste ještě tři týdny navíc, do 6. února?", "moreTime")]
    // Práce navíc v nabídce peněz.
    [InlineData("Zaplatíme příplatek, když do pátku napíšete ještě tiskovou zprávu.", "moreMoney,extraWork")]
    [InlineData("Stihnul bys ještě plakát na jarní akci?", "extraWork")]
    [InlineData("Leták ještě potřebuje poslední korekturu, prosím.", "extraWork")]
    [InlineData("Zahrnuje poslední faktura i listopadový paušál?", "invoice")]
    [InlineData("Můžeme nabídnout měsíční paušál místo hodinové fakturace.", "moreMoney")]
    [InlineData("Garantujeme Vám 40 hodin měsíčně po celý příští rok.", "moreMoney")]
    // Nástupce: představení, společné schůzky, předání agentuře, překryv.
    [InlineData("Mohla byste nás seznámit s někým, kdo dělá weby?", "replacement")]
    [InlineData("Udělal byste předání s agenturou, kterou teď vybíráme?", "replacement")]
    [InlineData("Mohl byste se v únoru týden překrývat s novou kolegyní a ukázat jí, jak funguje náš kód?", "moreTime,replacement")]
    // Ostatní: schůzka, data, úložiště; "ne kvůli" neguje.
    [InlineData("Sejděme se ve čtvrtek na kávu.", "other")]
    [InlineData("Potvrďte prosím, že po skončení smažete data zákazníků.", "other")]
    [InlineData("Ještě potřebujeme předat sdílenou složku kolegyni.", "other")]
    [InlineData("Kam jsi ukládal fotky z akcí?", "other")]
    [InlineData("Můžeme si zavolat? Ne kvůli přemlouvání, jen abych pochopila důvody.", "why,other")]
    [InlineData("Fakturu pošlete i poštou, účtárna chce originál s podpisem.", "invoice")]
    [InlineData("V příloze posíláme formulář dodavatele. Na faktuře musí být naše číslo objednávky.", "invoice")]
    [InlineData("Faktura přišla se starou adresou. Opravíte to prosím?", "invoice")]
    [InlineData("Moc bych chtěla, abyste zůstal.", "stay")]
    [InlineData("Nerad bych, aby to byl konec.", "stay")]
    // Druhá dávka: představení, garance, před Vaším odchodem, co nevyhovuje, ocenění rozhovoru, obnova domény.
    [InlineData("Mohla byste nás propojit s tou grafičkou z Brna?", "replacement")]
    [InlineData("Zaručíme Vám po celý příští rok minimálně 50 hodin.", "moreMoney")]
    [InlineData("Zvládl byste ještě před Vaším odchodem dodání výroční zprávy?", "extraWork")]
    [InlineData("Napište mi prosím, co Vám nevyhovuje.", "why")]
    [InlineData("Ocenila bych krátký rozhovor o tom, jak předání proběhne.", "other")]
    [InlineData("Bude v poslední faktuře i obnova domény?", "invoice")]
    [InlineData("Uvítala bych pár společných schůzek s novým kolegou.", "replacement")]
    // Třetí dávka.
    [InlineData("Na faktuře je splatnost 14 dní, ve smlouvě 30. Která platí?", "invoice")]
    [InlineData("Potřebujeme někoho nového do března. Nevíte o někom?", "replacement")]
    [InlineData("Jen pro naše poučení – byl to způsob, jakým jsme zadávali práci?", "why")]
    [InlineData("Bude se nám stýskat!", "acceptance")]
    [InlineData("Jsou to peníze?", "why")]
    [InlineData("Pojďme to probrat. Určitě najdeme podmínky, které Vám budou vyhovovat.", "moreMoney,other")]
    [InlineData("Raději si Vás nechám, než abych hledala někoho jiného.", "stay")]
    [InlineData("Nabízíme 1 200 Kč na hodinu a splatnost faktur 10 dní.", "moreMoney")]
    [InlineData("Udělejte nám prosím ještě daňové přiznání za letošek.", "extraWork")]
    [InlineData("Nabídneme Vám delší smlouvu, jen aby Vás to udrželo.", "stay,moreMoney")]
    [InlineData("Mohl by být konec až 20. ledna?", "moreTime")]
    [InlineData("Vešly by se Vám ještě drobné úpravy webu?", "extraWork")]
    [InlineData("Faktura za práci ve výpovědní době má špatné hodiny. Opravíte ji?", "invoice")]
    [InlineData("Nebudu Tě zatěžovat otázkou, proč. Hodně štěstí!", "acceptance")]
    [InlineData("Můžeme se pobavit o tom penále na faktuře?", "invoice")]
    [InlineData("S tou kolegyní nás prosím seznamte.", "replacement")]
    [InlineData("Nabízíme vyšší sazbu. Stojí to aspoň za rozhovor?", "moreMoney")]
    [InlineData("Novou analytičku, kterou teď přijímáme, byste mohl zaučit?", "replacement")]
    [InlineData("Mohl byste nám dát čas do konce ledna, abychom stihli najít náhradu?", "moreTime,replacement")]
    [InlineData("Beru na vědomí a děkuji za všechno.", "acceptance")]
    [InlineData("Na faktuře je poplatek za předání. Je to omyl?", "invoice")]
    [InlineData("Pošlete nám prosím ještě poslední várku fotek produktů?", "extraWork")]
    public void Czech(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
