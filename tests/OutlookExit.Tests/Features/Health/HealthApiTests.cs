using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Features.Health;

public class HealthApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task HealthzAnswersOk()
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/healthz");
        Assert.Equal("ok", (string?)body!["status"]);
    }
}
