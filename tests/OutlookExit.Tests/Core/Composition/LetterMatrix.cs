using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Letters;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>Every combination of kind × tone × reason × disclose × language, with a full and a minimal plan.</summary>
public static class LetterMatrix
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static IEnumerable<(string Name, DraftRequest Request)> All()
    {
        foreach (var language in Languages.Supported)
        foreach (var kind in Enum.GetValues<DraftKind>())
        foreach (var tone in Enum.GetValues<LetterTone>())
        foreach (var reason in Enum.GetValues<ReasonCategory>())
        foreach (var disclose in new[] { false, true })
        foreach (var full in new[] { false, true })
        {
            if (kind != DraftKind.Termination && (reason != ReasonCategory.Unspecified || disclose)) continue;
            var name = $"{language}/{kind}/{tone}/{reason}/{(disclose ? "disclosed" : "general")}/{(full ? "full" : "minimal")}";
            yield return (name, Request(language, kind, tone, reason, disclose, full));
        }
    }

    public static DraftRequest Request(string language, DraftKind kind, LetterTone tone, ReasonCategory reason, bool disclose, bool full) => new()
    {
        Kind = kind,
        Language = language,
        Tone = tone,
        Today = Today,
        Sender = new Sender { Name = language == "cs" ? "Petra Malá" : "Alex Rivera", Business = full ? "Studio" : null },
        Client = new Client { Name = language == "cs" ? "Tomáš Hruška" : "Jordan Lee", Company = "Acme", Gender = full ? Gender.Male : null },
        Reason = new Reason { Category = reason, Disclose = disclose },
        Plan = full && kind != DraftKind.ConversationRequest
            ? new TransitionPlan
            {
                LastWorkingDay = Today.AddDays(14),
                Deliverables = [new Deliverable { Title = "Homepage", Due = Today.AddDays(7) }, new Deliverable { Title = "Logo" }],
                Invoices = [new Invoice { Number = "2026-041", Amount = 1200m, Currency = "EUR", Due = Today.AddDays(5) }],
                Handover = [HandoverItem.Files, HandoverItem.Credentials, HandoverItem.Documentation, HandoverItem.Accounts],
                Referrals = [new Referral { Name = "Sam Park", Contact = "sam@park.example", Specialty = "web design" }],
                HelpInterviewReplacement = true,
                BriefReplacement = true,
                InterimTools = ["Trello"],
            }
            : null,
        OfferReferences = full,
    };

    public static (LetterPlan Plan, Letter Letter) Compose(DraftRequest request)
    {
        var result = PlanValidator.Validate(request, Today);
        Assert.True(result.Plan is not null, string.Join("; ", result.Errors.Select(e => e.Key + ": " + e.Value[0])));
        return (result.Plan!, Composer.Compose(result.Plan!));
    }

    /// <summary>The product's own prose: body paragraphs only (no lists, greeting, sign-off or user text).</summary>
    public static IEnumerable<string> Paragraphs(Letter letter) =>
        letter.Body.OfType<Paragraph>().Select(p => string.Concat(p.Runs.Select(r => r.Text)));

    public static IReadOnlyList<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '?' or '!')) continue;
            if (i + 1 < paragraph.Length && paragraph[i + 1] != ' ') continue;
            // "8. prosince" and "Ing. " are not sentence ends: the next word starts in lower case or the dot follows a number.
            if (i + 2 < paragraph.Length && char.IsLower(paragraph[i + 2])) continue;
            if (i > 0 && char.IsDigit(paragraph[i - 1]) && i + 2 < paragraph.Length && !char.IsUpper(paragraph[i + 2])) continue;
            var s = paragraph[start..(i + 1)].Trim();
            if (s.Length > 0) sentences.Add(s);
            start = i + 1;
        }
        var rest = paragraph[start..].Trim();
        if (rest.Length > 0) sentences.Add(rest);
        return sentences;
    }

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
