using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>A draft in the user's mailbox, as far as this API cares.</summary>
/// <param name="Id">Immutable id.</param>
/// <param name="WebLink">Opens the draft in Outlook on the web.</param>
/// <param name="Subject">The reply's own subject ("RE: …").</param>
/// <param name="RequestHash">Hash of the request that created it, when the draft carries one.</param>
/// <param name="Body">The draft's body as found (null when just created or not read).</param>
/// <param name="BodyIsText">The body is plain text (the mailbox composes in plain text), not HTML.</param>
public sealed record MailboxDraft(string Id, string? WebLink, string? Subject, string? RequestHash, string? Body = null, bool BodyIsText = false)
{
    /// <summary>True when the body already holds the composed letter (which is always HTML).</summary>
    public bool HasLetter => !BodyIsText && ReplyBody.HasLetter(Body);
}

/// <summary>The Graph adapter: finds, creates and stamps reply drafts in the signed-in user's mailbox, or in a shared
/// or delegated mailbox the user may write to (<c>/users/{mailbox}/…</c> with Mail.ReadWrite.Shared).
/// Every call goes through the Graph SDK with an on-behalf-of token and the SDK's retry middleware.</summary>
public sealed class MailboxDrafts(IHttpClientFactory httpClients, ITokenAcquisition tokens, IOptions<GraphSettings> options)
{
    /// <summary>Named extended property stamped on every draft with the hash of its Idempotency-Key, so a retry
    /// finds the draft even when the idempotency record is gone.</summary>
    public const string KeyPropertyId = "String {4f0d8a62-93c1-4e57-b6a8-2d71c5e93b10} Name OutlookExitIdempotencyKey";

    /// <summary>Named extended property holding the hash of the request that made the draft.</summary>
    public const string RequestHashPropertyId = "String {4f0d8a62-93c1-4e57-b6a8-2d71c5e93b10} Name OutlookExitRequestHash";

    private readonly GraphSettings _settings = options.Value;

    private GraphServiceClient Client(ClaimsPrincipal user, string? mailbox) => new(
        httpClients.CreateClient(GraphHttp.ClientName),
        new BaseBearerTokenAuthenticationProvider(new GraphTokenProvider(tokens, user, _settings.BaseUrl, GraphSettings.ScopesFor(mailbox))),
        _settings.BaseUrl);

    /// <summary>The canonical Graph address of a message, used as the Location of a created draft:
    /// <c>/me/…</c>, or <c>/users/{mailbox}/…</c> for a shared or delegated mailbox.</summary>
    public string ResourceUrl(string id, string? mailbox = null) =>
        $"{_settings.BaseUrl.TrimEnd('/')}/{(mailbox is null ? "me" : "users/" + Uri.EscapeDataString(mailbox))}/messages/{Uri.EscapeDataString(id)}";

    /// <summary>The draft stamped with <paramref name="keyHash"/>, if one exists in the Drafts folder of the user's
    /// own mailbox or of <paramref name="mailbox"/>.</summary>
    public async Task<MailboxDraft?> FindAsync(ClaimsPrincipal user, string? mailbox, string keyHash, CancellationToken cancellationToken)
    {
        var client = Client(user, mailbox);
        var filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{KeyPropertyId}' and ep/value eq '{keyHash}')";
        string[] select = ["id", "webLink", "subject", "body"];
        string[] expand = [$"singleValueExtendedProperties($filter=id eq '{RequestHashPropertyId}')"];
        var page = mailbox is null
            ? await client.Me.MailFolders["drafts"].Messages.GetAsync(request =>
            {
                (request.QueryParameters.Filter, request.QueryParameters.Select, request.QueryParameters.Expand, request.QueryParameters.Top) = (filter, select, expand, 1);
                PreferImmutableIds(request.Headers);
            }, cancellationToken)
            : await client.Users[mailbox].MailFolders["drafts"].Messages.GetAsync(request =>
            {
                (request.QueryParameters.Filter, request.QueryParameters.Select, request.QueryParameters.Expand, request.QueryParameters.Top) = (filter, select, expand, 1);
                PreferImmutableIds(request.Headers);
            }, cancellationToken);
        var found = page?.Value?.FirstOrDefault(m => !string.IsNullOrEmpty(m.Id));
        if (found is null) return null;
        var requestHash = found.SingleValueExtendedProperties?
            .FirstOrDefault(p => string.Equals(p.Id, RequestHashPropertyId, StringComparison.OrdinalIgnoreCase))?.Value;
        return new MailboxDraft(found.Id!, found.WebLink, found.Subject, requestHash, found.Body?.Content ?? "",
            found.Body?.ContentType == GraphModels.BodyType.Text);
    }

    /// <summary>Creates the reply (or reply-all) to <paramref name="messageId"/> as a draft, in the user's own mailbox or
    /// in <paramref name="mailbox"/>, stamped in that same call with the key and request hashes (createReply's
    /// <c>message</c> takes any writable property, extended properties included), then puts <paramref name="html"/>
    /// above the quoted original. A crash between the two calls leaves a stamped draft that a retry finds and
    /// completes (<see cref="CompleteAsync"/>), never a second one.</summary>
    public async Task<MailboxDraft> CreateReplyAsync(ClaimsPrincipal user, string? mailbox, string messageId, bool replyAll, string html,
        string keyHash, string requestHash, CancellationToken cancellationToken)
    {
        var client = Client(user, mailbox);
        var stamp = new GraphModels.Message
        {
            SingleValueExtendedProperties =
            [
                new GraphModels.SingleValueLegacyExtendedProperty { Id = KeyPropertyId, Value = keyHash },
                new GraphModels.SingleValueLegacyExtendedProperty { Id = RequestHashPropertyId, Value = requestHash },
            ],
        };
        var created = await CreateAsync(client, mailbox, messageId, replyAll, stamp, cancellationToken);
        if (created?.Id is not { Length: > 0 } draftId)
            throw new GraphContractException("createReply answered without a draft id.");

        try
        {
            return await CompleteAsync(user, mailbox, new MailboxDraft(draftId, created.WebLink, created.Subject, requestHash, created.Body?.Content,
                created.Body?.ContentType == GraphModels.BodyType.Text), html, cancellationToken);
        }
        catch (Exception)
        {
            // Best effort: a draft holding only the quoted thread is of no use to anyone. Should this fail too,
            // the stamp still lets a retry find the draft and complete it.
            await TryDeleteAsync(client, mailbox, draftId);
            throw;
        }
    }

    /// <summary>Puts <paramref name="html"/> above the quoted original of a stamped draft whose body does not hold the
    /// letter yet (a retry after a crash between createReply and this step).</summary>
    public async Task<MailboxDraft> CompleteAsync(ClaimsPrincipal user, string? mailbox, MailboxDraft draft, string html,
        CancellationToken cancellationToken)
    {
        var client = Client(user, mailbox);
        var quoted = draft.BodyIsText ? ReplyBody.TextAsHtml(draft.Body) : draft.Body;
        var body = ReplyBody.InsertAboveQuote(quoted, html);
        var patch = new GraphModels.Message { Body = new GraphModels.ItemBody { ContentType = GraphModels.BodyType.Html, Content = body } };
        var patched = mailbox is null
            ? await client.Me.Messages[draft.Id].PatchAsync(patch, request => PreferImmutableIds(request.Headers), cancellationToken)
            : await client.Users[mailbox].Messages[draft.Id].PatchAsync(patch, request => PreferImmutableIds(request.Headers), cancellationToken);
        return new MailboxDraft(draft.Id, patched?.WebLink ?? draft.WebLink, patched?.Subject ?? draft.Subject, draft.RequestHash, body);
    }

    private static async Task<GraphModels.Message?> CreateAsync(GraphServiceClient client, string? mailbox, string messageId, bool replyAll,
        GraphModels.Message stamp, CancellationToken cancellationToken)
    {
        if (mailbox is null)
        {
            var message = client.Me.Messages[messageId];
            return replyAll
                ? await message.CreateReplyAll.PostAsync(new Microsoft.Graph.Me.Messages.Item.CreateReplyAll.CreateReplyAllPostRequestBody { Message = stamp },
                    request => PreferImmutableIds(request.Headers), cancellationToken)
                : await message.CreateReply.PostAsync(new Microsoft.Graph.Me.Messages.Item.CreateReply.CreateReplyPostRequestBody { Message = stamp },
                    request => PreferImmutableIds(request.Headers), cancellationToken);
        }
        var shared = client.Users[mailbox].Messages[messageId];
        return replyAll
            ? await shared.CreateReplyAll.PostAsync(new Microsoft.Graph.Users.Item.Messages.Item.CreateReplyAll.CreateReplyAllPostRequestBody { Message = stamp },
                request => PreferImmutableIds(request.Headers), cancellationToken)
            : await shared.CreateReply.PostAsync(new Microsoft.Graph.Users.Item.Messages.Item.CreateReply.CreateReplyPostRequestBody { Message = stamp },
                request => PreferImmutableIds(request.Headers), cancellationToken);
    }

    private static async Task TryDeleteAsync(GraphServiceClient client, string? mailbox, string draftId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            if (mailbox is null)
                await client.Me.Messages[draftId].DeleteAsync(request => PreferImmutableIds(request.Headers), timeout.Token);
            else
                await client.Users[mailbox].Messages[draftId].DeleteAsync(request => PreferImmutableIds(request.Headers), timeout.Token);
        }
        catch (Exception)
        {
            // Best effort: the original failure is what the caller needs to hear about.
        }
    }

    /// <summary>Ids that survive moving the draft between folders (the pane may open it later), and HTML bodies.</summary>
    private static void PreferImmutableIds(RequestHeaders headers)
    {
        headers.Add("Prefer", "IdType=\"ImmutableId\"");
        headers.Add("Prefer", "outlook.body-content-type=\"html\"");
    }
}

/// <summary>Graph answered successfully but not with what its documentation promises.</summary>
public sealed class GraphContractException(string message) : Exception(message);
