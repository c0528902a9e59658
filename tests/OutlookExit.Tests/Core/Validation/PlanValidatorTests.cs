using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Validation;

public class PlanValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static DraftRequest Full(string? note = "  Thanks for everything.  ") => new()
    {
        Kind = DraftKind.Termination,
        Language = "en",
        Sender = new Sender { Name = "Alex Rivera", Business = "Studio", Signature = "Alex\r\nStudio" },
        Client = new Client { Name = "Jordan Lee", Company = "Acme", Salutation = "Hi Jordan," },
        Plan = new TransitionPlan
        {
            Deliverables = [new Deliverable { Title = "Homepage" }],
            Invoices = [new Invoice { Number = "2026-041", Amount = 1200m, Currency = "EUR" }],
            Referrals = [new Referral { Name = "Sam Park", Contact = "sam@park.example", Specialty = "web design" }],
            InterimTools = ["Trello"],
        },
        PersonalNote = note,
    };

    [Fact]
    public void ValidationHandsOnEveryTextTheUserWroteWithItsPathInRequestOrder()
    {
        var result = PlanValidator.Validate(Full(), Today);

        Assert.NotNull(result.Plan);
        Assert.Equal(
            [
                ("sender.name", false), ("sender.business", false), ("sender.signature", false),
                ("client.name", false), ("client.company", false), ("client.salutation", true),
                ("plan.deliverables[0].title", true), ("plan.invoices[0].number", false),
                ("plan.referrals[0].name", false), ("plan.referrals[0].contact", false), ("plan.referrals[0].specialty", true),
                ("plan.interimTools[0]", true), ("personalNote", true),
            ],
            result.Texts.Select(t => (t.Field, t.IsProse)));
    }

    [Fact]
    public void TheTextsAreAsSentSoThatFindingOffsetsPointIntoWhatTheUserTyped()
    {
        var result = PlanValidator.Validate(Full(), Today);

        Assert.Equal("  Thanks for everything.  ", result.Texts.Single(t => t.Field == "personalNote").Text);
        Assert.Equal("Alex\r\nStudio", result.Texts.Single(t => t.Field == "sender.signature").Text);
        Assert.Equal("Thanks for everything.", result.Plan!.PersonalNote);
    }

    [Fact]
    public void AnInvalidRequestHandsOnErrorsAndNoTexts()
    {
        var result = PlanValidator.Validate(Full() with { Sender = null }, Today);

        Assert.Null(result.Plan);
        Assert.Empty(result.Texts);
        Assert.Contains("sender", result.Errors.Keys);
    }

    [Fact]
    public void TheSecretCheckNamesTheFirstFieldInRequestOrder()
    {
        var request = Full(note: "password: Tr0ub4dor&3xyz") with
        {
            Sender = new Sender { Name = "Alex Rivera", Business = "password: Hunter2Hunter2" },
        };

        var outcome = Assert.IsType<DraftOutcome.SecretFound>(DraftPipeline.Compose(request, Today));
        Assert.Equal("sender.business", outcome.Field);
    }

    [Theory]
    [InlineData(201, "Dr", "client.title")]
    [InlineData(0, "Dr\u0007", "client.title")]
    [InlineData(0, "Dr\nMUDr.", "client.title")]
    public void TheClientTitleIsALineOfAtMost200Characters(int length, string escaped, string field)
    {
        var title = length > 0 ? new string('x', length) : System.Text.RegularExpressions.Regex.Unescape(escaped);
        var result = PlanValidator.Validate(Full() with { Client = new Client { Name = "Jordan Lee", Title = title } }, Today);
        Assert.Null(result.Plan);
        Assert.Contains(field, result.Errors.Keys);
    }

    [Fact]
    public void TheClientTitleReachesThePlanTrimmed()
    {
        var result = PlanValidator.Validate(Full() with { Client = new Client { Name = "Jordan Lee", Title = "  Dr  " } }, Today);
        Assert.Equal("Dr", result.Plan!.ClientTitle);
        Assert.Contains(result.Texts, t => t.Field == "client.title");
    }
}
