using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookExit.Tests.Features.Options;

public class OptionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("en", "Termination", "Capacity")]
    [InlineData("cs-CZ", "Ukončení spolupráce", "Kapacita")]
    public async Task OptionsAreLocalisedWithGuidance(string language, string terminationLabel, string capacityLabel)
    {
        var body = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/options?language={language}"))!;
        Assert.Equal(["conversationRequest", "termination", "thankYou", "holdFirm"], body["kinds"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(terminationLabel, (string?)body["kinds"]![1]!["label"]);
        Assert.Equal(6, body["reasons"]!.AsArray().Count);
        Assert.Contains(body["reasons"]!.AsArray(), r => (string?)r!["label"] == capacityLabel);
        Assert.All(body["reasons"]!.AsArray(), r => Assert.False(string.IsNullOrWhiteSpace((string?)r!["guidance"])));
        Assert.Equal(["warm", "neutral", "formal"], body["tones"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(["files", "credentials", "documentation", "accounts"], body["handover"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(["en", "cs"], body["languages"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(14, (int)body["defaults"]!["noticeDays"]!);
    }

    [Fact]
    public async Task OptionsInAnUnsupportedLanguageAreAProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/options?language=xx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
