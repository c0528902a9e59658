using System.Text.RegularExpressions;
using CsCheck;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>The wider categories (sarcasm, threats, guilt trips, third-person complaints, firing, offers to stay),
/// the cases the tone corpus was started from, and the properties over the corpus's dev half.</summary>
public class ToneCategoryTests
{
    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(none)" : string.Join("; ", findings.Select(f => $"{f.RuleId}/{f.Severity} '{f.Excerpt}' @{f.Start}"));

    [Theory]
    [InlineData("en", "It's time we broke up.", "breakup", Severity.Warning)]
    [InlineData("en", "I'm sick of chasing your invoices.", "negativity", Severity.Warning)]
    [InlineData("en", "Thanks to your slow approvals, the campaign slipped.", "sarcasm", Severity.Warning)]
    [InlineData("en", "Thanks for finally paying invoice 9.", "sarcasm", Severity.Warning)]
    [InlineData("en", "Great job ignoring my emails all month.", "sarcasm", Severity.Warning)]
    [InlineData("en", "You're fired as a client.", "breakup", Severity.Warning)]
    [InlineData("en", "I'm dropping your company as a client from January.", "breakup", Severity.Warning)]
    [InlineData("en", "Pay by Friday or this goes to my lawyer.", "threat", Severity.Error)]
    [InlineData("en", "I won't release the files until invoice 12 is paid.", "threat", Severity.Error)]
    [InlineData("en", "The shop goes offline unless the balance is cleared.", "threat", Severity.Error)]
    [InlineData("en", "After everything I did for you, this is how it ends.", "guilt", Severity.Warning)]
    [InlineData("en", "I gave up my weekends for this launch.", "guilt", Severity.Warning)]
    [InlineData("en", "Payments were always late.", "complaint", Severity.Warning)]
    [InlineData("en", "The feedback never came on time.", "complaint", Severity.Warning)]
    [InlineData("en", "Approvals took forever.", "complaint", Severity.Warning)]
    [InlineData("en", "If you want, I can keep going until spring.", "waffle", Severity.Error)]
    [InlineData("en", "Should you need me, I could stay on after all.", "waffle", Severity.Error)]
    [InlineData("en", "I'm thinking maybe, possibly, this is my last month.", "waffle", Severity.Warning)]
    [InlineData("cs", "Když budete chtít, můžu ještě pár týdnů pokračovat.", "waffle", Severity.Error)]
    [InlineData("cs", "Kdybyste si to rozmysleli, zůstanu.", "waffle", Severity.Error)]
    [InlineData("cs", "Budete-li chtít, mohu ještě zůstat.", "waffle", Severity.Error)]
    [InlineData("cs", "Vyhazuji Vás jako klienta.", "breakup", Severity.Warning)]
    [InlineData("cs", "Zaplaťte do pátku, jinak to předám právníkovi.", "threat", Severity.Error)]
    [InlineData("cs", "Soubory neuvolním, dokud faktura nebude zaplacená.", "threat", Severity.Error)]
    [InlineData("cs", "Po tom všem, co jsem pro Vás udělala, to končí takhle.", "guilt", Severity.Warning)]
    [InlineData("cs", "Obětoval jsem kvůli Vám víkendy.", "guilt", Severity.Warning)]
    [InlineData("cs", "Faktury se vždycky platily pozdě.", "complaint", Severity.Warning)]
    [InlineData("cs", "Zadání se měnilo každý týden.", "complaint", Severity.Warning)]
    [InlineData("cs", "Děkuji, že jste konečně zaplatili.", "sarcasm", Severity.Warning)]
    [InlineData("cs", "Díky Vašemu pomalému schvalování kampaň nestihla termín.", "sarcasm", Severity.Warning)]
    [InlineData("cs", "Už mě nebaví honit Vaše faktury.", "negativity", Severity.Warning)]
    public void FlagsTheWiderCategories(string language, string text, string category, Severity severity)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Any(f => f.Category == category && f.Severity == severity),
            $"Expected {category}/{severity} in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [InlineData("en", "Thanks to your clear brief, the campaign launched on time.")]
    [InlineData("en", "Thank you for your patience during the server move.")]
    [InlineData("en", "The final files follow once invoice 12 is settled, as agreed.")]
    [InlineData("en", "Invoice 9 was due on 30 November and is still open.")]
    [InlineData("en", "There was never any problem with payments.")]
    [InlineData("en", "Payments were never late.")]
    [InlineData("en", "We can break the work up into phases.")]
    [InlineData("en", "The fire drill is on Thursday, so I'll call on Wednesday.")]
    [InlineData("en", "The database dump is in the backup folder.")]
    [InlineData("en", "Let's stay in touch.")]
    [InlineData("en", "If you have questions, I'm happy to stay on the call.")]
    [InlineData("en", "Your lawyer asked for a copy of the contract, and it is attached.")]
    [InlineData("en", "I never take on more than I can serve well.")]
    [InlineData("en", "If you need someone to take over, I can recommend Sam Park.")]
    [InlineData("en", "If you want to review the files first, tell me and I will pause the handover call.")]
    [InlineData("en", "If the name of the new agency is settled, I will remove my access and post the final notes.")]
    [InlineData("cs", "Vždy jste byli vstřícní a ochotní.")]
    [InlineData("cs", "Vždy jste platili včas.")]
    [InlineData("cs", "Vždycky jste mi dali jasnou zpětnou vazbu.")]
    [InlineData("cs", "Díky Vašemu jasnému zadání kampaň odstartovala včas.")]
    [InlineData("cs", "Finální soubory pošlu po uhrazení faktury č. 12, jak jsme se dohodli.")]
    [InlineData("cs", "Žádná faktura není po splatnosti.")]
    [InlineData("cs", "Pojďme práci rozdělit do fází.")]
    [InlineData("cs", "Výpis databáze je ve složce se zálohami.")]
    [InlineData("cs", "Po poradě můžu zůstat na hovoru, kdyby měl Váš vývojář dotazy.")]
    [InlineData("cs", "Stará data vyhodíme po migraci.")]
    public void LeavesLookAlikesAlone(string language, string text)
    {
        var findings = ToneChecker.Check(text, language);
        Assert.True(findings.Count == 0, $"Expected no findings in \"{text}\", got {Describe(findings)}");
    }

    [Fact]
    public void ALongerTextKeepsTheFlagOfItsStart()
    {
        var shorter = ToneChecker.Check("You never paid on time and", "en");
        var longer = ToneChecker.Check("You never paid on time and your demands kept growing.", "en");
        Assert.Contains(shorter, f => f.Category == "blame");
        Assert.Contains(longer, f => f.Category == "blame" && f.Start == 0);
    }

    [Fact]
    public void CzechPraiseWithVzdyIsNotAnAbsolute()
    {
        Assert.DoesNotContain(ToneChecker.Check("Vždy jste odpovídali rychle a věcně.", "cs"), f => f.Category == "absolute");
        Assert.DoesNotContain(ToneChecker.Check("Vždy jste byli skvělí klienti.", "cs"), f => f.Category == "absolute");
    }

    [Theory]
    [InlineData("en", "As per my last email, the files are ready.", "To recap")]
    [InlineData("en", "Just a friendly reminder that invoice 12 is open.", "reminder")]
    [InlineData("cs", "Jen přátelsky připomínám fakturu 12.", "připomínám")]
    public void AMechanicalRewriteCarriesItsReplacement(string language, string text, string replacement)
    {
        var finding = Assert.Single(ToneChecker.Check(text, language), f => f.Replacement is not null);
        Assert.Equal(replacement, finding.Replacement, ignoreCase: true);
        Assert.Equal(char.IsUpper(finding.Excerpt[0]), char.IsUpper(finding.Replacement![0]));
    }

    [Fact]
    public void AdviceWithoutAMechanicalRewriteHasNoReplacement()
    {
        var finding = Assert.Single(ToneChecker.Check("You failed to pay invoice 12.", "en"));
        Assert.Null(finding.Replacement);
    }

    /// <summary>Czech advice never puts words into a gendered form for the sender ("rozhodl(a) jsem se", "rád") or the
    /// reader ("Buďte přímí" is masculine plural).</summary>
    [Fact]
    public void CzechSuggestionsAreNeverGendered()
    {
        var gendered = new Regex(@"\(a\)|\b(rád|ráda|rozhodl|rozhodla|rozhodl jsem|rozhodla jsem|nerad|nerada|přímí|přímý|přímá|buďte přímé)\b", RegexOptions.IgnoreCase);
        var profile = LanguageProfile.For("cs");
        foreach (var rule in profile.Rules)
        {
            var (message, suggestion) = profile.Wording(rule);
            Assert.False(gendered.IsMatch(suggestion), $"{rule.Id}: \"{suggestion}\"");
            Assert.False(gendered.IsMatch(message), $"{rule.Id}: \"{message}\"");
        }
    }

    [Fact]
    public void EveryRuleHasWordingInBothLanguages()
    {
        foreach (var language in new[] { "en", "cs" })
        {
            var profile = LanguageProfile.For(language);
            foreach (var rule in profile.Rules)
            {
                var (message, suggestion) = profile.Wording(rule);
                Assert.NotEqual(rule.Id, message);
                Assert.False(string.IsNullOrWhiteSpace(suggestion), $"{language} {rule.Id} has no suggestion");
            }
        }
    }

    // ---- properties over the corpus's dev half (the sealed half is only measured, by the benchmark command) ----

    private static readonly string[] Continuations =
    [
        "", " and", " and your demands kept growing.", ", and the rest is in the handover document.", " — as agreed.",
        " The files are in the shared folder.", " Invoice 12 is due on 15 December.", " Thank you for the good years.",
        "\nBest wishes to the team.", " a ještě", ", a zbytek je v předávacím dokumentu.", " Soubory jsou ve sdílené složce.",
        " Děkuji za spolupráci.", " (see the attached plan)", " Maybe Thursday works for the call?",
    ];

    /// <summary>Continuations of a clause that is still open (the row with its closing punctuation cut off): a comma,
    /// a dash, a bracket, a conjunction or the words that would complete an exception phrase ("break up the
    /// migration", "stay in touch", "disaster recovery").</summary>
    private static readonly string[] ClauseContinuations =
    [
        ".", ", the work is done.", " - the migration into phases.", " (the work)", " the migration into phases.", " in touch.",
        " recovery plan.", ", in touch", " on the call.", " v kontaktu.", " na hovoru.", " and", ", and the rest is in the handover document.",
        " — as agreed.", ", a zbytek je v předávacím dokumentu.", " a ještě", "; the files are in the shared folder.",
    ];

    /// <summary>Whole sentences to append, one to three at a time: fair ones, look-alikes that start with words of an
    /// exception phrase, and flaggable ones.</summary>
    private static readonly string[] Sentences =
    [
        "The migration into phases starts on Monday.", "Stay in touch.", "Up the budget for the print run if you need to.",
        "The work is broken up into three phases.", "Disaster recovery is documented in the wiki.", "Keep in touch!",
        "Zůstaňme v kontaktu.", "Zbytek je v předávacím dokumentu.", "Thanks again for the good years.",
        "You never replied.", "Nikdy jste neodpověděli.", "Best wishes to the whole team.",
    ];

    private static IEnumerable<(string Language, string Text)> DevFlagRows()
    {
        foreach (var language in new[] { "en", "cs" })
            foreach (var line in File.ReadLines(Path.Combine(CorpusDirectory(), $"tone-{language}.dev.tsv")).Skip(1))
            {
                var c = line.Split('\t');
                if (c.Length == 5 && c[1] == "flag") yield return (language, c[4]);
            }
    }

    internal static string CorpusDirectory()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "corpora", "tone");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpora/tone");
    }

    [Fact]
    public void AFlagNeverDisappearsWhenTextIsAppended()
    {
        var rows = DevFlagRows().ToArray();
        Assert.True(rows.Length > 250, $"only {rows.Length} dev flag rows");
        var other = rows.Select(r => r.Text).ToArray();
        var suffix = Gen.OneOf(
            Gen.Int[0, Continuations.Length - 1].Select(i => Continuations[i]),
            Gen.Int[0, other.Length - 1].Select(i => " " + other[i]),
            Gen.Int[0, Continuations.Length - 1].SelectMany(i => Gen.Int[0, Continuations.Length - 1].Select(j => Continuations[i] + Continuations[j])),
            Gen.Int[0, Sentences.Length - 1].Array[1, 3].Select(ix => string.Concat(ix.Select(i => " " + Sentences[i]))),
            Gen.Int[0, Sentences.Length - 1].Array[1, 3].Select(ix => "\n" + string.Join("\n", ix.Select(i => Sentences[i]))));
        // The row with its closing punctuation cut off, followed by words that continue its last clause.
        var open = rows.Select(r => (r.Language, Text: r.Text.TrimEnd('.', '!', '?', ' '))).Concat(OpenEnded).ToArray();
        var cases = Gen.OneOf(
            Gen.Int[0, rows.Length - 1].Select(suffix, (i, s) => (Row: rows[i], Suffix: s)),
            Gen.Int[0, open.Length - 1].Select(Gen.Int[0, ClauseContinuations.Length - 1], (i, j) => (Row: open[i], Suffix: ClauseContinuations[j])));
        cases.Sample(sample =>
        {
            var (language, text) = sample.Row;
            var before = ToneChecker.Check(text, language);
            var after = ToneChecker.Check(text + sample.Suffix, language);
            foreach (var f in before)
                Assert.True(after.Any(g => g.Category == f.Category && g.Start < f.Start + f.Length && f.Start < g.Start + g.Length),
                    $"\"{text}\" + \"{sample.Suffix}\": lost {f.RuleId} '{f.Excerpt}' @{f.Start}; now {Describe(after)}");
        }, iter: 6_000);
    }

    /// <summary>Texts that end inside what could become an exception phrase, or just before one.</summary>
    private static readonly (string Language, string Text)[] OpenEnded =
    [
        ("en", "We need to break up."), ("en", "We need to break up"), ("en", "We should break up, honestly."),
        ("en", "Let me know if I should stay."), ("en", "I could stay"), ("en", "The launch was a disaster"),
        ("en", "It was a disaster."), ("cs", "Klidně ještě zůstanu"), ("cs", "Můžu ještě zůstat."),
    ];

    [Theory]
    [InlineData("We need to break up.", ", the work is done.")]
    [InlineData("We need to break up.", " The migration into phases starts Monday.")]
    [InlineData("We need to break up", ", the work is done.")]
    [InlineData("We need to break up", " - the migration into phases.")]
    [InlineData("We need to break up", " (the work)")]
    [InlineData("We need to break up", "; the work into phases.")]
    public void ABreakUpStaysFlaggedWhateverFollowsItsClause(string text, string appended)
    {
        var before = ToneChecker.Check(text + (text.EndsWith('.') ? "" : "."), "en");
        Assert.Contains(before, f => f.Category == "breakup");
        var after = ToneChecker.Check(text + appended, "en");
        Assert.True(after.Any(f => f.Category == "breakup"), $"\"{text}{appended}\": {Describe(after)}");
    }

    [Theory]
    [InlineData("We need to break up")]
    [InlineData("I could stay")]
    [InlineData("The launch was a disaster")]
    public void AFindingThatAnExceptionPhraseCouldStillUndoWaitsForTheClauseToClose(string text)
    {
        // "We need to break up" may still become "… break up the migration": nothing is reported until the clause
        // is closed, so no later word can take a finding away.
        Assert.Empty(ToneChecker.Check(text, "en"));
        Assert.NotEmpty(ToneChecker.Check(text + ".", "en"));
        Assert.NotEmpty(ToneChecker.Check(text + ", then.", "en"));
    }

    [Fact]
    public void EveryDevFlagRowIsFlaggedWhenItEndsAnyLongerNote()
    {
        // The same row after a neutral opening sentence: offsets move, the finding stays.
        foreach (var (language, text) in DevFlagRows())
        {
            var alone = ToneChecker.Check(text, language);
            if (alone.Count == 0) continue;
            var opening = language == "cs" ? "Dobrý den, posílám pár poznámek. " : "Hello, a few notes. ";
            var inside = ToneChecker.Check(opening + text, language);
            foreach (var f in alone)
                Assert.True(inside.Any(g => g.Category == f.Category && g.Start == f.Start + opening.Length && g.Length == f.Length),
                    $"\"{text}\": {f.RuleId} '{f.Excerpt}' moved or vanished after an opening; got {Describe(inside)}");
        }
    }
}
