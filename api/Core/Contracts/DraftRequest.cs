using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Core.Contracts;

/// <summary>What the user asks for: the kind of email, the people, and the transition plan.</summary>
/// <remarks>The request types have settable properties, not init-only ones: with init-only properties the JSON
/// deserialiser builds every object through its constructor-argument path, which costs about a third more (2.3 µs per
/// request read from the request pipe). Nothing sets them after binding: validation reads them into a
/// <c>LetterPlan</c>.</remarks>
public sealed record DraftRequest
{
    /// <summary>Which email to write.</summary>
    public DraftKind? Kind { get; set; }

    /// <summary>`en` or `cs`; region forms (`en-GB`, `cs-CZ`) are accepted. Default `en`.</summary>
    public string? Language { get; set; }

    /// <summary>Warmth of greeting, appreciation and closing. Default `neutral`.</summary>
    public LetterTone? Tone { get; set; }

    /// <summary>The date the letter is written on; default is the server's current date.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>The person writing (required).</summary>
    public Sender? Sender { get; set; }

    /// <summary>The client being written to.</summary>
    public Client? Client { get; set; }

    /// <summary>Why the work ends, and whether to say so.</summary>
    public Reason? Reason { get; set; }

    /// <summary>The transition plan.</summary>
    public TransitionPlan? Plan { get; set; }

    /// <summary>What the sender's business now focuses on, e.g. "brand strategy for hotels" (≤ 200 characters).
    /// Makes the general reason concrete without touching the client. Czech letters take it in the nominative, as a list
    /// item would be written ("strategie značky pro hotely").</summary>
    public string? NewFocus { get; set; }

    /// <summary>The service that stops, e.g. "the monthly newsletter" (≤ 200 characters; Czech in the nominative,
    /// "měsíční newsletter").</summary>
    public string? ServiceEnding { get; set; }

    /// <summary>Say that the sender will keep recommending the client.</summary>
    public bool OfferReferences { get; set; }

    /// <summary>With `offerReferences`, add a polite request for a short testimonial. Default false.</summary>
    public bool AskForTestimonial { get; set; }

    /// <summary>An optional sentence or two in the user's own words (≤ 1,000 characters).</summary>
    public string? PersonalNote { get; set; }

    /// <summary>Where the personal note goes. Default `auto`: thanks join the appreciation, anything else goes before the closing.</summary>
    public NotePlacement? PersonalNotePlacement { get; set; }

    /// <summary>`full` (default: closing line, name, business, signature) or `closingOnly` (the closing line alone,
    /// for when Outlook adds the user's own signature).</summary>
    public SignOffStyle? SignOff { get; set; }

    /// <summary>`holdFirm` only, required there: the client's latest message as plain text (≤ 10,000 characters
    /// above its quoted history, which is removed and not counted). Read for the asks it makes, then dropped: never logged, stored, tone-checked or
    /// quoted in the reply; a secret inside it is not an error. Ignored on other kinds.</summary>
    public string? ClientMessage { get; set; }

    /// <summary>`holdFirm` only, optional: the asks the reply answers, overriding those detected in `clientMessage`.</summary>
    public IReadOnlyList<ClientAsk>? ClientAsks { get; set; }
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
    public string? Name { get; set; }
    /// <summary>Business name, optional.</summary>
    public string? Business { get; set; }
    /// <summary>Plain-text signature, may be multi-line; replaces the name and business under the closing.</summary>
    public string? Signature { get; set; }
}

/// <summary>The client being written to.</summary>
public sealed record Client
{
    /// <summary>Contact person's full name; optional when `company` is given.</summary>
    public string? Name { get; set; }
    /// <summary>Client company.</summary>
    public string? Company { get; set; }
    /// <summary>Title used in the greeting ("Dr", "prof.", "Ing."), ≤ 200 characters; overrides a title found in `name`.</summary>
    public string? Title { get; set; }
    /// <summary>`female`, `male` or null (unknown).</summary>
    public Gender? Gender { get; set; }
    /// <summary>Overrides the whole greeting line, e.g. "Hi Jordan,".</summary>
    public string? Salutation { get; set; }
}

/// <summary>Why the work ends.</summary>
public sealed record Reason
{
    /// <summary>Default `unspecified`.</summary>
    public ReasonCategory? Category { get; set; }
    /// <summary>Name the reason (neutrally). Default false: the letter speaks generally.</summary>
    public bool Disclose { get; set; }
}

/// <summary>The transition plan: dates, work, money, handover, help.</summary>
public sealed record TransitionPlan
{
    /// <summary>Last working day; ≥ today. Default: today + noticeDays, else today + 14 days.</summary>
    public DateOnly? LastWorkingDay { get; set; }
    /// <summary>Notice period in days (0–365), used when lastWorkingDay is absent.</summary>
    public int? NoticeDays { get; set; }
    /// <summary>Work still delivered (≤ 20).</summary>
    public IReadOnlyList<Deliverable>? Deliverables { get; set; }
    /// <summary>Open invoices (≤ 20).</summary>
    public IReadOnlyList<Invoice>? Invoices { get; set; }
    /// <summary>What is handed back.</summary>
    public IReadOnlyList<HandoverItem>? Handover { get; set; }
    /// <summary>Colleagues to refer (≤ 20).</summary>
    public IReadOnlyList<Referral>? Referrals { get; set; }
    /// <summary>Offer to help interview a replacement.</summary>
    public bool HelpInterviewReplacement { get; set; }
    /// <summary>Offer to brief the replacement on the work done.</summary>
    public bool BriefReplacement { get; set; }
    /// <summary>Tools the client can use in the meantime (≤ 20; Czech in the nominative, "sdílená složka").</summary>
    public IReadOnlyList<string>? InterimTools { get; set; }
}

/// <summary>A piece of work still delivered.</summary>
public sealed record Deliverable
{
    /// <summary>What is delivered (required, ≤ 200 characters).</summary>
    public string? Title { get; set; }
    /// <summary>When; optional.</summary>
    public DateOnly? Due { get; set; }
}

/// <summary>An open invoice.</summary>
public sealed record Invoice
{
    /// <summary>Invoice number (required, ≤ 200 characters).</summary>
    public string? Number { get; set; }
    /// <summary>Amount, &gt; 0.</summary>
    public decimal? Amount { get; set; }
    /// <summary>ISO 4217 code, e.g. EUR.</summary>
    public string? Currency { get; set; }
    /// <summary>Due date; optional.</summary>
    public DateOnly? Due { get; set; }
}

/// <summary>A colleague the client could work with next.</summary>
public sealed record Referral
{
    /// <summary>Name (required, ≤ 200 characters).</summary>
    public string? Name { get; set; }
    /// <summary>Email or phone; optional.</summary>
    public string? Contact { get; set; }
    /// <summary>What they do, e.g. "web design"; optional.</summary>
    public string? Specialty { get; set; }
}
