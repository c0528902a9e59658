using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookExit.Hosting;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.Hosting;

/// <summary>The OpenAPI document speaks to people: a real summary and description for every endpoint, and for
/// every problem status an example that is what the API really answers (shape, `type`, `title`, `status`).</summary>
public class ApiDocsExamplesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<JsonObject> Document() => (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject doc) =>
        doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value!.AsObject())));

    [Fact]
    public async Task EveryEndpointHasAHumanSummaryAndDescription()
    {
        var doc = await Document();
        var operations = Operations(doc).ToList();
        Assert.True(operations.Count >= 10, $"{operations.Count} operations");
        foreach (var (path, method, op) in operations)
        {
            var summary = (string?)op["summary"];
            var description = (string?)op["description"];
            Assert.False(string.IsNullOrWhiteSpace(summary), $"{method} {path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{method} {path} has no description");
            foreach (var text in new[] { summary!, description! })
            {
                Assert.DoesNotContain("Handler", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("pretend", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("TODO", text, StringComparison.Ordinal);
            }
            Assert.True(summary!.Length >= 12, $"{method} {path}: '{summary}'");
        }
    }

    [Fact]
    public async Task ReadinessIsDocumentedWithExamplesShapedLikeItsRealAnswer()
    {
        var doc = await Document();
        var op = doc["paths"]?["/healthz/ready"]?["get"]?.AsObject();
        Assert.NotNull(op);
        var ok = op!["responses"]!["200"]!["content"]!["application/json"]!["example"]!.AsObject();
        var down = op["responses"]!["503"]!["content"]!["application/json"]!["example"]!.AsObject();
        Assert.Equal("degraded", (string?)ok["status"]);
        Assert.Equal("unhealthy", (string?)down["status"]);

        // The test host has no Redis and no Entra ID: degraded, like the 200 example, and with the same shape.
        var response = await factory.CreateClient().GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var live = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(ok.Select(p => p.Key), live.Select(p => p.Key));
        Assert.Equal((string?)ok["status"], (string?)live["status"]);
        Assert.Equal((string?)ok["checks"]!["signIn"]!["description"], (string?)live["checks"]!["signIn"]!["description"]);
        Assert.Equal(ok["checks"]!["drafting"]!.ToJsonString(), live["checks"]!["drafting"]!.ToJsonString());
    }

    [Fact]
    public async Task EveryProblemStatusHasARealProblemExampleAndNoPlaceholders()
    {
        var doc = await Document();
        var problems = 0;
        foreach (var (path, method, op) in Operations(doc))
            foreach (var (status, response) in op["responses"]!.AsObject())
            {
                foreach (var media in response!["content"]?.AsObject() ?? [])
                    if (media.Value!["example"] is { } any) AssertNoPlaceholders(any, $"{method} {path} {status}");
                foreach (var media in response!["content"]?.AsObject() ?? [])
                    if (media.Value!["examples"] is JsonObject named)
                        foreach (var (name, value) in named) AssertNoPlaceholders(value!["value"]!, $"{method} {path} {status} {name}");
                if (int.Parse(status, System.Globalization.CultureInfo.InvariantCulture) < 400) continue;
                // Readiness answers 503 with its health report (each dependency's state, for probes), not a problem:
                // checked on its own in ReadinessIsDocumentedWithExamplesShapedLikeItsRealAnswer.
                if (path == "/healthz/ready") continue;
                var example = response["content"]?["application/problem+json"]?["example"];
                Assert.True(example is JsonObject, $"{method} {path} {status} has no problem example");
                Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), (int)example!["status"]!);
                Assert.True(((string?)example["type"])?.StartsWith("https://", StringComparison.Ordinal) == true, $"{method} {path} {status}: type {example["type"]}");
                Assert.False(string.IsNullOrWhiteSpace((string?)example["title"]), $"{method} {path} {status}: no title");
                Assert.False(string.IsNullOrWhiteSpace((string?)example["detail"]), $"{method} {path} {status}: no detail");
                if (status == "400")
                {
                    Assert.NotEmpty(example["errors"]!.AsObject());
                    Assert.Equal(example["errors"]!.AsObject().Select(e => e.Key), example["codes"]!.AsObject().Select(e => e.Key));
                }
                if (status == "429")
                    Assert.True(response["headers"]?["Retry-After"] is not null, $"{method} {path} 429 without Retry-After");
                problems++;
            }
        Assert.True(problems >= 23, $"{problems} problem examples");
    }

    private static void AssertNoPlaceholders(JsonNode node, string where)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Assert.DoesNotContain("additionalProp", key, StringComparison.Ordinal);
                    if (value is not null) AssertNoPlaceholders(value, where);
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) AssertNoPlaceholders(item, where);
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                Assert.False(s is "string" or "" , $"{where}: placeholder value '{s}'");
                break;
        }
    }

    private static async Task<JsonObject> Example(HttpClient client, string path, string method, int status)
    {
        var doc = (await client.GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;
        return doc["paths"]![path]![method]!["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]!["application/problem+json"]!["example"]!.AsObject();
    }

    /// <summary>Same members (the trace id aside), same type, title and status; for field problems the same fields and codes.</summary>
    private static async Task AssertMatches(JsonObject example, HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var real = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(example.Select(e => e.Key).Order(), real.Select(e => e.Key).Where(k => k != "traceId").Order());
        Assert.Equal((string?)example["type"], (string?)real["type"]);
        Assert.Equal((string?)example["title"], (string?)real["title"]);
        Assert.Equal((int)example["status"]!, (int)real["status"]!);
        if (example["codes"] is JsonObject codes)
        {
            Assert.Equal(codes.Select(c => c.Key), real["codes"]!.AsObject().Select(c => c.Key));
            Assert.Equal(codes.ToJsonString(), real["codes"]!.ToJsonString());
            Assert.Equal(example["errors"]!.ToJsonString(), real["errors"]!.ToJsonString());
        }
    }

    private string Json(object value) =>
        JsonSerializer.Serialize(value, value.GetType(), factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);

    private static StringContent Content(string json, string type = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    [Fact]
    public async Task TheDraftExamplesAreWhatTheApiAnswers()
    {
        var client = factory.CreateClient();
        await AssertMatches(await Example(client, "/api/drafts", "post", 400),
            await client.PostAsync("/api/drafts", Content(Json(ProblemExamples.BrokenDraftRequest))), 400);
        await AssertMatches(await Example(client, "/api/drafts", "post", 422),
            await client.PostAsync("/api/drafts", Content(Json(ProblemExamples.SecretDraftRequest))), 422);
        await AssertMatches(await Example(client, "/api/drafts", "post", 413),
            await client.PostAsync("/api/drafts", Content("{\"personalNote\":\"" + new string('x', 70_000) + "\"}")), 413);
        await AssertMatches(await Example(client, "/api/drafts", "post", 415),
            await client.PostAsync("/api/drafts", Content("kind=termination", "text/plain")), 415);
    }

    [Fact]
    public async Task TheToneAndOptionsExamplesAreWhatTheApiAnswers()
    {
        var client = factory.CreateClient();
        await AssertMatches(await Example(client, "/api/tone/check", "post", 400),
            await client.PostAsync("/api/tone/check", Content("""{ "text": "Thanks for the year.", "language": "de" }""")), 400);
        await AssertMatches(await Example(client, "/api/tone/check", "post", 415),
            await client.PostAsync("/api/tone/check", Content("text", "text/plain")), 415);
        await AssertMatches(await Example(client, "/api/options", "get", 400), await client.GetAsync("/api/options?language=de"), 400);
        await AssertMatches(await Example(client, "/api/reply-drafts", "post", 501),
            await client.PostAsync("/api/reply-drafts", Content("{}")), 501);
    }

    [Fact]
    public async Task The429ExampleIsWhatTheRateLimiterAnswers()
    {
        using var limited = new ApiFactory { PermitsPerWindow = 1 };
        var client = limited.CreateClient();
        var example = await Example(client, "/api/options", "get", 429);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/options")).StatusCode);
        var response = await client.GetAsync("/api/options");
        await AssertMatches(example, response, 429);
        Assert.True(response.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task TheReplyDraftExamplesAreWhatTheSignedInEndpointAnswers()
    {
        using var app = new ReplyDraftsFactory();
        var docs = app.CreateClient(null);
        var signedIn = app.CreateClient(TestTokens.Mint());

        await AssertMatches(await Example(docs, "/api/reply-drafts", "post", 400),
            await signedIn.PostAsync("/api/reply-drafts", Content(Json(new OutlookExit.Features.ReplyDrafts.ReplyDraftRequest
            {
                MessageId = "not an id", Draft = OutlookExit.Hosting.ApiDocs.ExampleDraftRequest,
            }))), 400);
        await AssertMatches(await Example(docs, "/api/reply-drafts", "post", 401),
            await app.CreateClient(null).PostAsync(Body(), NewKey()), 401);
        await AssertMatches(await Example(docs, "/api/reply-drafts", "post", 404),
            await signedIn.PostAsync(Body(messageId: "AAMkADoesNotExist="), NewKey()), 404);

        var ui = new MsalUiRequiredException("invalid_grant", "AADSTS65001: consent missing");
        app.Tokens.Throw = new MicrosoftIdentityWebChallengeUserException(ui, ["https://graph.microsoft.com/Mail.ReadWrite"]);
        await AssertMatches(await Example(docs, "/api/reply-drafts", "post", 403),
            await signedIn.PostAsync(Body(), NewKey()), 403);
    }
}
