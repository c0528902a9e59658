using System.Text.Json.Serialization;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Core.Contracts;

/// <summary>The composed letter.</summary>
public sealed record DraftResponse(
    DraftKind Kind,
    string Language,
    string Subject,
    string Html,
    string Text,
    int WordCount,
    DateOnly? LastWorkingDay,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>`holdFirm` only: the asks the reply answers (detected in `clientMessage`, or as the request gave them).
    /// Absent for other kinds.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ClientAsk>? ClientAsks { get; init; }
}

/// <summary>Severity of a finding.</summary>
public enum Severity { Error, Warning, Info }

/// <summary>Something in the user's own words or plan worth a second look.</summary>
/// <param name="RuleId">Stable rule id, e.g. `blame.absolute`.</param>
/// <param name="Category">blame, absolute, passiveAggressive, negativity, breakup, waffle, apology, secret, plan.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Field">JSON path of the field the finding is in (`personalNote`, `plan.deliverables[0].title`); null for `/api/tone/check`.</param>
/// <param name="Start">UTF-16 offset into the field.</param>
/// <param name="Length">UTF-16 length.</param>
/// <param name="Excerpt">The flagged text (never a secret).</param>
/// <param name="Message">Why it is flagged, in the request's language.</param>
/// <param name="Suggestion">A neutral alternative, in the request's language.</param>
public sealed record Finding(
    string RuleId,
    string Category,
    Severity Severity,
    string? Field,
    int Start,
    int Length,
    string Excerpt,
    string Message,
    string Suggestion)
{
    /// <summary>The exact text that replaces <see cref="Excerpt"/> when a mechanical rewrite exists (the pane's
    /// <em>Apply</em>); null when only <see cref="Suggestion"/>'s advice in words applies.</summary>
    public string? Replacement { get; init; }
}

/// <summary>Body of POST /api/tone/check.</summary>
public sealed record ToneCheckRequest
{
    /// <summary>The user's own words (≤ 10,000 characters).</summary>
    public string? Text { get; init; }
    /// <summary>`en` or `cs` (region forms accepted). Default `en`.</summary>
    public string? Language { get; init; }
}

/// <summary>Result of a tone check.</summary>
public sealed record ToneCheckResponse(IReadOnlyList<Finding> Findings);
