using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Core.Contracts;

/// <summary>What the user asks for: the kind of email, the people, and the transition plan.</summary>
public sealed record DraftRequest
{
    /// <summary>Which email to write.</summary>
    public DraftKind? Kind { get; init; }

    /// <summary>`en` or `cs`; region forms (`en-GB`, `cs-CZ`) are accepted. Default `en`.</summary>
    public string? Language { get; init; }

    /// <summary>Warmth of greeting, appreciation and closing. Default `neutral`.</summary>
    public LetterTone? Tone { get; init; }

    /// <summary>The date the letter is written on; default is the server's current date.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The person writing (required).</summary>
    public Sender? Sender { get; init; }

    /// <summary>The client being written to.</summary>
    public Client? Client { get; init; }

    /// <summary>Why the work ends, and whether to say so.</summary>
    public Reason? Reason { get; init; }

    /// <summary>The transition plan.</summary>
    public TransitionPlan? Plan { get; init; }

    /// <summary>What the sender's business now focuses on, e.g. "brand strategy for hotels" (≤ 200 characters).
    /// Makes the general reason concrete without touching the client.</summary>
    public string? NewFocus { get; init; }

    /// <summary>The service that stops, e.g. "the monthly newsletter" (≤ 200 characters).</summary>
    public string? ServiceEnding { get; init; }

    /// <summary>Say that the sender will keep recommending the client.</summary>
    public bool OfferReferences { get; init; }

    /// <summary>With `offerReferences`, add a polite request for a short testimonial. Default false.</summary>
    public bool AskForTestimonial { get; init; }

    /// <summary>An optional sentence or two in the user's own words (≤ 1,000 characters).</summary>
    public string? PersonalNote { get; init; }

    /// <summary>Where the personal note goes. Default `auto`: thanks join the appreciation, anything else goes before the closing.</summary>
    public NotePlacement? PersonalNotePlacement { get; init; }

    /// <summary>`full` (default: closing line, name, business, signature) or `closingOnly` (the closing line alone,
    /// for when Outlook adds the user's own signature).</summary>
    public SignOffStyle? SignOff { get; init; }

    /// <summary>`holdFirm` only, required there: the client's latest message as plain text (≤ 10,000 characters
    /// above its quoted history, which is removed and not counted). Read for the asks it makes, then dropped: never logged, stored, tone-checked or
    /// quoted in the reply; a secret inside it is not an error. Ignored on other kinds.</summary>
    public string? ClientMessage { get; init; }

    /// <summary>`holdFirm` only, optional: the asks the reply answers, overriding those detected in `clientMessage`.</summary>
    public IReadOnlyList<ClientAsk>? ClientAsks { get; init; }
}

/// <summary>Where the personal note goes in the letter.</summary>
public enum NotePlacement { Auto, Opening, BeforeClosing }

/// <summary>What follows the closing line.</summary>
public enum SignOffStyle { Full, ClosingOnly }

/// <summary>The kinds of email the product writes.</summary>
/// <remarks><c>HoldFirm</c> is the reply to the client's answer to a notice: it keeps the decision and the last
/// working day and answers what the client asked.</remarks>
public enum DraftKind { ConversationRequest, Termination, ThankYou, HoldFirm }

/// <summary>How warm the letter sounds; facts and firmness do not change with tone.</summary>
public enum LetterTone { Warm, Neutral, Formal }

/// <summary>Broad reason for ending the work.</summary>
public enum ReasonCategory { ContractTerms, RatePressure, NegativeCommunication, Capacity, BusinessDirection, Unspecified }

/// <summary>What is handed back to the client.</summary>
public enum HandoverItem { Files, Credentials, Documentation, Accounts }

/// <summary>Grammatical gender of the client, used for Czech greetings.</summary>
public enum Gender { Female, Male }

/// <summary>The person writing.</summary>
public sealed record Sender
{
    /// <summary>Full name (required, ≤ 200 characters).</summary>
    public string? Name { get; init; }
    /// <summary>Business name, optional.</summary>
    public string? Business { get; init; }
    /// <summary>Plain-text signature, may be multi-line; replaces the name and business under the closing.</summary>
    public string? Signature { get; init; }
}

/// <summary>The client being written to.</summary>
public sealed record Client
{
    /// <summary>Contact person's full name; optional when `company` is given.</summary>
    public string? Name { get; init; }
    /// <summary>Client company.</summary>
    public string? Company { get; init; }
    /// <summary>Title used in the greeting ("Dr", "prof.", "Ing."), ≤ 200 characters; overrides a title found in `name`.</summary>
    public string? Title { get; init; }
    /// <summary>`female`, `male` or null (unknown).</summary>
    public Gender? Gender { get; init; }
    /// <summary>Overrides the whole greeting line, e.g. "Hi Jordan,".</summary>
    public string? Salutation { get; init; }
}

/// <summary>Why the work ends.</summary>
public sealed record Reason
{
    /// <summary>Default `unspecified`.</summary>
    public ReasonCategory? Category { get; init; }
    /// <summary>Name the reason (neutrally). Default false: the letter speaks generally.</summary>
    public bool Disclose { get; init; }
}

/// <summary>The transition plan: dates, work, money, handover, help.</summary>
public sealed record TransitionPlan
{
    /// <summary>Last working day; ≥ today. Default: today + noticeDays, else today + 14 days.</summary>
    public DateOnly? LastWorkingDay { get; init; }
    /// <summary>Notice period in days (0–365), used when lastWorkingDay is absent.</summary>
    public int? NoticeDays { get; init; }
    /// <summary>Work still delivered (≤ 20).</summary>
    public IReadOnlyList<Deliverable>? Deliverables { get; init; }
    /// <summary>Open invoices (≤ 20).</summary>
    public IReadOnlyList<Invoice>? Invoices { get; init; }
    /// <summary>What is handed back.</summary>
    public IReadOnlyList<HandoverItem>? Handover { get; init; }
    /// <summary>Colleagues to refer (≤ 20).</summary>
    public IReadOnlyList<Referral>? Referrals { get; init; }
    /// <summary>Offer to help interview a replacement.</summary>
    public bool HelpInterviewReplacement { get; init; }
    /// <summary>Offer to brief the replacement on the work done.</summary>
    public bool BriefReplacement { get; init; }
    /// <summary>Tools the client can use in the meantime (≤ 20).</summary>
    public IReadOnlyList<string>? InterimTools { get; init; }
}

/// <summary>A piece of work still delivered.</summary>
public sealed record Deliverable
{
    /// <summary>What is delivered (required, ≤ 200 characters).</summary>
    public string? Title { get; init; }
    /// <summary>When; optional.</summary>
    public DateOnly? Due { get; init; }
}

/// <summary>An open invoice.</summary>
public sealed record Invoice
{
    /// <summary>Invoice number (required, ≤ 200 characters).</summary>
    public string? Number { get; init; }
    /// <summary>Amount, &gt; 0.</summary>
    public decimal? Amount { get; init; }
    /// <summary>ISO 4217 code, e.g. EUR.</summary>
    public string? Currency { get; init; }
    /// <summary>Due date; optional.</summary>
    public DateOnly? Due { get; init; }
}

/// <summary>A colleague the client could work with next.</summary>
public sealed record Referral
{
    /// <summary>Name (required, ≤ 200 characters).</summary>
    public string? Name { get; init; }
    /// <summary>Email or phone; optional.</summary>
    public string? Contact { get; init; }
    /// <summary>What they do, e.g. "web design"; optional.</summary>
    public string? Specialty { get; init; }
}
