using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookExit.Tests.Hosting;

public class ApiDocsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task OpenApiDocumentDescribesEveryEndpointWithExamplesAndStringEnums()
    {
        var doc = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;
        var paths = doc["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/drafts"));
        Assert.True(paths.ContainsKey("/api/tone/check"));
        Assert.True(paths.ContainsKey("/api/options"));
        Assert.True(paths.ContainsKey("/healthz"));
        var drafts = paths["/api/drafts"]!["post"]!;
        var requests = drafts["requestBody"]!["content"]!["application/json"]!["examples"]!;
        var responses = drafts["responses"]!["200"]!["content"]!["application/json"]!["examples"]!;
        Assert.Equal("termination", (string?)requests["termination"]!["value"]!["kind"]);
        Assert.StartsWith("<p>Dear Jordan,</p>", (string?)responses["termination"]!["value"]!["html"]);
        // The hold-firm reply's example is the engine's own answer to its example request.
        Assert.Equal("holdFirm", (string?)requests["holdFirm"]!["value"]!["kind"]);
        Assert.False(string.IsNullOrEmpty((string?)requests["holdFirm"]!["value"]!["clientMessage"]));
        var reply = responses["holdFirm"]!["value"]!;
        Assert.Equal("holdFirm", (string?)reply["kind"]);
        Assert.Contains("stay", reply["clientAsks"]!.AsArray().Select(a => (string?)a));
        Assert.Contains("11 December 2026", (string?)reply["text"]);
        Assert.DoesNotContain("reconsider and stay", (string?)reply["text"]);
        Assert.True(drafts["responses"]!.AsObject().ContainsKey("400"));
        Assert.True(drafts["responses"]!.AsObject().ContainsKey("422"));
        var kind = doc["components"]!["schemas"]!["DraftKind"]!;
        Assert.Equal(["conversationRequest", "termination", "thankYou", "holdFirm"], kind["enum"]!.AsArray().Select(v => (string)v!));
        var ui = await factory.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}
