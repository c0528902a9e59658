using OutlookExit.Core;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Rendering;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>The letter says only what is true of the plan, in both languages and whichever wording is chosen.
/// Each case forces every wording number, collects the slots the letters used, and checks the text and the findings.</summary>
public class ConsistencyTests
{
    private static readonly DateOnly Today = LetterMatrix.Today; // Friday 27 November 2026

    private static DraftRequest Termination(string language, Action<TransitionPlanBuilder>? plan = null)
    {
        var b = new TransitionPlanBuilder();
        plan?.Invoke(b);
        return new DraftRequest
        {
            Kind = DraftKind.Termination, Language = language, Tone = LetterTone.Neutral, Today = Today,
            Sender = new Sender { Name = "Alex Rivera" }, Client = new Client { Name = "Jordan Lee", Company = "Acme" },
            Plan = b.Build(),
        };
    }

    private static DraftRequest ThankYou(string language, Action<TransitionPlanBuilder>? plan = null) =>
        Termination(language, plan) with { Kind = DraftKind.ThankYou };

    /// <summary>A mutable builder, so that each case reads as the plan it describes.</summary>
    public sealed class TransitionPlanBuilder
    {
        public DateOnly? LastDay = Today.AddDays(14);
        public int? NoticeDays;
        public List<Deliverable> Deliverables = [];
        public List<Invoice> Invoices = [];
        public List<HandoverItem> Handover = [];
        public TransitionPlan Build() => new()
        {
            LastWorkingDay = LastDay, NoticeDays = NoticeDays, Deliverables = Deliverables, Invoices = Invoices, Handover = Handover,
        };
    }

    /// <summary>The slots every wording of the letter used, and the texts of those letters.</summary>
    private static (HashSet<string> Slots, List<string> Texts) All(DraftRequest request)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var texts = new List<string>();
        for (var v = 0; v < LetterMatrix.MaxVariants; v++)
            texts.Add(TextRenderer.Render(LetterMatrix.Compose(request, v, used).Letter));
        // Slot names without the wording number, and counted slots also without their plural form (English has only
        // "other" where Czech distinguishes "one").
        var slots = used.Select(k => k.Split(Wording.VariantMark)[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var slot in slots.ToList())
            foreach (var form in new[] { ".one", ".few", ".other" })
                if (slot.EndsWith(form, StringComparison.Ordinal)) slots.Add(slot[..^form.Length]);
        return (slots, texts);
    }

    private static DraftResponse Draft(DraftRequest request) =>
        Assert.IsType<DraftOutcome.Composed>(DraftPipeline.Compose(request, Today)).Draft;

    public static TheoryData<string> Languages() => ["en", "cs"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void AThankYouWithNothingHandedOverClaimsNoHandover(string language)
    {
        var (slots, texts) = All(ThankYou(language));
        Assert.DoesNotContain(slots, s => s.StartsWith("ThankYou.Handover", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(language == "cs" ? "ředání" : "handover", t, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void AThankYouWithWorkStillDueSaysTheHandoverIsAlmostComplete(string language)
    {
        var (slots, texts) = All(ThankYou(language, p =>
        {
            p.Handover = [HandoverItem.Files];
            p.Deliverables = [new Deliverable { Title = "Logo", Due = Today.AddDays(3) }];
        }));
        Assert.Contains("ThankYou.HandoverAlmost", slots);
        Assert.DoesNotContain("ThankYou.HandoverItems", slots);
        Assert.DoesNotContain("ThankYou.HandoverDone", slots);
        Assert.Contains("ThankYou.Remaining", slots);
        Assert.All(texts, t => Assert.Contains("Logo", t));
        if (language == "en") Assert.All(texts, t => Assert.DoesNotContain("handover is complete", t));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void AThankYouAfterACompleteHandoverSaysSo(string language)
    {
        var (slots, _) = All(ThankYou(language, p => p.Handover = [HandoverItem.Files, HandoverItem.Documentation]));
        Assert.Contains("ThankYou.HandoverItems", slots);
        Assert.DoesNotContain("ThankYou.HandoverAlmost", slots);

        var (passwords, _) = All(ThankYou(language, p => p.Handover = [HandoverItem.Credentials]));
        Assert.Contains("ThankYou.HandoverDone", passwords);
        Assert.Contains("ThankYou.Credentials", passwords);
    }

    [Theory]
    [InlineData("en", "handover plan")]
    [InlineData("cs", "plán předání")]
    public void LastDayTodayChangesTheDecisionAndTheHandoverSentences(string language, string _)
    {
        var (slots, texts) = All(Termination(language, p =>
        {
            p.LastDay = Today;
            p.Handover = [HandoverItem.Files];
            p.Deliverables = [new Deliverable { Title = "Homepage", Due = Today }];
        }));
        Assert.Contains("Termination.DecisionToday", slots);
        Assert.Contains("Handover.SentenceToday", slots);
        Assert.Contains("Deliverables.Today", slots);
        Assert.DoesNotContain("Termination.Decision", slots);
        Assert.DoesNotContain("Handover.Sentence", slots);
        Assert.DoesNotContain("Deliverables.Intro", slots);
        Assert.DoesNotContain("Termination.Notice", slots);
        if (language == "en")
            Assert.All(texts, t => Assert.DoesNotContain("By my last", t));
        else
            Assert.All(texts, t => Assert.DoesNotContain("Do konce spolupráce", t));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void WorkDueAfterTheLastDayIsListedAsComingAfterItAndIsAWarning(string language)
    {
        var request = Termination(language, p => p.Deliverables =
        [
            new Deliverable { Title = "Homepage", Due = Today.AddDays(7) },
            new Deliverable { Title = "Logo", Due = Today.AddDays(20) },
        ]);
        var (slots, texts) = All(request);
        Assert.Contains("Deliverables.Intro", slots);
        Assert.Contains("Deliverables.After", slots);
        foreach (var text in texts)
        {
            var before = text.IndexOf("- Homepage", StringComparison.Ordinal);
            var after = text.IndexOf("- Logo", StringComparison.Ordinal);
            Assert.True(before > 0 && after > before, text);
            // Between the two items stands the sentence that says the second list comes after the last day.
            var between = text[before..after];
            Assert.Contains(language == "cs" ? "po " : "after my last", between, StringComparison.OrdinalIgnoreCase);
        }
        var finding = Assert.Single(Draft(request).Findings);
        Assert.Equal(("plan.deliverableAfterLastDay", Severity.Warning, "plan.deliverables[1].due"), (finding.RuleId, finding.Severity, finding.Field));
    }

    [Theory]
    [InlineData("en", 9, true)]
    [InlineData("en", 4, true)]
    [InlineData("en", 1, true)]
    [InlineData("en", 10, false)]
    [InlineData("en", 14, false)]
    [InlineData("cs", 9, true)]
    [InlineData("cs", 3, true)]
    [InlineData("cs", 10, false)]
    public void NoticeUnderTenDaysIsNotCalledCarefulAndIsAWarning(string language, int days, bool isShort)
    {
        var request = Termination(language, p => { p.LastDay = Today.AddDays(days); p.Handover = [HandoverItem.Files]; });
        var (slots, texts) = All(request);
        Assert.Equal(isShort, slots.Contains("Termination.NoticeShort"));
        Assert.Equal(!isShort, slots.Contains("Termination.Notice"));
        if (isShort)
            Assert.All(texts, t => Assert.DoesNotContain(language == "cs" ? "pečliv" : "careful", t, StringComparison.OrdinalIgnoreCase));
        var findings = Draft(request).Findings.Where(f => f.RuleId == "plan.shortNotice").ToList();
        Assert.Equal(isShort ? 1 : 0, findings.Count);
        if (isShort) Assert.Equal((Severity.Warning, "plan.lastWorkingDay"), (findings[0].Severity, findings[0].Field));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void WorkDueBeforeTodayIsAWarningOnItsDate(string language)
    {
        var request = Termination(language, p => { p.LastDay = Today.AddDays(14); p.Deliverables = [new Deliverable { Title = "Report", Due = Today.AddDays(-2) }, new Deliverable { Title = "Logo", Due = Today.AddDays(3) }]; });
        var finding = Assert.Single(Draft(request).Findings, f => f.RuleId == "plan.deliverableOverdue");
        Assert.Equal((Severity.Warning, "plan.deliverables[0].due"), (finding.Severity, finding.Field));
        Assert.Contains("Report", finding.Message);
        var onTime = Termination(language, p => { p.LastDay = Today.AddDays(14); p.Deliverables = [new Deliverable { Title = "Logo", Due = Today }]; });
        Assert.DoesNotContain(Draft(onTime).Findings, f => f.RuleId == "plan.deliverableOverdue");
    }

    [Theory]
    [InlineData("en", 1, "one day")]
    [InlineData("en", 3, "three days")]
    [InlineData("en", 9, "nine days")]
    [InlineData("cs", 1, "jeden den")]
    [InlineData("cs", 3, "tři dny")]
    [InlineData("cs", 6, "šest dní")]
    public void AShortNoticeSaysItsDaysInWords(string language, int days, string words)
    {
        var request = Termination(language, p => { p.LastDay = Today.AddDays(days); p.Handover = [HandoverItem.Files]; });
        var (slots, texts) = All(request);
        Assert.Contains("Termination.NoticeShort", slots);
        // Every wording that says the count says it in words; none writes it as a figure.
        Assert.Contains(texts, t => t.Contains(words, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain($" {days} d", t, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void LastDayTodayIsAShortNoticeWarningToo(string language)
    {
        var findings = Draft(Termination(language, p => p.LastDay = Today)).Findings;
        Assert.Contains(findings, f => f.RuleId == "plan.shortNotice");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheQuestionsLineAppearsOnlyWhenSomethingIsHandedOver(string language)
    {
        Assert.DoesNotContain("Termination.Questions", All(Termination(language)).Slots);
        Assert.Contains("Termination.Questions", All(Termination(language, p => p.Handover = [HandoverItem.Documentation])).Slots);
    }

    [Theory]
    // The subject is one of the reviewed wordings of its slot, and only a letter with a handover says "handover plan".
    [InlineData("en", false, "Subject.termination")]
    [InlineData("en", true, "Subject.termination.handover")]
    [InlineData("cs", false, "Subject.termination")]
    [InlineData("cs", true, "Subject.termination.handover")]
    [InlineData("en", null, "Subject.thankYou")]
    [InlineData("cs", null, "Subject.thankYou")]
    public void TheSubjectSaysWhatTheLetterIs(string language, bool? handover, string key)
    {
        var request = handover is null ? ThankYou(language) : Termination(language, p => p.Handover = handover.Value ? [HandoverItem.Files] : []);
        var w = Wording.For(language);
        var choices = w.Choices(key, LetterTone.Neutral).Select(t => t.Source).ToList();
        var subject = Draft(request).Subject;
        Assert.True(choices.Count >= 3, $"{key} has {choices.Count} wordings");
        Assert.Contains(subject, choices);
        var handoverWord = language == "cs" ? "předání" : "handover";
        Assert.Equal(handover == true, subject.Contains(handoverWord, StringComparison.OrdinalIgnoreCase));
        Assert.All(choices, c => Assert.Equal(handover == true, c.Contains(handoverWord, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    // today, noticeDays, expected last day, moved
    [InlineData("2026-11-28", null, "2026-12-11", true)]  // Saturday + 14 = Saturday → Friday
    [InlineData("2026-11-29", null, "2026-12-11", true)]  // Sunday + 14 = Sunday → Friday
    [InlineData("2026-11-27", null, "2026-12-11", false)] // Friday + 14 = Friday
    [InlineData("2026-11-30", 6, "2026-12-04", true)]     // Monday + 6 = Sunday → Friday
    [InlineData("2026-11-28", 0, "2026-11-28", false)]    // today is Saturday: never before today
    [InlineData("2026-11-27", 1, "2026-11-27", true)]     // Friday + 1 = Saturday → Friday, which is today
    public void DefaultLastDaysMoveOffWeekendsToTheFridayBeforeAndSaySo(string today, int? noticeDays, string expected, bool moved)
    {
        var request = Termination("en", p => { p.LastDay = null; p.NoticeDays = noticeDays; }) with { Today = DateOnly.Parse(today) };
        var draft = Draft(request);
        Assert.Equal(DateOnly.Parse(expected), draft.LastWorkingDay);
        Assert.Equal(moved, draft.Findings.Any(f => f.RuleId == "plan.lastDayMoved" && f.Severity == Severity.Info && f.Field == "plan.lastWorkingDay"));
        Assert.DoesNotContain(draft.Findings, f => f.RuleId == "plan.lastDayOnWeekend");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ALastDayTheUserPutOnAWeekendStaysAndIsAWarning(string language)
    {
        var draft = Draft(Termination(language, p => p.LastDay = new DateOnly(2026, 12, 12)));
        Assert.Equal(new DateOnly(2026, 12, 12), draft.LastWorkingDay);
        var finding = Assert.Single(draft.Findings, f => f.RuleId == "plan.lastDayOnWeekend");
        Assert.Equal((Severity.Warning, "plan.lastWorkingDay"), (finding.Severity, finding.Field));
        Assert.Contains(language == "cs" ? "11. prosince 2026" : "11 December 2026", finding.Suggestion);
    }

    [Theory]
    [InlineData("en", "Invoice 7: EUR 300.00, was due 17 November 2026", "Invoice 8: EUR 50.00, due 1 December 2026")]
    [InlineData("cs", "Faktura 7: 300,00 EUR, po splatnosti od 17. listopadu 2026", "Faktura 8: 50,00 EUR, splatná 1. prosince 2026")]
    public void OverdueInvoicesReadAsOverdueAndOpenOnesGetALineThatMakesPayingEasy(string language, string overdue, string open)
    {
        foreach (var request in new[] { Termination(language, Invoices), ThankYou(language, Invoices) })
        {
            var (slots, texts) = All(request);
            Assert.Contains("Invoices.Pay.other", slots);
            Assert.All(texts, t => Assert.Contains("- " + overdue, t.Replace("\u00a0", " ", StringComparison.Ordinal)));
            Assert.All(texts, t => Assert.Contains("- " + open, t.Replace("\u00a0", " ", StringComparison.Ordinal)));
            Assert.Contains(Draft(request).Findings, f => f.RuleId == "plan.invoiceOverdue" && f.Field == "plan.invoices[0].due");
        }
        Assert.DoesNotContain("Invoices.Pay.one", All(Termination(language)).Slots);
        Assert.DoesNotContain("Invoices.Pay.other", All(Termination(language)).Slots);

        static void Invoices(TransitionPlanBuilder p) => p.Invoices =
        [
            new Invoice { Number = "7", Amount = 300m, Currency = "EUR", Due = Today.AddDays(-10) },
            new Invoice { Number = "8", Amount = 50m, Currency = "EUR", Due = Today.AddDays(4) },
        ];
    }
}
