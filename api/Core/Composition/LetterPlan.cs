using OutlookExit.Core.Contracts;

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
    bool HasTransitionPlan);

/// <summary>Work still delivered.</summary>
public sealed record PlannedDeliverable(string Title, DateOnly? Due);

/// <summary>An open invoice; <see cref="Currency"/> is an upper-case ISO 4217 code.</summary>
public sealed record OpenInvoice(string Number, decimal Amount, string Currency, DateOnly? Due);

/// <summary>A colleague to refer.</summary>
public sealed record PlannedReferral(string Name, string? Contact, string? Specialty);
