using System.Diagnostics;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review.ClientAsks;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Validation;
using Xunit.Abstractions;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>The hold-firm reply: one answer per ask, the decision once, the plan that still stands, and the product's own
/// wording clean under its own tone check for every ask alone and every pair.</summary>
public class HoldFirmTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = LetterMatrix.Today;

    /// <summary>The keys of the wordings a reply with <paramref name="asks"/> uses, and its text.</summary>
    private static (HashSet<string> Keys, string Text) Reply(string language, ClientAsk[] asks, Func<DraftRequest, DraftRequest>? change = null, int variant = 0)
    {
        var request = LetterMatrix.HoldFirmRequest(language, LetterTone.Neutral, asks, full: true);
        if (change is not null) request = change(request);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var (_, letter) = LetterMatrix.Compose(request, variant, used);
        return (used, TextRenderer.Render(letter));
    }

    private static bool Uses(HashSet<string> keys, string prefix) => keys.Any(k => k == prefix || k.StartsWith(prefix + ".", StringComparison.Ordinal) || k.StartsWith(prefix + "#", StringComparison.Ordinal));

    public static TheoryData<string, ClientAsk, string[]> AnswersPerAsk()
    {
        var data = new TheoryData<string, ClientAsk, string[]>();
        foreach (var language in Languages.Supported)
        {
            var cs = language == "cs";
            string Date(int days) => Wording.For(language).Date(Today.AddDays(days));
            data.Add(language, ClientAsk.Stay, ["HoldFirm.Stay", "HoldFirm.Thanks.offer"]);
            data.Add(language, ClientAsk.MoreMoney, ["HoldFirm.MoreMoney", "HoldFirm.Thanks.offer"]);
            data.Add(language, ClientAsk.Why, ["HoldFirm.Why"]);
            data.Add(language, ClientAsk.MoreTime, ["HoldFirm.MoreTime", Date(14)]);
            data.Add(language, ClientAsk.ExtraWork, ["HoldFirm.ExtraWork.Intro", "HoldFirm.ExtraWork.NoMore", "Homepage", Date(7), "Logo"]);
            data.Add(language, ClientAsk.Invoice, ["HoldFirm.Invoice.Intro", "HoldFirm.Invoice.Walk", "2026-041", cs ? "1\u00a0200,00 EUR" : "EUR 1,200.00", Date(5)]);
            data.Add(language, ClientAsk.Replacement, ["Referrals.Intro", "Help.InterviewAndBrief", "Sam Park", "sam@park.example"]);
            data.Add(language, ClientAsk.Acceptance, ["HoldFirm.Acceptance", "HoldFirm.Thanks.acceptance", "HoldFirm.Decision.acceptance"]);
            data.Add(language, ClientAsk.Other, ["HoldFirm.Other"]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AnswersPerAsk))]
    public void EachAskGetsItsAnswerAndNoOther(string language, ClientAsk ask, string[] expected)
    {
        for (var v = 0; v < 3; v++)
        {
            var (keys, text) = Reply(language, [ask], variant: v);
            foreach (var e in expected)
                Assert.True(e.StartsWith("HoldFirm.", StringComparison.Ordinal) || e.Contains('.') && char.IsUpper(e[0]) && !e.Contains(' ')
                    ? Uses(keys, e) : text.Contains(e, StringComparison.Ordinal), $"{language} {ask} #{v}: {e}\n{text}");
            // No answer to an ask that was not made.
            string[] answers = ["HoldFirm.Stay", "HoldFirm.MoreMoney", "HoldFirm.Why", "HoldFirm.MoreTime", "HoldFirm.ExtraWork", "HoldFirm.Invoice",
                "Referrals.Intro", "HoldFirm.Replacement", "HoldFirm.Acceptance", "HoldFirm.Other"];
            foreach (var other in answers.Where(a => !expected.Any(e => e.StartsWith(a, StringComparison.Ordinal))))
                Assert.False(Uses(keys, other), $"{language} {ask} #{v}: answers {other}");
            // The decision is said once, and nothing of a notice is repeated.
            Assert.Single(keys, k => k.StartsWith("HoldFirm.Decision", StringComparison.Ordinal));
            Assert.DoesNotContain(keys, k => k.StartsWith("Termination.", StringComparison.Ordinal) || k.StartsWith("Invoices.Pay", StringComparison.Ordinal));
            Assert.Contains(Wording.For(language).Date(Today.AddDays(14)), text);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void WithoutItemsInThePlanTheAnswersSayWhatIsTrue(string language)
    {
        static DraftRequest Bare(DraftRequest r) => r with
        {
            Plan = new TransitionPlan { LastWorkingDay = Today.AddDays(14) },
            OfferReferences = false,
        };
        var (extra, _) = Reply(language, [ClientAsk.ExtraWork], Bare);
        Assert.True(Uses(extra, "HoldFirm.ExtraWork.None"));
        Assert.False(Uses(extra, "HoldFirm.ExtraWork.Intro"));
        var (invoice, text) = Reply(language, [ClientAsk.Invoice], Bare);
        Assert.True(Uses(invoice, "HoldFirm.Invoice.None"));
        Assert.DoesNotContain("2026-041", text);
        var (replacement, _) = Reply(language, [ClientAsk.Replacement], Bare);
        Assert.True(Uses(replacement, "HoldFirm.Replacement.None"));
        Assert.False(Uses(replacement, "Help"));
        // Nothing handed over, nothing still due: the plan paragraph says only the last day.
        Assert.False(Uses(replacement, "HoldFirm.Plan.Handover"));
        Assert.False(Uses(replacement, "HoldFirm.Plan.Work"));
        Assert.True(Uses(replacement, "HoldFirm.Plan.LastDay"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void MoreTimeIsAnsweredWithThePlansDateAndThePlanDoesNotRepeatIt(string language)
    {
        var date = Wording.For(language).Date(Today.AddDays(14));
        var (keys, text) = Reply(language, [ClientAsk.MoreTime]);
        Assert.Equal(1, Count(text, date));
        Assert.False(Uses(keys, "HoldFirm.Plan.LastDay"));
        // A later day the user moved to is the answer, said as the decision.
        var later = Today.AddDays(30);
        var (_, moved) = Reply(language, [ClientAsk.MoreTime], r => r with { Plan = r.Plan! with { LastWorkingDay = later } });
        Assert.Contains(Wording.For(language).Date(later), moved);
        Assert.DoesNotContain(date, moved);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void AClientWhoAsksWhyIsNotThankedForTheirUnderstanding(string language)
    {
        for (var v = 0; v < 3; v++)
        {
            var (accepted, _) = Reply(language, [ClientAsk.Acceptance], variant: v);
            Assert.True(Uses(accepted, "HoldFirm.Thanks.acceptance"));
            var (keys, text) = Reply(language, [ClientAsk.Why, ClientAsk.Acceptance], variant: v);
            Assert.DoesNotContain(keys, k => k.StartsWith("HoldFirm.Thanks.acceptance", StringComparison.Ordinal)
                || k.StartsWith("HoldFirm.Decision.acceptance", StringComparison.Ordinal));
            Assert.True(Uses(keys, "HoldFirm.Why") && Uses(keys, "HoldFirm.Acceptance"), text);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void AfterOtherAnswersThePlanNamesTheDateAgainInsteadOfPointingBackToIt(string language)
    {
        var date = Wording.For(language).Date(Today.AddDays(14));
        // The answer about time is the last answer: the plan goes on from it ("until then").
        for (var v = 0; v < 3; v++)
        {
            var (keys, text) = Reply(language, [ClientAsk.Stay, ClientAsk.MoreTime], variant: v);
            Assert.True(Uses(keys, "HoldFirm.Plan.Work"), text);
            Assert.DoesNotContain(keys, k => k.StartsWith("HoldFirm.Plan.Work.dated", StringComparison.Ordinal));
            Assert.Equal(1, Count(text, date));
        }
        // The invoice, the successor or the next step came in between: "then" would point at them, so the date is named.
        foreach (var between in new[] { ClientAsk.Invoice, ClientAsk.Replacement, ClientAsk.Other })
            for (var v = 0; v < 3; v++)
            {
                var (keys, text) = Reply(language, [ClientAsk.MoreTime, between], variant: v);
                Assert.True(Uses(keys, "HoldFirm.Plan.Work.dated"), $"{between} #{v}\n{text}");
                Assert.Equal(2, Count(text, date));
                var (bare, bareText) = Reply(language, [ClientAsk.MoreTime, between],
                    r => r with { Plan = r.Plan! with { Deliverables = [] } }, variant: v);
                Assert.True(Uses(bare, "HoldFirm.Plan.Until.dated"), $"{between} #{v}\n{bareText}");
                Assert.Equal(2, Count(bareText, date));
            }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void WhyGivesTheGeneralReasonOrTheDisclosedOneNeverAGrievance(string language)
    {
        var (general, _) = Reply(language, [ClientAsk.Why], r => r with { Reason = new Reason { Category = ReasonCategory.ContractTerms } });
        Assert.True(Uses(general, "HoldFirm.Why"));
        Assert.False(Uses(general, "Reason"));
        var (disclosed, _) = Reply(language, [ClientAsk.Why], r => r with { Reason = new Reason { Category = ReasonCategory.ContractTerms, Disclose = true } });
        Assert.True(Uses(disclosed, "HoldFirm.Why.Lead"));
        Assert.True(Uses(disclosed, "Reason.contractTerms"));
        var (focus, text) = Reply(language, [ClientAsk.Why], r => r with { NewFocus = "brand strategy for hotels" });
        Assert.True(Uses(focus, "Reason.Focus"));
        Assert.Contains("brand strategy for hotels", text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void TheNoteNeverComesBeforeTheDecision(string language)
    {
        var note = language == "cs" ? "Děkuji za skvělou spolupráci na jarní kampani." : "Thank you for the spring campaign.";
        foreach (var placement in Enum.GetValues<NotePlacement>())
        {
            var (_, text) = Reply(language, [ClientAsk.Stay], r => r with { PersonalNote = note, PersonalNotePlacement = placement });
            var decision = Wording.For(language).Choices("HoldFirm.Decision", LetterTone.Neutral)[0].Source;
            Assert.True(text.IndexOf(decision, StringComparison.Ordinal) < text.IndexOf(note, StringComparison.Ordinal), $"{placement}: {text}");
        }
    }

    [Fact]
    public void NoWordingOfTheReplyApologisesBargainsOrQuotesAPrice()
    {
        string[] banned = ["sorry", "apolog", "after some thought", "maybe", "perhaps", "discount", "if you", "unless",
            "omlouv", "mrzí", "možná", "sleva", "slevu", "pokud byste", "kdybyste"];
        foreach (var language in Languages.Supported)
        {
            var w = Wording.For(language);
            foreach (var key in w.Keys.Where(k => w.IsOwn(k) && k.StartsWith("HoldFirm.", StringComparison.Ordinal)))
            {
                var text = w[key].Source;
                foreach (var b in banned) Assert.DoesNotContain(b, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(@"\d", text);
            }
        }
    }

    [Fact]
    public void CzechWordingUsesCapitalisedVyAndNoGenderedFormsOfTheSender()
    {
        var w = Wording.For("cs");
        foreach (var key in w.Keys.Where(k => w.IsOwn(k) && k.StartsWith("HoldFirm.", StringComparison.Ordinal)))
        {
            var text = w[key].Source;
            Assert.DoesNotMatch(@"\b(vám|vás|váš|vaše|vaši|vašeho|vaší|vy)\b", text);
            // The sender's past tense and adjectives agree with the sender's gender: none in the reply's wording.
            Assert.DoesNotMatch(@"\b(rád|ráda|rozhodl|rozhodla|jsem\s+\w+l|jsem\s+\w+la|sám|sama)\b", text);
        }
    }

    /// <summary>The product's own wording passes its own tone check for each ask alone and every pair of asks, in every
    /// tone, language and wording, on the full plan and on a plan with only the last day.</summary>
    [Fact]
    public void EveryAskAloneAndEveryPairPassesTheToneCheckInEveryToneLanguageAndWording()
    {
        var watch = Stopwatch.StartNew();
        var letters = 0;
        var problems = new List<string>();
        foreach (var language in Languages.Supported)
        foreach (var tone in Enum.GetValues<LetterTone>())
        foreach (var asks in LetterMatrix.AskSets())
        foreach (var full in new[] { true, false })
        {
            var request = LetterMatrix.HoldFirmRequest(language, tone, asks, full);
            var plan = PlanValidator.Validate(request, Today).Plan!;
            for (var v = 0; v < LetterMatrix.MaxVariants; v++)
            {
                var letter = Composer.Compose(plan, v);
                letters++;
                var text = TextRenderer.Render(letter);
                foreach (var f in ToneChecker.Check(text, language))
                    problems.Add($"{language}/{tone}/{string.Join('+', asks)}/{(full ? "full" : "minimal")} #{v}: {f.RuleId} '{f.Excerpt}'");
                foreach (var f in ToneChecker.Check(letter.Subject, language))
                    problems.Add($"{language} subject: {f.RuleId} '{f.Excerpt}'");
            }
        }
        watch.Stop();
        output.WriteLine($"{letters} letters composed and checked in {watch.Elapsed.TotalSeconds:F2} s");
        // 2 languages × 3 tones × (9 asks + 36 pairs) × 2 plans × every wording number.
        Assert.Equal(2 * 3 * 45 * 2 * LetterMatrix.MaxVariants, letters);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
