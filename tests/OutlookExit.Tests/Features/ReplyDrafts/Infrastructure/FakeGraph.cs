using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlookExit.Features.ReplyDrafts;

namespace OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

/// <summary>One request as Graph saw it.</summary>
public sealed record GraphRequest(string Method, string Path, string Query, string? Authorization, IReadOnlyList<string> Prefer,
    string Body, DateTimeOffset At)
{
    public bool Is(string method, string pathEnd) =>
        Method == method && Path.EndsWith(pathEnd, StringComparison.Ordinal);
}

/// <summary>A small in-process Microsoft Graph: a mailbox per user (told apart by the Graph token), each with
/// the same client message and a Drafts folder, and scripted failures. It is the primary handler under the real Graph SDK middleware, so retries are real.</summary>
public sealed partial class FakeGraph : HttpMessageHandler
{
    public const string BaseUrl = "https://graph.test/v1.0";
    public const string ClientMessageId = "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAYbuK-AAA=";
    public const string QuotedOriginal = "<div id=\"divRplyFwdMsg\"><b>From:</b> Jordan Lee<br><b>Subject:</b> Invoice 2026-041</div><div>Could we talk about the spring campaign?</div>";
    public const string ReplyHtml = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body dir=\"ltr\"><div id=\"Signature\">Alex</div><hr>" + QuotedOriginal + "</body></html>";

    private readonly List<(string Method, string PathEnd, Queue<Func<HttpResponseMessage>> Answers)> _scripts = [];
    private readonly Dictionary<string, JsonObject> _drafts = [];
    private int _nextDraft;

    public ConcurrentQueue<GraphRequest> Requests { get; } = new();

    /// <summary>When it returns true for a request, the mailbox does the work and then the connection drops before
    /// the answer arrives: the caller sees an HttpRequestException, as after a crash or network cut mid-call.</summary>
    public Func<GraphRequest, bool>? DropAnswer { get; set; }

    /// <summary>How long createReply takes, to let duplicate requests overlap.</summary>
    public TimeSpan CreateDelay { get; set; }

    /// <summary>createReply answers with a plain-text body (a mailbox that composes in plain text).</summary>
    public bool PlainTextBodies { get; set; }

    /// <summary>The plain-text body createReply answers with when <see cref="PlainTextBodies"/> is set.</summary>
    public const string ReplyText = "Alex\r\n\r\nFrom: Jordan Lee <jordan@acme.example>\r\nCould we talk about the spring campaign?";

    public int Count(string method, string pathEnd) => Requests.Count(r => r.Is(method, pathEnd));

    public IReadOnlyList<GraphRequest> All(string method, string pathEnd) => [.. Requests.Where(r => r.Is(method, pathEnd))];

    public int DraftCount { get { lock (_drafts) return _drafts.Count; } }

    /// <summary>The next matching requests get these answers, in order; after that the mailbox answers.</summary>
    public void Script(string method, string pathEnd, params Func<HttpResponseMessage>[] answers)
    {
        lock (_scripts) _scripts.Add((method, pathEnd, new Queue<Func<HttpResponseMessage>>(answers)));
    }

    /// <summary>Every matching request gets this answer.</summary>
    public void Always(string method, string pathEnd, Func<HttpResponseMessage> answer) =>
        Script(method, pathEnd, [.. Enumerable.Repeat(answer, 1000)]);

    public void ClearScripts() { lock (_scripts) _scripts.Clear(); }

    public static Func<HttpResponseMessage> Error(int status, string code, string message = "Something failed.", string? retryAfter = null) => () =>
    {
        var response = Json((HttpStatusCode)status, new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString() } },
        });
        if (retryAfter is not null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new GraphRequest(
            request.Method.Method,
            Uri.UnescapeDataString(request.RequestUri!.AbsolutePath),
            Uri.UnescapeDataString(request.RequestUri.Query),
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("Prefer", out var prefer) ? [.. prefer] : [],
            body,
            DateTimeOffset.UtcNow);
        Requests.Enqueue(recorded);

        var response = Scripted(recorded) ?? await Mailbox(recorded, cancellationToken);
        if (DropAnswer?.Invoke(recorded) == true) throw new HttpRequestException("The connection dropped before the answer arrived.");
        // Without this the SDK's retry handler cannot clone the request and never retries.
        response.RequestMessage = request;
        return response;
    }

    private HttpResponseMessage? Scripted(GraphRequest request)
    {
        lock (_scripts)
            foreach (var (method, pathEnd, answers) in _scripts)
                if (request.Is(method, pathEnd) && answers.Count > 0) return answers.Dequeue()();
        return null;
    }

    private async Task<HttpResponseMessage> Mailbox(GraphRequest request, CancellationToken cancellationToken)
    {
        // v1.0, me, ... or v1.0, users, {mailbox}, ...: a shared mailbox is told apart from the user's own.
        var all = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var mailbox = all is [_, "users", var shared, ..] ? shared : "me";
        var segments = all is [var version, "users", _, .. var tail] ? [version, "me", .. tail] : all;
        if (request.Authorization is null || !request.Authorization.StartsWith("Bearer " + FakeTokenAcquisition.GraphTokenPrefix, StringComparison.Ordinal))
            return Error(401, "InvalidAuthenticationToken", "Access token is empty.")();

        if (request.Method == "GET" && segments is [_, "me", "mailFolders", "drafts", "messages"])
        {
            var key = KeyValue().Match(request.Query).Groups[1].Value;
            var found = new JsonArray();
            lock (_drafts)
                foreach (var draft in _drafts.Values.Where(d => Owner(d) == request.Authorization && MailboxOf(d) == mailbox && PropertyValue(d, MailboxDrafts.KeyPropertyId) == key))
                    found.Add(new JsonObject
                    {
                        ["id"] = draft["id"]!.GetValue<string>(),
                        ["webLink"] = draft["webLink"]!.GetValue<string>(),
                        ["subject"] = draft["subject"]!.GetValue<string>(),
                        ["body"] = draft["body"]!.DeepClone(),
                        ["singleValueExtendedProperties"] = new JsonArray(new JsonObject
                        {
                            ["id"] = MailboxDrafts.RequestHashPropertyId,
                            ["value"] = PropertyValue(draft, MailboxDrafts.RequestHashPropertyId),
                        }),
                    });
            return Json(HttpStatusCode.OK, new JsonObject { ["value"] = found });
        }

        if (request.Method == "POST" && segments is [_, "me", "messages", var messageId, "createReply" or "createReplyAll"])
        {
            if (messageId != ClientMessageId) return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.")();
            if (CreateDelay > TimeSpan.Zero) await Task.Delay(CreateDelay, cancellationToken);
            var id = $"AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A-draft-{Interlocked.Increment(ref _nextDraft)}=";
            var draft = new JsonObject
            {
                ["id"] = id,
                ["subject"] = "RE: Invoice 2026-041",
                ["webLink"] = $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(id)}&exvsurl=1&viewmodel=ReadMessageItem",
                ["isDraft"] = true,
                ["body"] = PlainTextBodies
                    ? new JsonObject { ["contentType"] = "text", ["content"] = ReplyText }
                    : new JsonObject { ["contentType"] = "html", ["content"] = ReplyHtml },
                ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Jordan Lee", ["address"] = "jordan@acme.example" } }),
                // createReply's "message" sets any writable property at creation, extended properties included.
                // Action parameters are case-insensitive; the SDK writes "Message".
                ["singleValueExtendedProperties"] = (JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.Body) as JsonObject)?
                    .FirstOrDefault(p => string.Equals(p.Key, "message", StringComparison.OrdinalIgnoreCase)).Value?["singleValueExtendedProperties"]?.DeepClone()
                    ?? new JsonArray(),
            };
            lock (_drafts) _drafts[id] = draft;
            var answer = draft.DeepClone();
            draft["@owner"] = request.Authorization;
            draft["@mailbox"] = mailbox;
            return Json(HttpStatusCode.Created, answer);
        }

        if (segments is [_, "me", "messages", var draftId])
        {
            lock (_drafts)
            {
                if (!_drafts.TryGetValue(draftId, out var draft) || Owner(draft) != request.Authorization || MailboxOf(draft) != mailbox) return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.")();
                if (request.Method == "DELETE")
                {
                    _drafts.Remove(draftId);
                    return new HttpResponseMessage(HttpStatusCode.NoContent);
                }
                if (request.Method == "PATCH")
                {
                    var patch = JsonNode.Parse(request.Body)!.AsObject();
                    foreach (var (name, value) in patch) draft[name] = value?.DeepClone();
                    var answer = draft.DeepClone().AsObject();
                    answer.Remove("@owner");
                    answer.Remove("@mailbox");
                    return Json(HttpStatusCode.OK, answer);
                }
            }
        }
        return Error(400, "BadRequest", $"The fake Graph does not know {request.Method} {request.Path}.")();
    }

    /// <summary>Every stored draft as Graph holds it (without its owner).</summary>
    public IReadOnlyList<JsonObject> AllDrafts()
    {
        lock (_drafts)
            return [.. _drafts.Values.Select(d => { var copy = d.DeepClone().AsObject(); copy.Remove("@owner"); return copy; })];
    }

    /// <summary>The stored draft as Graph holds it.</summary>
    public JsonObject Draft(string id) { lock (_drafts) return _drafts[id].DeepClone().AsObject(); }

    private static string? Owner(JsonObject draft) => draft["@owner"]?.GetValue<string>();

    /// <summary>"me", or the shared mailbox (as addressed in /users/{mailbox}) the draft was made in.</summary>
    public static string? MailboxOf(JsonObject draft) => draft["@mailbox"]?.GetValue<string>();

    private static string? PropertyValue(JsonObject draft, string propertyId) =>
        draft["singleValueExtendedProperties"]?.AsArray()
            .FirstOrDefault(p => string.Equals(p?["id"]?.GetValue<string>(), propertyId, StringComparison.OrdinalIgnoreCase))?["value"]?.GetValue<string>();

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    [GeneratedRegex("ep/value eq '([^']*)'")]
    private static partial Regex KeyValue();
}
