using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace OutlookExit.Tests.Robustness;

/// <summary>The app with a rate limit no fuzz run reaches.</summary>
public sealed class FuzzApiFactory : ApiFactory
{
    public FuzzApiFactory() => PermitsPerWindow = 10_000_000;
}

/// <summary>A bounded, seeded byte- and JSON-level mutation fuzzer over the two POST endpoints, in process:
/// whatever arrives, the answer is never a 5xx and every 4xx is problem details.</summary>
public class HttpFuzzTests(FuzzApiFactory factory) : IClassFixture<FuzzApiFactory>
{
    private const long Requests = 3_000;

    private static readonly string[] DraftSeeds =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "requests"), "*.json").Order().Select(File.ReadAllText)];

    private static readonly string[] ToneSeeds =
    [
        "{\"text\":\"As per my last email, you always ask for a discount. Maybe we could continue.\",\"language\":\"en\"}",
        "{\"text\":\"Vždycky chcete slevu. Omlouvám se, ale nikdy to nefungovalo.\",\"language\":\"cs-CZ\"}",
        "{\"text\":\"my password is Hunter2-Summer! and the key is AKIAIOSFODNN7EXAMPLE\"}",
        "{\"text\":\"\",\"language\":null}",
    ];

    /// <summary>Tokens spliced into bodies: wrong types, extremes, broken escapes, deep nesting, huge values.</summary>
    private static readonly string[] Tokens =
    [
        "null", "true", "false", "0", "-1", "1e309", "-1e309", "99999999999999999999999999999", "0.0000000000000000000000000001",
        "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\x\"", "[]", "{}", "[null]", "{\"a\":{}}",
        new string('[', 40), new string('{', 3) + "\"a\":" + new string('[', 30), "\"2026-02-30\"", "\"2026-13-01\"",
        "\"0000-01-01\"", "\"9999-12-31\"", "\"termination\"", "\"TERMINATION\"", "\"thankYou\"", "7", "\"\u202Eevil\"",
        "\"<script>alert(1)</script>\"", "\"" + new string('a', 300) + "\"", "\"" + new string('a', 1200) + "\"",
        "\"" + string.Concat(Enumerable.Repeat("you ", 3000)) + "\"", "\"" + new string('x', 70_000) + "\"", ",", ":", "\"", "\\", "}", "]",
    ];

    private static readonly string?[] ContentTypes =
        ["application/json", "application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
         "application/json; charset=nonsense", "text/plain", "application/problem+json", "application/x-www-form-urlencoded", null];

    /// <summary>One mutation: which operation, where (fraction of the body), a value and a length.</summary>
    private readonly record struct Mutation(int Op, double Where, int Value, int Length);

    private static readonly Gen<Mutation> AMutation =
        Gen.Select(Gen.Int[0, 8], Gen.Double[0, 1], Gen.Int[0, 255], Gen.Int[1, 64], (op, at, v, n) => new Mutation(op, at, v, n));

    private static Gen<(byte[] Body, string? ContentType)> Bodies(string[] seeds) =>
        Gen.Select(Gen.Int[0, seeds.Length - 1], AMutation.Array[0, 4], Gen.Int[0, ContentTypes.Length - 1], Gen.Int[0, Tokens.Length - 1],
            (seed, mutations, type, token) => (Mutate(seeds[seed], mutations, token), ContentTypes[type]));

    private static byte[] Mutate(string seed, Mutation[] mutations, int token)
    {
        var body = new List<byte>(Encoding.UTF8.GetBytes(seed));
        foreach (var m in mutations)
        {
            var at = Math.Min(body.Count, (int)(m.Where * body.Count));
            var length = Math.Min(m.Length, body.Count - at);
            switch (m.Op)
            {
                case 0 when at < body.Count: body[at] ^= (byte)(1 << (m.Value % 8)); break;
                case 1 when at < body.Count: body[at] = (byte)m.Value; break;
                case 2: body.InsertRange(at, Enumerable.Repeat((byte)m.Value, m.Length % 8 + 1)); break;
                case 3: body.RemoveRange(at, length); break;
                case 4: body.InsertRange(at, body.GetRange(at, length)); break;
                case 5: body.RemoveRange(at, body.Count - at); break;
                case 6: body.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[(token + m.Value) % Tokens.Length])); break;
                default: body = new List<byte>(ReplaceJsonValue(body.ToArray(), m, Tokens[(token + m.Value) % Tokens.Length])); break;
            }
        }
        return [.. body];
    }

    /// <summary>Structure-aware: replaces one value of the JSON document (any depth) with a token.
    /// A body that earlier mutations made unreadable here (broken UTF-8 or escapes, parsed lazily; duplicate keys) stays as it is.</summary>
    private static byte[] ReplaceJsonValue(byte[] body, Mutation m, string token)
    {
        try { return ReplaceJsonValueCore(body, m, token); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException) { return body; }
    }

    private static byte[] ReplaceJsonValueCore(byte[] body, Mutation m, string token)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(body); }
        catch (JsonException) { return body; }
        if (root is null) return body;
        var slots = new List<(JsonNode Parent, object Key)>();
        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o.ToList()) { slots.Add((o, k)); if (v is not null) Walk(v); }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) { slots.Add((a, i)); if (a[i] is { } v) Walk(v); }
                    break;
            }
        }
        Walk(root);
        if (slots.Count == 0) return body;
        var (parent, key) = slots[(int)(m.Where * (slots.Count - 1))];
        JsonNode? value;
        try { value = JsonNode.Parse(token); }
        catch (JsonException) { value = JsonValue.Create(token); }
        if (parent is JsonObject obj) obj[(string)key] = value;
        else ((JsonArray)parent)[(int)key] = value;
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private async Task Post(HttpClient client, string path, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync(path, content);
        var status = (int)response.StatusCode;
        var media = response.Content.Headers.ContentType?.MediaType;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{status} for {path}: {text}");
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", media);
            using var problem = JsonDocument.Parse(text);
            Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        }
        else Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Print((byte[] Body, string? ContentType) sample) =>
        $"{sample.ContentType}: {Encoding.UTF8.GetString(sample.Body[..Math.Min(sample.Body.Length, 2000)])}";

    [Theory]
    [InlineData("/api/drafts")]
    [InlineData("/api/tone/check")]
    public async Task AnUnknownCharsetIsAnUnsupportedMediaTypeNotAServerError(string path)
    {
        var content = new StringContent("{\"text\":\"hi\"}");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=nonsense");
        var response = await factory.CreateClient().PostAsync(path, content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MutatedDraftRequestsNeverCauseA5xxAndEvery4xxIsProblemDetails()
    {
        var client = factory.CreateClient();
        await Bodies(DraftSeeds).SampleAsync(sample => Post(client, "/api/drafts", sample.Body, sample.ContentType),
            iter: Requests, seed: null, print: Print);
    }

    [Fact]
    public async Task MutatedToneChecksNeverCauseA5xxAndEvery4xxIsProblemDetails()
    {
        var client = factory.CreateClient();
        await Bodies(ToneSeeds).SampleAsync(sample => Post(client, "/api/tone/check", sample.Body, sample.ContentType),
            iter: Requests, seed: null, print: Print);
    }
}
