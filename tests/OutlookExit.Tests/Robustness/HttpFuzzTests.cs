using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace OutlookExit.Tests.Robustness;

/// <summary>The app with a rate limit no fuzz run reaches.</summary>
public sealed class FuzzApiFactory : ApiFactory
{
    public FuzzApiFactory() => PermitsPerWindow = 10_000_000;
}

/// <summary>A bounded, seeded byte- and JSON-level mutation fuzzer over the two POST endpoints, in process:
/// whatever arrives, the answer is never a 5xx and every 4xx is problem details.
/// <para>Every run sends the same requests: they come from one random sequence started at <see cref="PinnedSeed"/>,
/// printed in the test output. Set the environment variable <c>FUZZ_SEED</c> (an unsigned integer) to fuzz with
/// another sequence; a failure names the seed and the request number, so the same run can be repeated.</para></summary>
public class HttpFuzzTests(FuzzApiFactory factory, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>
{
    private const int Requests = 3_000;

    /// <summary>The seed of every run unless <c>FUZZ_SEED</c> says otherwise.</summary>
    public const ulong PinnedSeed = 20_261_127;

    /// <summary>Environment variable that overrides <see cref="PinnedSeed"/>.</summary>
    public const string SeedVariable = "FUZZ_SEED";

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

    /// <summary><see cref="PinnedSeed"/>, or the value of <c>FUZZ_SEED</c> when it is set.</summary>
    public static ulong RunSeed(string? variable) =>
        string.IsNullOrWhiteSpace(variable) ? PinnedSeed
        : ulong.TryParse(variable.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed) ? seed
        : throw new ArgumentException($"{SeedVariable} must be an unsigned integer, not '{variable}'.");

    /// <summary>The run's requests: the same list for the same seed.</summary>
    public static (byte[] Body, string? ContentType)[] Samples(string[] seeds, ulong seed)
    {
        var random = new PCG(1, seed);
        var gen = Bodies(seeds);
        var samples = new (byte[] Body, string? ContentType)[Requests];
        for (var i = 0; i < samples.Length; i++) samples[i] = gen.Generate(random, null!, out _);
        return samples;
    }

    /// <summary>Sends the run's requests, two at a time; a failure names the seed and the request number.</summary>
    private async Task Fuzz(string path, string[] seeds)
    {
        var seed = RunSeed(Environment.GetEnvironmentVariable(SeedVariable));
        output.WriteLine($"{path}: {Requests} requests from seed {seed} (set {SeedVariable} to change it)");
        var samples = Samples(seeds, seed);
        var client = factory.CreateClient();
        await Parallel.ForEachAsync(Enumerable.Range(0, samples.Length), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, _) =>
        {
            try { await Post(client, path, samples[i].Body, samples[i].ContentType); }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{SeedVariable}={seed}, request {i} of {Requests}: {Print(samples[i])}\n{e.Message}");
            }
        });
    }

    [Fact]
    public void TheSameSeedGivesTheSameRequestsAndAnotherSeedOthers()
    {
        var first = Samples(ToneSeeds, PinnedSeed);
        var again = Samples(ToneSeeds, PinnedSeed);
        var other = Samples(ToneSeeds, PinnedSeed + 1);
        Assert.Equal(first.Select(Print), again.Select(Print));
        Assert.NotEqual(first.Select(Print), other.Select(Print));
        Assert.Equal(PinnedSeed, RunSeed(null));
        Assert.Equal(42UL, RunSeed(" 42 "));
        Assert.Throws<ArgumentException>(() => RunSeed("abc"));
    }

    [Fact]
    public Task MutatedDraftRequestsNeverCauseA5xxAndEvery4xxIsProblemDetails() => Fuzz("/api/drafts", DraftSeeds);

    [Fact]
    public Task MutatedToneChecksNeverCauseA5xxAndEvery4xxIsProblemDetails() => Fuzz("/api/tone/check", ToneSeeds);
}
