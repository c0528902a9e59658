using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutlookExit.Tests.Features.Drafts;

/// <summary>Text that shows nothing, breaks a line without a newline or hides characters never reaches a letter.</summary>
public class InvisibleTextTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "sender.name", "sender", "\u200B\u200B" },
        { "client.name", "client", "\u3164" },
        { "sender.business", "sender", "\u2060\uFEFF" },
        { "client.name", "client", "Jordan\u2028Lee" },
        { "client.company", "client", "Acme\U000E0041\U000E0042" },
        { "personalNote", "", "Thanks for everything.\u2029See you." },
        { "personalNote", "", "\U000E0069\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065 Thanks for the year." },
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task IsAProblemNamingTheField(string field, string parent, string value)
    {
        var request = new JsonObject
        {
            ["kind"] = "termination",
            ["today"] = "2026-11-27",
            ["sender"] = new JsonObject { ["name"] = "Alex Rivera" },
            ["client"] = new JsonObject { ["name"] = "Jordan Lee", ["company"] = "Acme Ltd" },
        };
        var name = field[(field.LastIndexOf('.') + 1)..];
        if (parent.Length == 0) request[name] = value;
        else request[parent]![name] = value;

        var response = await factory.CreateClient().PostAsJsonAsync("/api/drafts", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["errors"]!.AsObject().ContainsKey(field), $"errors should name {field}: {body}");
    }
}
