using OutlookExit.Core.Contracts;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Body of POST /api/reply-drafts.</summary>
public sealed record ReplyDraftRequest
{
    /// <summary>REST id of the client's message to reply to (≤ 512 characters: letters, digits, <c>-</c>, <c>_</c>, <c>=</c>).</summary>
    public string? MessageId { get; init; }

    /// <summary>Reply to everyone on the message instead of only the sender.</summary>
    public bool ReplyAll { get; init; }

    /// <summary>The shared or delegated mailbox that holds the message (its user id or SMTP address, from Office's
    /// getSharedPropertiesAsync): the draft is made there with <c>Mail.ReadWrite.Shared</c>. Absent: the signed-in
    /// user's own mailbox.</summary>
    public string? Mailbox { get; init; }

    /// <summary>What to write, exactly as for POST /api/drafts.</summary>
    public DraftRequest? Draft { get; init; }
}

/// <summary>The draft created in the user's Drafts folder.</summary>
/// <param name="Id">Immutable Graph id of the draft.</param>
/// <param name="WebLink">Opens the draft in Outlook on the web.</param>
/// <param name="Subject">The reply's subject as Outlook set it ("RE: …").</param>
/// <param name="Findings">Findings about the user's own words, as for POST /api/drafts.</param>
public sealed record ReplyDraftResponse(string Id, string? WebLink, string? Subject, IReadOnlyList<Finding> Findings);
