using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

public class ToneCheckerCzechTests
{
    private static IReadOnlyList<Finding> Check(string text) => ToneChecker.Check(text, "cs");

    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(none)" : string.Join("; ", findings.Select(f => $"{f.RuleId} '{f.Excerpt}' @{f.Start}"));

    [Theory]
    // blame
    [InlineData("Fakturu 12 jste nezaplatil.", "blame", "jste nezaplatil")]
    [InlineData("Nezaplatila jste fakturu 12.", "blame", "Nezaplatila jste")]
    [InlineData("Neplatíte včas.", "blame", "Neplatíte")]
    [InlineData("Na mé e-maily nereagujete.", "blame", "nereagujete")]
    [InlineData("Ignoroval jste mé e-maily.", "blame", "Ignoroval jste")]
    [InlineData("Zapomněla jste podepsat smlouvu.", "blame", "Zapomněla jste")]
    [InlineData("Vy jste selhal.", "blame", "jste selhal")]
    [InlineData("Vím, že jste neodpověděl.", "blame", "jste neodpověděl")]
    [InlineData("Byla to Vaše chyba.", "blame", "Vaše chyba")]
    [InlineData("Stalo se to Vaší vinou.", "blame", "Vaší vinou")]
    [InlineData("Projekt se zpozdil kvůli Vám.", "blame", "kvůli Vám")]
    [InlineData("Ztratili jsme měsíc kvůli Vašemu zpoždění.", "blame", "kvůli Vašemu zpoždění")]
    [InlineData("Měl jste mi to říct dřív.", "blame", "Měl jste mi to říct")]
    [InlineData("Jste nespolehlivý.", "blame", "Jste nespolehlivý")]
    [InlineData("Donutil jste mě to ukončit.", "blame", "Donutil jste mě")]
    [InlineData("Za to můžete sám.", "blame", "Za to můžete")]
    [InlineData("Neodpověděl jste na mé tři e-maily.", "blame", "Neodpověděl jste")]
    [InlineData("Proč jste nezaplatil fakturu 12?", "blame", "Proč jste nezaplatil")]
    [InlineData("Lhal jste o rozpočtu.", "blame", "Lhal jste")]
    [InlineData("Odmítáte zaplatit.", "blame", "Odmítáte")]
    [InlineData("Měla jste obdržet soubory včera.", "blame", "Měla jste obdržet")]
    [InlineData("Nikdy jste mi nedal šanci.", "blame", "jste mi nedal")]
    [InlineData("Váš tým vždy zmeškal termín.", "blame", "zmeškal")]
    [InlineData("nezaplatil jste fakturu", "blame", "nezaplatil jste")]
    // absolute
    [InlineData("Vždycky chcete slevu.", "absolute", "Vždycky chcete")]
    [InlineData("Neustále měníte zadání.", "absolute", "Neustále měníte")]
    [InlineData("Pořád jste platil pozdě.", "absolute", "Pořád jste platil")]
    [InlineData("Nikdy jste nezaplatil včas.", "absolute", "Nikdy jste nezaplatil")]
    [InlineData("Pokaždé měníte termín.", "absolute", "Pokaždé měníte")]
    [InlineData("vzdycky chcete slevu", "absolute", "vzdycky chcete")]
    [InlineData("VŽDYCKY CHCETE SLEVU", "absolute", "VŽDYCKY CHCETE")]
    [InlineData("Vždycky tlačíte na nižší cenu.", "absolute", "Vždycky tlačíte")]
    [InlineData("Vždycky si najdete důvod ke stížnosti.", "absolute", "Vždycky si najdete")]
    [InlineData("Nikdy jste nebyl k zastižení.", "absolute", "Nikdy jste")]
    [InlineData("Váš tým vždy zmeškal termín.", "absolute", "vždy zmeškal")]
    [InlineData("vzdy jste platil pozde", "absolute", "vzdy jste platil")]
    // passive-aggressive
    [InlineData("Jak jsem psal v minulém e-mailu, soubory jsou hotové.", "passiveAggressive", "Jak jsem psal v minulém e-mailu")]
    [InlineData("Jak jsem psala v minulém e-mailu, soubory jsou hotové.", "passiveAggressive", "Jak jsem psala v minulém e-mailu")]
    [InlineData("Jak již bylo řečeno, termín platí.", "passiveAggressive", "Jak již bylo řečeno")]
    [InlineData("Jen připomínám, že faktura je otevřená.", "passiveAggressive", "Jen připomínám")]
    [InlineData("Nejsem si jistá, jestli jste to viděl.", "passiveAggressive", "Nejsem si jistá, jestli jste to viděl")]
    [InlineData("S veškerou úctou, zadání se změnilo.", "passiveAggressive", "S veškerou úctou")]
    [InlineData("Už potřetí Vás žádám o logo.", "passiveAggressive", "Už potřetí")]
    [InlineData("Jak jsem Vám již psala, termín platí.", "passiveAggressive", "Jak jsem Vám již psala")]
    [InlineData("Opakovaně jsem Vás žádal o podklady.", "passiveAggressive", "Opakovaně jsem Vás žádal")]
    // negativity
    [InlineData("Poslední měsíc byl nepřijatelný.", "negativity", "nepřijatelný")]
    [InlineData("Jsem zklamaný.", "negativity", "zklamaný")]
    [InlineData("Jsem zklamaná, jak to dopadlo.", "negativity", "zklamaná")]
    [InlineData("Spuštění byla noční můra.", "negativity", "noční můra")]
    [InlineData("Bylo to frustrující.", "negativity", "frustrující")]
    [InlineData("Jste obtížný klient.", "negativity", "obtížný klient")]
    [InlineData("Je to ztráta času.", "negativity", "ztráta času")]
    [InlineData("nocni mura", "negativity", "nocni mura")]
    // break-up
    [InlineData("Musíme se rozejít.", "breakup", "rozejít")]
    [InlineData("Rozcházím se s Vámi.", "breakup", "Rozcházím")]
    [InlineData("Tohle je rozchod.", "breakup", "rozchod")]
    [InlineData("Rozešli jsme se v dobrém.", "breakup", "Rozešli")]
    [InlineData("Dávám Vám kopačky.", "breakup", "kopačky")]
    [InlineData("Není to Vámi, je to mnou.", "breakup", "Není to Vámi, je to mnou")]
    // waffle
    [InlineData("Možná bychom mohli pokračovat.", "waffle", "Možná bychom mohli pokračovat")]
    [InlineData("Možná bychom mohli ještě zkusit jiný model.", "waffle", "Možná bychom mohli")]
    [InlineData("Pokud budete chtít, mohla bych zůstat.", "waffle", "Pokud budete chtít, mohla bych zůstat")]
    [InlineData("Dejte mi vědět, jestli mám své rozhodnutí přehodnotit.", "waffle", "Dejte mi vědět, jestli mám své rozhodnutí přehodnotit")]
    [InlineData("Mé rozhodnutí není konečné.", "waffle", "Mé rozhodnutí není konečné")]
    [InlineData("Skončím 11. prosince, pokud nemáte námitky.", "waffle", "pokud nemáte námitky")]
    [InlineData("Pokud byste chtěl, abych zůstala, dejte vědět.", "waffle", "Pokud byste chtěl, abych zůstala")]
    [InlineData("Možná skončím v prosinci.", "waffle", "Možná skončím")]
    [InlineData("Asi bych měla spolupráci ukončit.", "waffle", "Asi bych měla spolupráci ukončit")]
    // apology
    [InlineData("Je mi to moc líto.", "apology", "Je mi to moc líto")]
    [InlineData("Je mi líto, že to tak dopadlo.", "apology", "Je mi líto")]
    [InlineData("S těžkým srdcem Vám oznamuji, že končím.", "apology", "S těžkým srdcem")]
    [InlineData("Moc se omlouvám.", "apology", "Moc se omlouvám")]
    [InlineData("Cítím se hrozně.", "apology", "Cítím se hrozně")]
    [InlineData("je mi to moc lito", "apology", "je mi to moc lito")]
    // written without diacritics
    [InlineData("Byla to Vase chyba.", "blame", "Vase chyba")]
    [InlineData("Projekt se zpozdil kvuli Vam.", "blame", "kvuli Vam")]
    [InlineData("S tezkym srdcem Vam oznamuji, ze koncim.", "apology", "S tezkym srdcem")]
    [InlineData("Mozna bychom mohli pokracovat.", "waffle", "Mozna bychom mohli pokracovat")]
    [InlineData("To je neprijatelne.", "negativity", "neprijatelne")]
    [InlineData("Jak jsem psal v minulem e-mailu, vse je hotove.", "passiveAggressive", "Jak jsem psal v minulem e-mailu")]
    [InlineData("Neustale menite zadani.", "absolute", "Neustale menite")]
    public void FlagsCzech(string text, string category, string excerpt)
    {
        var findings = Check(text);
        Assert.True(findings.Any(f => f.Category == category && f.Excerpt == excerpt),
            $"Expected {category} '{excerpt}' in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("Fakturu 12 jste nezaplatil.", "blame.youDidNot")]
    [InlineData("Ignoroval jste mé e-maily.", "blame.youFailed")]
    [InlineData("Jste nespolehlivý.", "blame.youAre")]
    [InlineData("Měl jste mi to říct dřív.", "blame.shouldHave")]
    [InlineData("Byla to Vaše chyba.", "blame.yourFault")]
    [InlineData("Projekt se zpozdil kvůli Vám.", "blame.becauseOfYou")]
    [InlineData("Vždycky chcete slevu.", "absolute.always")]
    [InlineData("Nikdy jste nezaplatil včas.", "absolute.never")]
    [InlineData("Neustále měníte zadání.", "absolute.constantly")]
    [InlineData("Pokaždé měníte termín.", "absolute.everyTime")]
    [InlineData("Jak jsem psal v minulém e-mailu, soubory jsou hotové.", "passiveAggressive.asPerMyLastEmail")]
    [InlineData("Možná bychom mohli pokračovat.", "waffle.reopen")]
    [InlineData("Možná skončím v prosinci.", "waffle.hedge")]
    [InlineData("Je mi to moc líto.", "apology.sorry")]
    [InlineData("S těžkým srdcem Vám oznamuji, že končím.", "apology.heavyHeart")]
    public void UsesTheSameRuleIdsAsEnglish(string text, string ruleId)
    {
        var findings = Check(text);
        Assert.True(findings.Any(f => f.RuleId == ruleId), $"Expected {ruleId} in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    // praise
    [InlineData("Vždy jste dával jasnou zpětnou vazbu.")]
    [InlineData("Vždycky jste platil včas.")]
    [InlineData("Vždy jste byla velmi vstřícná.")]
    [InlineData("Nikdy jste nezklamal.")]
    [InlineData("Nikdy jste neváhal pomoci.")]
    [InlineData("Pořád jste nám posílali nové zakázky.")]
    [InlineData("Spolupráce s Vaším týmem na jarní kampani byla vrcholem mého roku.")]
    [InlineData("Nový nákupní proces, který jste spustili, se už vyplácí.")]
    [InlineData("Díky Vám byl projekt úspěšný.")]
    [InlineData("Měl jste pravdu.")]
    [InlineData("Vždy jste odpovídal do druhého dne.")]
    [InlineData("Vždy jste si našel čas na otázky.")]
    [InlineData("Nikdy jste nebyl pozdě s platbou.")]
    [InlineData("Vaše zpětná vazba byla vždy jasná.")]
    [InlineData("Vždy jste vítán.")]
    [InlineData("Jste vždy vítáni.")]
    [InlineData("Vždycky jste tlačil na nejlepší výsledek.")]
    [InlineData("Děkuji, že jste vždy platil včas.")]
    [InlineData("Odvedl jste skvělou práci.")]
    [InlineData("Spolupráce s Vámi mě vždy bavila.")]
    [InlineData("Bylo mi potěšením s Vámi spolupracovat.")]
    // first person and other subjects
    [InlineData("Nikdy neberu víc práce, než zvládnu dobře.")]
    [InlineData("Nikdy jsem nebrala víc práce, než zvládnu.")]
    [InlineData("Vždy jsem si vážil naší spolupráce.")]
    [InlineData("Tiskárna se vždycky zasekne.")]
    [InlineData("Nikdy nezapomenu na spolupráci s Vámi.")]
    // negated blame and hypotheticals
    [InlineData("Není to Vaše chyba.")]
    [InlineData("To nebyla Vaše vina.")]
    [InlineData("Pokud jste fakturu nezaplatil, údaje najdete níže.")]
    [InlineData("Jestli jste soubory nedostal, dejte mi vědět.")]
    [InlineData("Nemohl byste mi poslat logo?")]
    [InlineData("Nebyl jsem zklamaný.")]
    [InlineData("Pošlete mi prosím vždy fakturu.")]
    [InlineData("Můžete mě vždy kontaktovat e-mailem.")]
    [InlineData("Nikdy nevíte, co trh udělá.")]
    [InlineData("Nejste povinen nic podepisovat.")]
    [InlineData("Nemusíte odpovídat.")]
    [InlineData("Nezapomeňte prosím podepsat předávací protokol.")]
    [InlineData("Prosím, pošlete mi podklady do pátku.")]
    [InlineData("Rozdělení rozpočtu je v příloze.")]
    [InlineData("Mohl jste se zeptat.")]
    [InlineData("Rozeslala jsem pozvánky na předávací schůzku.")]
    [InlineData("Vaše e-maily jsem nikdy neignoroval.")]
    [InlineData("Vaše připomínky jsem vždy zapracovala.")]
    [InlineData("Vím, že vždy děláte maximum.")]
    [InlineData("Raději nejmenujte a nikdy nevypočítávejte křivdy.")]
    [InlineData("Nikdy neposílejte hesla e-mailem.")]
    [InlineData("Vždy mi napište, kdyby něco chybělo.")]
    [InlineData("Katastrofický scénář máme popsaný v dokumentaci.")]
    [InlineData("Možná se potkáme na konferenci.")]
    [InlineData("V lednu budu pravděpodobně cestovat, ale na krátké dotazy odpovím e-mailem.")]
    [InlineData("Nikdy jste si nestěžoval, ani když server spadl.")]
    [InlineData("Nejste zodpovědný za poplatky za hosting.")]
    [InlineData("Díky Vám proběhlo spuštění hladce.")]
    [InlineData("Přihlašovací údaje jsou ve správci hesel.")]
    [InlineData("Vždy ráda odpovím na dotazy.")]
    [InlineData("Nic mi nedlužíte kromě faktury FV-2026-118.")]
    [InlineData("Kdybyste cokoli potřebovali, dejte mi vědět.")]
    // ordinary business text
    [InlineData("Rozhodla jsem se ukončit naši spolupráci k 11. prosinci 2026.")]
    [InlineData("Faktura FV-2026-118 na 18 500,00 CZK je splatná 10. prosince 2026.")]
    [InlineData("Heslo Vám předám přes správce hesel.")]
    [InlineData("Jana Dvořáková (jana@dvorakova.example) se věnuje sazbě a grafickému designu.")]
    [InlineData("Ještě předám všechny podklady a přístupy.")]
    [InlineData("Určitě Vám ráda poskytnu reference.")]
    [InlineData("Děkuji za důvěru a přeji hodně úspěchů.")]
    [InlineData("S pozdravem")]
    [InlineData("Dobrý den, pane Nováku,")]
    [InlineData("Katalog produktů 2027 dodám do 8. prosince.")]
    [InlineData("Na sdílené nástěnce projektu najdete všechny úkoly.")]
    public void LeavesFairCzechAlone(string text)
    {
        var findings = Check(text);
        Assert.True(findings.Count == 0, $"Expected no findings in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("Vždy jste mi dal prostor zkoušet nové věci.")]
    [InlineData("Nikdy jste mě nenechal čekat na platbu.")]
    [InlineData("Vždy jste platil do týdne.")]
    [InlineData("Vždy jste věděl, co chcete.")]
    [InlineData("Vždy jste odpověděl na mé otázky, i pozdě večer.")]
    [InlineData("Vždy jste kladl ty správné otázky.")]
    [InlineData("Vždy jste jednal s mým týmem s respektem.")]
    [InlineData("Vždy jste byl otevřený novým nápadům.")]
    [InlineData("Do našich hovorů jste vždy přinesl energii.")]
    [InlineData("Nikdy jste neváhal ocenit práci ostatních.")]
    [InlineData("Nikdy jste nevynechal žádnou poradu.")]
    [InlineData("Ani jednou jste si nestěžoval na mé sazby.")]
    [InlineData("Průběžně jste mě informoval o každém rozhodnutí.")]
    [InlineData("Patříte k nejlaskavějším lidem, se kterými jsem pracovala.")]
    [InlineData("U Sama budete v dobrých rukou.")]
    [InlineData("Soubory najdete ve sdílené složce.")]
    [InlineData("Poslední fakturu obdržíte příští týden.")]
    [InlineData("Sdílenou nástěnku můžete používat až do ledna.")]
    [InlineData("Nemusíte už nic dalšího dělat.")]
    [InlineData("K repozitáři už máte přístup.")]
    [InlineData("Všechny grafické soubory patří Vám.")]
    [InlineData("Tento e-mail klidně přepošlete novému grafikovi.")]
    [InlineData("Děkuji za milá slova, která jste poslal po spuštění.")]
    [InlineData("Přeji Vám i celému týmu krásné svátky.")]
    [InlineData("Jsem vděčná, že jste mi dal šanci.")]
    [InlineData("Bylo skvělé vidět, jak Vaše firma roste.")]
    [InlineData("Ohledně ceníku jste měl pravdu.")]
    [InlineData("Vždy jste o krok napřed.")]
    public void LeavesCzechPraiseAndPlainStatementsAlone(string text)
    {
        var findings = Check(text);
        Assert.True(findings.Count == 0, $"Expected no findings in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("Vždycky jste na poslední chvíli změnil názor.")]
    [InlineData("Vždy jste chtěl víc za stejnou cenu.")]
    [InlineData("Neustále jste posouval termíny.")]
    [InlineData("Nikdy jste mi nedal jasnou odpověď.")]
    [InlineData("Nikdy jste nečetl dokumenty, které jsem poslala.")]
    [InlineData("Vždy jste platil se dvouměsíčním zpožděním.")]
    [InlineData("Pořád chcete změny po schválení.")]
    [InlineData("Vždycky obviňujete agenturu.")]
    [InlineData("Nikdy jste nerespektoval můj čas.")]
    [InlineData("Pořád chcete práci zadarmo.")]
    [InlineData("Neustále mě přerušujete na poradách.")]
    [InlineData("Na naše hovory chodíte vždy pozdě.")]
    [InlineData("Vždy zpochybňujete moje faktury.")]
    [InlineData("Nikdy jste nic neschválil včas.")]
    [InlineData("Ignoroval jste smluvní podmínky.")]
    [InlineData("Zmeškal jste tři termíny splatnosti.")]
    [InlineData("Nikdy jste mi neřekl o škrtech v rozpočtu.")]
    [InlineData("Ani jste si nepřečetl nabídku.")]
    public void FlagsGeneralisedCzechComplaints(string text)
    {
        var findings = Check(text);
        Assert.True(findings.Any(f => f.Category is "absolute" or "blame"), $"Expected blame or absolute in \"{text}\", got {Describe(findings)}");
    }

    [Fact]
    public void MessagesAreCzech()
    {
        var finding = Assert.Single(Check("Fakturu 12 jste nezaplatil."));
        Assert.Contains("adresát", finding.Message);
        Assert.NotEqual(ToneChecker.Check("You failed to pay invoice 12.", "en")[0].Message, finding.Message);
    }

    [Fact]
    public void CzechRulesDoNotApplyToEnglish()
    {
        Assert.Empty(ToneChecker.Check("Vždycky chcete slevu.", "en"));
    }
}
