namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Configuration section <c>Graph</c>.</summary>
public sealed class GraphSettings
{
    /// <summary>Section name.</summary>
    public const string Section = "Graph";

    /// <summary>Graph root including the version segment. Tests point it at a fake Graph.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Retries of a throttled call (429/503 with Retry-After); at most 10.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Total time the retries of one call may wait, in seconds. A Retry-After beyond it is passed to the caller instead.</summary>
    public int RetryBudgetSeconds { get; set; } = 10;

    /// <summary>Time one Graph call may take including its retries, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The delegated permission the drafts need.</summary>
    public static readonly string[] Scopes = ["https://graph.microsoft.com/Mail.ReadWrite"];

    /// <summary>The delegated permission for drafts in someone else's (shared or delegated) mailbox.</summary>
    public static readonly string[] SharedScopes = ["https://graph.microsoft.com/Mail.ReadWrite.Shared"];

    /// <summary>The scopes a request for <paramref name="mailbox"/> needs (null: the user's own mailbox).</summary>
    public static string[] ScopesFor(string? mailbox) => mailbox is null ? Scopes : SharedScopes;
}
