using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OutlookExit.Hosting;

namespace OutlookExit.Tests.Features;

/// <summary>Validation problems carry `codes` beside `errors`, and their words follow Accept-Language, then the
/// request's `language`, then English.</summary>
public class ProblemLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string NoCurrency = """
        { "kind": "termination", "language": "LANG", "sender": { "name": "Alex Rivera" }, "client": { "name": "Jordan Lee" },
          "plan": { "invoices": [ { "number": "2026-041", "amount": 1200 } ] } }
        """;

    private const string CzechCurrency = "Zadejte kód měny podle ISO 4217, například CZK nebo EUR.";
    private const string EnglishCurrency = "Is required: an ISO 4217 code such as EUR, CZK or USD.";

    private async Task<(HttpResponseMessage Response, JsonObject Body)> Post(string path, string json, string? acceptLanguage, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        var response = await factory.CreateClient().SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static TheoryData<string?, string, string> Choices => new()
    {
        // Accept-Language, body language → expected language of the words
        { "cs", "en", "cs" },
        { "cs-CZ,cs;q=0.9,en;q=0.8", "en", "cs" },
        { "en-GB", "cs", "en" },
        { "en;q=0.5, cs;q=0.8", "en", "cs" },
        { "de-DE, cs;q=0.7", "en", "cs" },
        { "de-DE, fr", "cs", "cs" },
        { "*", "cs", "cs" },
        { "cs;q=0, en;q=0.1", "cs", "en" },
        { "!!!;;q=abc", "cs", "cs" },
        { "", "cs", "cs" },
        { null, "cs-CZ", "cs" },
        { null, "en", "en" },
        { null, "xx", "en" },
    };

    [Theory, MemberData(nameof(Choices))]
    public void TheLanguageIsAcceptLanguageThenTheBodyThenEnglish(string? header, string body, string expected) =>
        Assert.Equal(expected, ProblemLanguage.Choose(header is null ? default : new Microsoft.Extensions.Primitives.StringValues(header), body));

    [Theory]
    [InlineData("cs", "en", CzechCurrency, "Některé údaje je potřeba opravit")]
    [InlineData("en-US", "cs", EnglishCurrency, "One or more fields are invalid")]
    [InlineData(null, "cs", CzechCurrency, "Některé údaje je potřeba opravit")]
    [InlineData(null, "en", EnglishCurrency, "One or more fields are invalid")]
    [InlineData("cs-CZ,cs;q=0.9,en-US;q=0.8,en;q=0.7", "en", CzechCurrency, "Některé údaje je potřeba opravit")]
    public async Task AValidationProblemHasCodesAndWordsInTheRequestedLanguage(string? acceptLanguage, string language, string message, string title)
    {
        var (response, body) = await Post("/api/drafts", NoCurrency.Replace("LANG", language, StringComparison.Ordinal), acceptLanguage);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(message, (string?)body["errors"]!["plan.invoices[0].currency"]![0]);
        Assert.Equal(title, (string?)body["title"]);
        Assert.Contains(message, (string?)body["detail"]);
        var code = body["codes"]!["plan.invoices[0].currency"]!.AsArray().Single()!;
        Assert.Equal("invoice.currency.required", (string?)code["code"]);
        Assert.Empty(code["args"]!.AsObject());
        Assert.Equal(body["errors"]!.AsObject().Select(e => e.Key), body["codes"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task CodesCarryTheirValues()
    {
        var json = """{ "kind": "thankYou", "sender": { "name": "Alex" }, "client": { "name": "Jordan" }, "personalNote": "NOTE" }"""
            .Replace("NOTE", new string('x', 1001), StringComparison.Ordinal);
        var (_, body) = await Post("/api/drafts", json, "cs");
        var code = body["codes"]!["personalNote"]![0]!;
        Assert.Equal("text.tooLong", (string?)code["code"]);
        Assert.Equal(1000, (int)code["args"]!["max"]!);
        Assert.Equal("Zkraťte text nejvýš na 1\u00a0000 znaků.", (string?)body["errors"]!["personalNote"]![0]);
    }

    [Theory]
    [InlineData("""{ "kind": "termination", "today": "27.11.2026" }""", "today", "json.date", "Zadejte skutečné datum ve tvaru RRRR-MM-DD, například 2026-12-11.")]
    [InlineData("""{ "kind": "termination", "kind": "thankYou" }""", "kind", "json.duplicateProperty", "Údaj je v požadavku víckrát. Pošlete každý jen jednou.")]
    [InlineData("""{ "plan": { "noticeDays": "ten" } }""", "plan.noticeDays", "json.outOfRange", "Hodnota má pro toto pole špatný typ, nebo je mimo povolený rozsah.")]
    [InlineData("""{ "plan": { "deliverables": { "title": "x" } } }""", "plan.deliverables", "json.wrongType", "Hodnota není platný JSON, nebo má pro toto pole špatný typ.")]
    [InlineData("not json", "body", "json.invalid", "Tělo požadavku není platný JSON.")]
    public async Task JsonShapeErrorsHaveCodesAndCzechWords(string json, string field, string code, string message)
    {
        var (response, body) = await Post("/api/drafts", json, "cs");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (string?)body["codes"]![field]![0]!["code"]);
        Assert.Equal(message, (string?)body["errors"]![field]![0]);
        Assert.Equal("Některé údaje je potřeba opravit", (string?)body["title"]);
    }

    [Fact]
    public async Task AnUnknownKindIsCzechWithTheAllowedNames()
    {
        var (_, body) = await Post("/api/drafts", """{ "kind": "goodbye" }""", "cs");
        var allowed = OutlookExit.Core.Contracts.EnumNames.All(typeof(OutlookExit.Core.Contracts.DraftKind)).ToArray();
        Assert.Equal("json.enumValue", (string?)body["codes"]!["kind"]![0]!["code"]);
        Assert.Equal(allowed, body["codes"]!["kind"]![0]!["args"]!["allowed"]!.AsArray().Select(v => (string)v!));
        Assert.Equal($"Zvolte jednu z hodnot: {string.Join(", ", allowed)}.", (string?)body["errors"]!["kind"]![0]);
    }

    [Fact]
    public async Task AnUnknownEnumValueListsTheAllowedNamesInItsArgs()
    {
        var (_, body) = await Post("/api/drafts", """{ "tone": "angry" }""", null);
        var code = body["codes"]!["tone"]![0]!;
        Assert.Equal("json.enumValue", (string?)code["code"]);
        Assert.Equal(["warm", "neutral", "formal"], code["args"]!["allowed"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("Must be one of: warm, neutral, formal.", (string?)body["errors"]!["tone"]![0]);
    }

    [Fact]
    public async Task ASecretIs422InCzechWithACodeAndNeverEchoesTheSecret()
    {
        const string secret = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";
        var json = $$"""{ "kind": "thankYou", "language": "en", "sender": { "name": "Alex" }, "client": { "name": "Jordan" }, "personalNote": "Token {{secret}}" }""";
        var (response, body) = await Post("/api/drafts", json, "cs-CZ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("secret.found", (string?)body["codes"]!["personalNote"]![0]!["code"]);
        Assert.Equal("personalNote", (string?)body["field"]);
        Assert.Equal("Pole zřejmě obsahuje tajný údaj", (string?)body["title"]);
        Assert.Contains("správce hesel", (string?)body["detail"]);
        Assert.DoesNotContain(secret, body.ToJsonString());
    }

    [Fact]
    public async Task ToneCheckProblemsFollowAcceptLanguageThenTheirLanguage()
    {
        var (response, body) = await Post("/api/tone/check", $$"""{ "text": "{{new string('x', 10_001)}}", "language": "cs" }""", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text.tooLong", (string?)body["codes"]!["text"]![0]!["code"]);
        Assert.Equal(10_000, (int)body["codes"]!["text"]![0]!["args"]!["max"]!);
        Assert.Equal("Zkraťte text nejvýš na 10\u00a0000 znaků.", (string?)body["errors"]!["text"]![0]);

        (response, body) = await Post("/api/tone/check", """{ "text": "Hi", "language": "de" }""", "cs");
        Assert.Equal("language.unsupported", (string?)body["codes"]!["language"]![0]!["code"]);
        Assert.Equal(["en", "cs"], body["codes"]!["language"]![0]!["args"]!["supported"]!.AsArray().Select(v => (string?)v));
        Assert.StartsWith("Zvolte podporovaný jazyk: en, cs", (string?)body["errors"]!["language"]![0]);
    }

    [Fact]
    public async Task TooLargeAndWrongCharsetAreInCzechToo()
    {
        var (response, body) = await Post("/api/drafts", "{\"personalNote\":\"" + new string('x', 70_000) + "\"}", "cs");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Požadavek je příliš velký", (string?)body["title"]);
        Assert.Equal("Tělo požadavku smí mít nejvýš 64 KiB.", (string?)body["detail"]);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/drafts") { Content = new ByteArrayContent(Encoding.Latin1.GetBytes("{}")) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=iso-8859-1");
        request.Headers.TryAddWithoutValidation("Accept-Language", "cs");
        response = await factory.CreateClient().SendAsync(request);
        body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("header.contentType.charset", (string?)body["codes"]!["Content-Type"]![0]!["code"]);
        Assert.Equal("Nepodporovaný typ obsahu", (string?)body["title"]);
    }

    [Fact]
    public async Task OptionsWithAnUnsupportedLanguageHaveACode()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/options?language=de");
        request.Headers.TryAddWithoutValidation("Accept-Language", "cs");
        var response = await factory.CreateClient().SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("language.unsupported", (string?)body["codes"]!["language"]![0]!["code"]);
        Assert.StartsWith("Zvolte podporovaný jazyk", (string?)body["errors"]!["language"]![0]);
    }

    [Fact]
    public async Task ReplyDraftsWithoutSignInAnswer501InCzech()
    {
        var (response, body) = await Post("/api/reply-drafts", "{}", "cs");
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("Přihlášení není na tomto serveru nastavené", (string?)body["title"]);
        Assert.Contains("AzureAd:ClientId", (string?)body["detail"]);
    }
}

/// <summary>The signed-in reply-draft endpoint: its field errors, the letter's errors under <c>draft.</c> and
/// Graph's failures follow the same language rule.</summary>
public sealed class ReplyDraftProblemLanguageTests
{
    [Fact]
    public async Task EnvelopeAndLetterErrorsAreCzechWithCodesUnderDraft()
    {
        using var app = new OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftsFactory();
        var client = app.CreateClient(OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.TestTokens.Mint());
        // No Accept-Language: the letter's own language (cs) decides.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts")
        {
            Content = new StringContent("""
                { "messageId": "AAMkAGI2=", "draft": { "kind": "termination", "language": "cs", "sender": { "name": "Alex" },
                  "client": { "name": "Jordan" }, "plan": { "invoices": [ { "number": "1", "amount": 5 } ] } } }
                """, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invoice.currency.required", (string?)body["codes"]!["draft.plan.invoices[0].currency"]![0]!["code"]);
        Assert.Equal("Zadejte kód měny podle ISO 4217, například CZK nebo EUR.", (string?)body["errors"]!["draft.plan.invoices[0].currency"]![0]);

        // Accept-Language wins over the letter's language, for the envelope too.
        using var envelope = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts")
        {
            Content = new StringContent("""{ "draft": { "kind": "termination", "language": "en" } }""", Encoding.UTF8, "application/json"),
        };
        envelope.Headers.TryAddWithoutValidation("Accept-Language", "cs-CZ, en;q=0.5");
        response = await client.SendAsync(envelope);
        body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("idempotencyKey.required", (string?)body["codes"]!["Idempotency-Key"]![0]!["code"]);
        Assert.Equal("messageId.required", (string?)body["codes"]!["messageId"]![0]!["code"]);
        Assert.StartsWith("Chybí hlavička Idempotency-Key", (string?)body["errors"]!["Idempotency-Key"]![0]);
        Assert.Equal("Zadejte REST ID zprávy, na kterou odpovídáte.", (string?)body["errors"]!["messageId"]![0]);
    }

    [Fact]
    public async Task AMissingMessageIs404InCzech()
    {
        using var app = new OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftsFactory();
        var client = app.CreateClient(OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.TestTokens.Mint());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts")
        {
            Content = System.Net.Http.Json.JsonContent.Create(OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests.Body(messageId: "AAMkADoesNotExist=")),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
        request.Headers.TryAddWithoutValidation("Accept-Language", "cs");
        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Zpráva nebyla nalezena", (string?)body["title"]);
        Assert.StartsWith("Zpráva, na kterou odpovídáte", (string?)body["detail"]);
    }

    [Fact]
    public async Task NoTokenIs401InCzech()
    {
        using var app = new OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftsFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept-Language", "cs");
        var response = await app.CreateClient(null).SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Je potřeba se přihlásit", (string?)body["title"]);
    }
}
