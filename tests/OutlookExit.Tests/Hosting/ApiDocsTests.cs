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
        Assert.Equal("termination", (string?)drafts["requestBody"]!["content"]!["application/json"]!["example"]!["kind"]);
        Assert.StartsWith("<p>Dear Jordan,</p>", (string?)drafts["responses"]!["200"]!["content"]!["application/json"]!["example"]!["html"]);
        Assert.True(drafts["responses"]!.AsObject().ContainsKey("400"));
        Assert.True(drafts["responses"]!.AsObject().ContainsKey("422"));
        var kind = doc["components"]!["schemas"]!["DraftKind"]!;
        Assert.Equal(["conversationRequest", "termination", "thankYou", "holdFirm"], kind["enum"]!.AsArray().Select(v => (string)v!));
        var ui = await factory.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}
