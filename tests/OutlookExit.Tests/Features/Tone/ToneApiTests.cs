using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Features.Tone;

public class ToneApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ToneCheckReturnsFindingsShapeAndRejectsOverlongText()
    {
        var client = factory.CreateClient();
        var ok = await client.PostAsJsonAsync("/api/tone/check", new { text = "Thank you for everything.", language = "en-US" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull((await ok.Content.ReadFromJsonAsync<JsonObject>())!["findings"]);

        var tooLong = await client.PostAsJsonAsync("/api/tone/check", new { text = new string('a', 10_001), language = "en" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("text", await tooLong.Content.ReadAsStringAsync());

        var badLanguage = await client.PostAsJsonAsync("/api/tone/check", new { text = "x", language = "klingon" });
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
    }
}
