using System.Text.RegularExpressions;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;

namespace OutlookExit.Tests.Core.Review;

/// <summary>Plan findings speak of the rows the user sees and of dates as the letter writes them, in the
/// letter's language; `field` keeps the JSON path. Suggestions fit the field they are about.</summary>
public partial class PlanFindingWordsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static DraftRequest Termination(string language, DateOnly lastDay) => new()
    {
        Kind = DraftKind.Termination, Language = language, Today = Today,
        Sender = new Sender { Name = "Alex Rivera" }, Client = new Client { Name = "Jordan Lee" },
        Plan = new TransitionPlan
        {
            LastWorkingDay = lastDay,
            Deliverables =
            [
                new Deliverable { Title = "Homepage redesign", Due = new DateOnly(2026, 12, 4) },
                new Deliverable { Title = "Logo files", Due = new DateOnly(2026, 12, 18) },
            ],
            Invoices = [new Invoice { Number = "2026-041", Amount = 1200m, Currency = "EUR", Due = new DateOnly(2026, 11, 20) }],
        },
    };

    private static IReadOnlyList<Finding> Findings(DraftRequest request) =>
        Assert.IsType<DraftOutcome.Composed>(DraftPipeline.Compose(request, Today)).Draft.Findings;

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|plan\.|\[\d+\]|lastWorkingDay")]
    private static partial Regex Internal();

    [Theory]
    [InlineData("en", "Work item 2 (“Logo files”) is due on 18 December 2026, after your last working day (11 December 2026).",
        "Move its due date to 11 December 2026 or earlier, or move the last working day.",
        "Invoice 2026-041 was due on 20 November 2026, before today.")]
    [InlineData("cs", "Položka práce 2 („Logo files“) má termín 18. prosince 2026, tedy až po Vašem posledním pracovním dni (11. prosince 2026).",
        "Posuňte její termín nejpozději na 11. prosince 2026, nebo posuňte poslední pracovní den.",
        "Faktura 2026-041 byla splatná 20. listopadu 2026, tedy už před dneškem.")]
    public void FindingsNameTheRowAndTheDateTheWayTheLetterDoes(string language, string late, string lateAdvice, string overdue)
    {
        var findings = Findings(Termination(language, new DateOnly(2026, 12, 11)));
        var deliverable = Assert.Single(findings, f => f.RuleId == "plan.deliverableAfterLastDay");
        Assert.Equal("plan.deliverables[1].due", deliverable.Field);
        Assert.Equal(late, deliverable.Message);
        Assert.Equal(lateAdvice, deliverable.Suggestion);
        var invoice = Assert.Single(findings, f => f.RuleId == "plan.invoiceOverdue");
        Assert.Equal("plan.invoices[0].due", invoice.Field);
        Assert.Equal(overdue, invoice.Message);
    }

    public static TheoryData<string, DateOnly> Plans => new()
    {
        { "en", new DateOnly(2026, 12, 11) }, { "cs", new DateOnly(2026, 12, 11) },
        { "en", new DateOnly(2026, 12, 1) }, { "cs", new DateOnly(2026, 12, 1) },     // short notice
        { "en", new DateOnly(2026, 12, 12) }, { "cs", new DateOnly(2026, 12, 12) },   // a Saturday
    };

    [Theory, MemberData(nameof(Plans))]
    public void NoPlanFindingShowsAPathOrAnIsoDate(string language, DateOnly lastDay)
    {
        var findings = Findings(Termination(language, lastDay)).Where(f => f.Category == "plan").ToList();
        Assert.NotEmpty(findings);
        foreach (var f in findings)
        {
            Assert.DoesNotMatch(Internal(), f.Message);
            Assert.DoesNotMatch(Internal(), f.Suggestion);
            Assert.StartsWith("plan.", f.Field);
        }
    }

    [Theory]
    [InlineData("en", "The last working day, Saturday 12 December 2026, falls on a weekend.", "Choose Friday 11 December 2026, the Friday before, unless you work that weekend.")]
    [InlineData("cs", "Poslední pracovní den, sobota 12. prosince 2026, připadá na víkend.", "Zvolte raději pátek 11. prosince 2026, pokud o víkendu nepracujete.")]
    public void AWeekendLastDayIsNamedWithItsDay(string language, string message, string suggestion)
    {
        var finding = Assert.Single(Findings(Termination(language, new DateOnly(2026, 12, 12))), f => f.RuleId == "plan.lastDayOnWeekend");
        Assert.Equal(message, finding.Message);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void ToneAdviceOnAWorkItemTitleIsAboutTitlesNotInvoices(string language)
    {
        var title = language == "cs" ? "Opravit chyby, které jste způsobili Vy, protože jste nikdy neposlali podklady" : "Fix the bugs you caused because you never sent the files";
        var request = Termination(language, new DateOnly(2026, 12, 11)) with
        {
            Plan = new TransitionPlan { LastWorkingDay = new DateOnly(2026, 12, 11), Deliverables = [new Deliverable { Title = title }] },
            PersonalNote = language == "cs" ? "Nikdy jste neposlali podklady včas." : "You never send the files on time.",
        };
        var findings = Findings(request);
        var onTitle = findings.Where(f => f.Field == "plan.deliverables[0].title").ToList();
        Assert.NotEmpty(onTitle);
        Assert.All(onTitle.Where(f => f.Replacement is null), f =>
        {
            Assert.DoesNotContain(language == "cs" ? "aktur" : "nvoice", f.Suggestion);
            Assert.Contains(language == "cs" ? "Název položky práce" : "work item's title", f.Suggestion);
        });
        // The note keeps the tone rules' own advice, in the letter's language.
        Assert.Contains(findings, f => f.Field == "personalNote" && !f.Suggestion.Contains(language == "cs" ? "Název položky" : "work item", StringComparison.Ordinal));
    }

    [Fact]
    public void FindingsKeepTheLettersLanguageWhateverTheCallerReads()
    {
        // The core has no Accept-Language: a Czech letter's findings are Czech.
        var finding = Assert.Single(Findings(Termination("cs", new DateOnly(2026, 12, 11))), f => f.RuleId == "plan.deliverableAfterLastDay");
        Assert.StartsWith("Položka práce 2", finding.Message);
    }
}
