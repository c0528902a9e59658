using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Core.Composition;

/// <summary>A request that passed validation: every default applied, every value within bounds.
/// <see cref="HasTransitionPlan"/> says the request carried a transition plan, which a conversation request ignores.</summary>
public sealed partial record LetterPlan(
    DraftKind Kind,
    string Language,
    LetterTone Tone,
    DateOnly Today,
    string SenderName,
    string? SenderBusiness,
    string? Signature,
    string? ClientName,
    string? ClientCompany,
    Gender? ClientGender,
    string? Salutation,
    ReasonCategory Reason,
    bool DiscloseReason,
    DateOnly? LastWorkingDay,
    IReadOnlyList<PlannedDeliverable> Deliverables,
    IReadOnlyList<OpenInvoice> Invoices,
    IReadOnlySet<HandoverItem> Handover,
    IReadOnlyList<PlannedReferral> Referrals,
    bool HelpInterviewReplacement,
    bool BriefReplacement,
    IReadOnlyList<string> InterimTools,
    bool OfferReferences,
    string? PersonalNote,
    bool HasTransitionPlan)
{
    /// <summary>What the sender's business now focuses on.</summary>
    public string? NewFocus { get; init; }

    /// <summary>The service that stops.</summary>
    public string? ServiceEnding { get; init; }

    /// <summary>With <see cref="OfferReferences"/>, ask for a short testimonial.</summary>
    public bool AskForTestimonial { get; init; }

    /// <summary>Where the personal note goes.</summary>
    public NotePlacement NotePlacement { get; init; }

    /// <summary>What follows the closing line.</summary>
    public SignOffStyle SignOff { get; init; }

    /// <summary>True when the user gave the last working day; false when it is a default.</summary>
    public bool LastDayChosen { get; init; }

    /// <summary>The default last day that fell on a weekend and was moved to the Friday before, else null.</summary>
    public DateOnly? LastDayMovedFrom { get; init; }

    /// <summary>`holdFirm`: what the client asked, which the reply answers (never the client's words themselves).</summary>
    public IReadOnlySet<ClientAsk> ClientAsks { get; init; } = NoAsks;

    private static readonly IReadOnlySet<ClientAsk> NoAsks = new HashSet<ClientAsk>();
}

/// <summary>Work still delivered.</summary>
public sealed record PlannedDeliverable(string Title, DateOnly? Due);

/// <summary>An open invoice; <see cref="Currency"/> is an upper-case ISO 4217 code.</summary>
public sealed record OpenInvoice(string Number, decimal Amount, string Currency, DateOnly? Due);

/// <summary>A colleague to refer.</summary>
public sealed record PlannedReferral(string Name, string? Contact, string? Specialty);
