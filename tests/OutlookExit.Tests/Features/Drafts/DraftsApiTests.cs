using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookExit.Tests.Features.Drafts;

public class DraftsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "requests", name + ".json"));

    private async Task<HttpResponseMessage> Post(string json, string contentType = "application/json", string path = "/api/drafts")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await factory.CreateClient().PostAsync(path, content);
    }

    private static async Task<JsonObject> Body(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    private static JsonObject Mutate(string sample, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Sample(sample))!.AsObject();
        change(node);
        return node;
    }

    [Fact]
    public async Task PostingTheEnglishSampleReturnsTheLetterAsHtmlAndText()
    {
        var response = await Post(Sample("termination-en-sample"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Body(response);
        Assert.Equal("termination", (string?)body["kind"]);
        Assert.Equal("en", (string?)body["language"]);
        Assert.Equal("Notice and handover plan for our work", (string?)body["subject"]); // the sample's reviewed wording, chosen by its identity
        Assert.Equal("2026-12-11", (string?)body["lastWorkingDay"]);
        Assert.StartsWith("<p>Dear Jordan,</p>", (string?)body["html"]);
        Assert.Contains("EUR 1,200.00", (string?)body["text"]);
        Assert.True((int)body["wordCount"]! > 100);
        Assert.Empty(body["findings"]!.AsArray());
    }

    [Fact]
    public async Task PostingTheCzechSampleUsesCzechDatesAmountsAndVocative()
    {
        var body = await Body(await Post(Sample("termination-cs-sample")));
        var text = (string)body["text"]!;
        Assert.StartsWith("Vážený pane Hruško,", text);
        Assert.Contains("11. prosince 2026", text);
        Assert.Contains("18\u00a0500,00 CZK", text);
        Assert.Contains("14 dní", text);
        Assert.Equal("2026-12-11", (string?)body["lastWorkingDay"]);
    }

    [Fact]
    public async Task SameRequestGivesByteIdenticalResponses()
    {
        var first = await (await Post(Sample("termination-cs-warm-full"))).Content.ReadAsByteArrayAsync();
        var second = await (await Post(Sample("termination-cs-warm-full"))).Content.ReadAsByteArrayAsync();
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task MissingTodayUsesTheServerClockAndDefaultsToTwoWeeksNotice()
    {
        var json = Mutate("termination-en-sample", o => { o.Remove("today"); o["plan"]!.AsObject().Remove("lastWorkingDay"); });
        var body = await Body(await Post(json.ToJsonString()));
        Assert.Equal("2026-12-11", (string?)body["lastWorkingDay"]);
    }

    [Fact]
    public async Task NoticeDaysSetTheLastWorkingDayWhenItIsAbsent()
    {
        var json = Mutate("termination-en-sample", o => { o["plan"]!.AsObject().Remove("lastWorkingDay"); o["plan"]!["noticeDays"] = 33; });
        var body = await Body(await Post(json.ToJsonString()));
        Assert.Equal("2026-12-30", (string?)body["lastWorkingDay"]);
        Assert.Empty(body["findings"]!.AsArray());
    }

    [Fact]
    public async Task ADefaultLastDayOnAWeekendMovesToTheFridayBeforeAndSaysSo()
    {
        // 2026-11-27 + 30 days is Sunday 27 December.
        var json = Mutate("termination-en-sample", o => { o["plan"]!.AsObject().Remove("lastWorkingDay"); o["plan"]!["noticeDays"] = 30; });
        var body = await Body(await Post(json.ToJsonString()));
        Assert.Equal("2026-12-25", (string?)body["lastWorkingDay"]);
        Assert.Contains("25 December 2026", (string)body["text"]!);
        var finding = Assert.Single(body["findings"]!.AsArray());
        Assert.Equal("plan.lastDayMoved", (string?)finding!["ruleId"]);
        Assert.Equal("plan.lastWorkingDay", (string?)finding["field"]);
        Assert.Equal("info", (string?)finding["severity"]);
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("cs-CZ", "cs")]
    [InlineData("CS", "cs")]
    [InlineData(null, "en")]
    public async Task RegionFormsOfTheLanguageAreNormalised(string? language, string expected)
    {
        var json = Mutate("termination-en-sample", o => o["language"] = language);
        var body = await Body(await Post(json.ToJsonString()));
        Assert.Equal(expected, (string?)body["language"]);
    }

    [Fact]
    public async Task UnknownPropertiesAreIgnored()
    {
        var json = Mutate("termination-en-sample", o => { o["somethingNew"] = 42; o["plan"]!["extra"] = new JsonArray(1, 2); });
        Assert.Equal(HttpStatusCode.OK, (await Post(json.ToJsonString())).StatusCode);
    }

    [Fact]
    public async Task UnsupportedLanguageIsAProblemListingTheSupportedOnes()
    {
        var json = Mutate("termination-en-sample", o => o["language"] = "de");
        var response = await Post(json.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Body(response))["errors"]!["language"]![0]!.GetValue<string>();
        Assert.Contains("en", errors);
        Assert.Contains("cs", errors);
    }

    public static TheoryData<string, string, string> InvalidFields() => new()
    {
        { "kind", "\"kind\": \"breakUp\"", "kind" },
        { "kind as number", "\"kind\": 1", "kind" },
        { "tone", "\"tone\": \"angry\"", "tone" },
        { "impossible date", "\"today\": \"2026-02-30\"", "today" },
        { "date format", "\"today\": \"27.11.2026\"", "today" },
        { "deliverable due type", "\"plan\": { \"deliverables\": [ { \"title\": \"x\", \"due\": 5 } ] }", "plan.deliverables[0].due" },
        { "absurd amount", "\"plan\": { \"invoices\": [ { \"number\": \"1\", \"amount\": 1e400, \"currency\": \"EUR\" } ] }", "plan.invoices[0].amount" },
        { "notice overflow", "\"plan\": { \"noticeDays\": 99999999999 }", "plan.noticeDays" },
        { "handover item", "\"plan\": { \"handover\": [ \"files\", \"keys\" ] }", "plan.handover[1]" },
        { "gender", "\"client\": { \"name\": \"Jordan\", \"gender\": \"x\" }", "client.gender" },
        { "note placement", "\"personalNotePlacement\": \"top\"", "personalNotePlacement" },
        { "sign-off", "\"signOff\": \"none\"", "signOff" },
        { "testimonial flag", "\"askForTestimonial\": \"yes\"", "askForTestimonial" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task WrongTypesAndValuesAreProblemsNamingTheField(string _, string fragment, string field)
    {
        // The fragment replaces the base's property of the same name (a repeated key is refused on its own).
        var json = WithFragment("{ \"sender\": { \"name\": \"Alex\" }, \"client\": { \"name\": \"Jordan\" }, \"kind\": \"termination\" }", fragment);
        var response = await Post(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await Body(response);
        Assert.True(body["errors"]!.AsObject().ContainsKey(field), $"errors should name {field}: {body}");
        Assert.DoesNotContain("OutlookExit", body.ToJsonString());
        Assert.DoesNotContain("System.", body.ToJsonString());
    }

    public static TheoryData<string, string, string> RuleViolations() => new()
    {
        { "no kind", "\"kind\": null", "kind" },
        { "no sender", "\"sender\": null", "sender" },
        { "blank sender name", "\"sender\": { \"name\": \"  \" }", "sender.name" },
        { "no client name or company", "\"client\": { \"gender\": \"male\" }", "client.name" },
        { "last day before today", "\"plan\": { \"lastWorkingDay\": \"2026-11-26\" }", "plan.lastWorkingDay" },
        { "negative notice", "\"plan\": { \"noticeDays\": -1 }", "plan.noticeDays" },
        { "old deliverable", "\"plan\": { \"deliverables\": [ { \"title\": \"x\", \"due\": \"2025-11-26\" } ] }", "plan.deliverables[0].due" },
        { "untitled deliverable", "\"plan\": { \"deliverables\": [ { \"due\": \"2026-12-01\" } ] }", "plan.deliverables[0].title" },
        { "zero amount", "\"plan\": { \"invoices\": [ { \"number\": \"1\", \"amount\": 0, \"currency\": \"EUR\" } ] }", "plan.invoices[0].amount" },
        { "fake currency", "\"plan\": { \"invoices\": [ { \"number\": \"1\", \"amount\": 5, \"currency\": \"EUX\" } ] }", "plan.invoices[0].currency" },
        { "too many decimals", "\"plan\": { \"invoices\": [ { \"number\": \"1\", \"amount\": 5.555, \"currency\": \"EUR\" } ] }", "plan.invoices[0].amount" },
        { "long title", "\"plan\": { \"deliverables\": [ { \"title\": \"" + new string('x', 201) + "\" } ] }", "plan.deliverables[0].title" },
        { "long note", "\"personalNote\": \"" + new string('x', 1001) + "\"", "personalNote" },
        { "long new focus", "\"newFocus\": \"" + new string('x', 201) + "\"", "newFocus" },
        { "long service", "\"serviceEnding\": \"" + new string('x', 201) + "\"", "serviceEnding" },
        { "newline in the new focus", "\"newFocus\": \"brand\\nstrategy\"", "newFocus" },
        { "control character", "\"client\": { \"name\": \"Jor\\u0007dan\" }", "client.name" },
        { "newline in a name", "\"client\": { \"name\": \"Jor\\ndan\" }", "client.name" },
        { "direction override", "\"personalNote\": \"abc\\u202Edef\"", "personalNote" },
        { "lone surrogate", "\"personalNote\": \"abc\\ud800def\"", "personalNote" },
        { "too many items", "\"plan\": { \"interimTools\": [" + string.Join(",", Enumerable.Repeat("\"t\"", 21)) + "] }", "plan.interimTools" },
        { "today far away", "\"today\": \"1999-12-31\"", "today" },
    };

    [Theory]
    [MemberData(nameof(RuleViolations))]
    public async Task ContractRulesAreProblemsKeyedByJsonPath(string _, string fragment, string field)
    {
        var json = WithFragment("{ \"kind\": \"termination\", \"today\": \"2026-11-27\", \"sender\": { \"name\": \"Alex\" }, \"client\": { \"name\": \"Jordan\" } }", fragment);
        var response = await Post(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Body(response);
        Assert.True(body["errors"]!.AsObject().ContainsKey(field), $"errors should name {field}: {body}");
        Assert.Equal(400, (int)body["status"]!);
    }

    /// <summary><paramref name="baseJson"/> with its top-level property named first in <paramref name="fragment"/>
    /// replaced by the fragment, which is appended as raw text (so it may hold what a JSON library would not write).</summary>
    private static string WithFragment(string baseJson, string fragment)
    {
        var root = JsonNode.Parse(baseJson)!.AsObject();
        var key = System.Text.RegularExpressions.Regex.Match(fragment, "^\\s*\"(\\w+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(key), $"fragment without a property name: {fragment}");
        root.Remove(key);
        var head = root.ToJsonString();
        return (root.Count == 0 ? "{ " : head[..^1] + ", ") + fragment + " }";
    }

    [Fact]
    public async Task ADeliverableDueAfterTheLastWorkingDayIsAWarningNotAnError()
    {
        var json = Mutate("termination-en-sample", o => o["plan"]!["deliverables"]![0]!["due"] = "2026-12-20");
        var body = await Body(await Post(json.ToJsonString()));
        var finding = body["findings"]!.AsArray().Single()!;
        Assert.Equal("plan.deliverableAfterLastDay", (string?)finding["ruleId"]);
        Assert.Equal("warning", (string?)finding["severity"]);
        Assert.Equal("plan.deliverables[0].due", (string?)finding["field"]);
    }

    [Theory]
    [InlineData("personalNote", "My password: Hunter2-Summer!")]
    [InlineData("plan.interimTools[0]", "token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB")]
    public async Task ASecretInAnyFieldIs422NamingTheFieldWithoutEchoingIt(string field, string secret)
    {
        var json = Mutate("termination-en-sample", o =>
        {
            if (field == "personalNote") o["personalNote"] = secret;
            else o["plan"]!["interimTools"] = new JsonArray(secret);
        });
        var response = await Post(json.ToJsonString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains(field, raw);
        Assert.Contains("password manager", raw);
        Assert.DoesNotContain("Hunter2", raw);
        Assert.DoesNotContain("ghp_", raw);
    }

    [Theory]
    [InlineData("{ \"kind\": ")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task MalformedJsonIsAProblemNotAServerError(string json)
    {
        var response = await Post(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WrongContentTypeIs415()
    {
        var response = await Post(Sample("termination-en-sample"), "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BodiesOver64KiBAre413()
    {
        var json = Mutate("termination-en-sample", o => o["padding"] = new string(' ', 70 * 1024));
        var response = await Post(json.ToJsonString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DeeplyNestedJsonIsRejected()
    {
        var json = "{ \"kind\": \"termination\", \"x\": " + new string('[', 200) + new string(']', 200) + " }";
        var response = await Post(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
