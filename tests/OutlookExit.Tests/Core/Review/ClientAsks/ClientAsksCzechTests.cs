using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Tests.Core.Review.ClientAsks;

/// <summary>Table tests: one Czech client reply a row (formal Vy and informal ty, both genders), with the exact set of asks.</summary>
public class ClientAsksCzechTests
{
    [Theory]
    // stay
    [InlineData("Nemohla byste to ještě zvážit? Moc nerada bych o Vás přišla.", "stay")]
    [InlineData("Zůstaňte s námi, prosím.", "stay")]
    [InlineData("Kdybyste si to rozmyslel, dveře jsou otevřené. Dejte mi vědět do ledna.", "stay")]
    [InlineData("Neodcházej, bez tebe to nezvládneme.", "stay")]
    [InlineData("Opravdu je to konečné rozhodnutí?", "stay")]
    [InlineData("Přehodnoťte to prosím, ještě je čas.", "stay")]
    // stay: negated
    [InlineData("Nebudu Vás přemlouvat, abyste zůstal. Děkuji za všechno.", "acceptance")]
    // moreMoney
    [InlineData("Co kdybychom Vám zvedli sazbu na 1 300 Kč za hodinu?", "moreMoney")]
    [InlineData("Můžeme nabídnout měsíční paušál 60 000 Kč.", "moreMoney")]
    [InlineData("Řekněte si, kolik byste chtěla.", "moreMoney")]
    // moreMoney: declined
    [InlineData("O penězích mluvit nechci, chápu, že o ně nejde. Hodně štěstí!", "acceptance")]
    // why
    [InlineData("Můžu se zeptat proč?", "why")]
    [InlineData("Co Vás k tomu přimělo?", "why")]
    [InlineData("Udělala jsem něco špatně?", "why")]
    [InlineData("Jde o tu sazbu, nebo o něco jiného?", "why")]
    // why: declined
    [InlineData("Nemusíte nic vysvětlovat, rozumím a děkuji.", "acceptance")]
    // moreTime
    [InlineData("Mohl byste zůstat do konce února?", "moreTime")]
    [InlineData("Šlo by posunout poslední den na 15. ledna?", "moreTime")]
    [InlineData("Potřebovali bychom prodloužit výpovědní lhůtu o měsíc.", "moreTime")]
    [InlineData("Dokázal bys pracovat na poloviční úvazek ještě v lednu?", "moreTime")]
    // moreTime: declined
    [InlineData("Víc času nepotřebujeme, 18. prosinec nám vyhovuje.", "acceptance")]
    // extraWork
    [InlineData("Než odejdete, mohla byste ještě dokončit novou verzi ceníku?", "extraWork")]
    [InlineData("Stihl bys ještě udělat úpravy v e-shopu?", "extraWork")]
    [InlineData("Prosím dodělejte ještě překlad tiskové zprávy.", "extraWork")]
    // invoice
    [InlineData("Ve faktuře je o pět hodin víc, než jsme se dohodli. Opravte ji prosím.", "invoice")]
    [InlineData("Můžete nám na fakturu doplnit číslo objednávky?", "invoice")]
    [InlineData("Kdy nám přijde poslední faktura?", "invoice")]
    [InlineData("Chtěli bychom slevu z poslední faktury.", "invoice")]
    // invoice: a statement
    [InlineData("Fakturu zaplatíme v pátek jako obvykle. Děkujeme za spolupráci.", "acceptance")]
    // replacement
    [InlineData("Nevíte o někom, kdo by to po Vás převzal?", "replacement")]
    [InlineData("Mohla byste doporučit nějakou grafičku?", "replacement")]
    [InlineData("Pomohl byste nám s pohovory s uchazeči?", "replacement")]
    [InlineData("Mohl bys zaškolit našeho nového kolegu?", "replacement")]
    // replacement: declined
    [InlineData("Náhradu už máme, takže nic neřešte. Děkujeme za všechnu práci.", "acceptance")]
    // acceptance
    [InlineData("Beru na vědomí a děkuji za spolupráci.", "acceptance")]
    [InlineData("Rozhodnutí respektujeme a přejeme hodně úspěchů.", "acceptance")]
    [InlineData("Je to škoda, ale naprosto chápu. Ať se daří!", "acceptance")]
    // other
    [InlineData("Pošlete nám prosím zdrojové soubory.", "other")]
    [InlineData("Můžeme si v úterý zavolat kvůli předání?", "other")]
    [InlineData("Převedete prosím doménu na naši firmu?", "other")]
    [InlineData("Vaši zprávu jsem přeposlala jednateli.", "other")]
    [InlineData("Dobrý den.", "other")]
    // several at once
    [InlineData("Je to kvůli penězům? Můžeme přidat 20 %. Prosím, zůstaňte.", "stay,moreMoney,why")]
    [InlineData("Chápu a děkuji. Mohla byste zůstat do nástupu nové kolegyně a zaškolit ji?", "moreTime,replacement,acceptance")]
    [InlineData("Přesvědčilo by Vás 10 % navíc, abyste zůstal do března?", "moreMoney,moreTime")]
    public void DetectsTheAsks(string message, string expected) =>
        Assert.Equal(expected, string.Join(',', ClientAskDetector.Detect(message, "cs").Names));
}
