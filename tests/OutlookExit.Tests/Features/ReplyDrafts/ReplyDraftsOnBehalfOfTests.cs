using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>The real Microsoft.Identity.Web token acquisition, talking to a fake Entra ID token endpoint.</summary>
public sealed class ReplyDraftsOnBehalfOfTests
{
    [Fact]
    public async Task TheCallersTokenIsExchangedOnBehalfOfTheUserWithTheClientSecretForMailReadWrite()
    {
        using var app = new ReplyDraftsFactory { FakeOnBehalfOf = false };
        var token = TestTokens.Mint();

        var response = await app.CreateClient(token).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var exchange = Assert.Single(app.Entra.TokenRequests); // later Graph calls use MSAL's cache
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", exchange["grant_type"]);
        Assert.Equal("on_behalf_of", exchange["requested_token_use"]);
        Assert.Equal(token, exchange["assertion"]);
        Assert.Equal(TestTokens.ClientId, exchange["client_id"]);
        Assert.Equal("unused-because-token-acquisition-is-faked", exchange["client_secret"]);
        Assert.Contains("https://graph.microsoft.com/Mail.ReadWrite", exchange["scope"].Split(' '));
        Assert.Contains(app.Entra.Requested, url => url.Contains($"/{TestTokens.HomeTenant}/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.All(app.Graph.Requests, r => Assert.Equal($"Bearer {FakeTokenAcquisition.GraphTokenPrefix}{TestTokens.UserOid}", r.Authorization));
    }

    [Fact]
    public async Task ConsentRequiredFromEntraIdBecomes403WithAConsentChallenge()
    {
        using var app = new ReplyDraftsFactory { FakeOnBehalfOf = false };
        app.Entra.TokenError = new JsonObject
        {
            ["error"] = "invalid_grant",
            ["error_description"] = "AADSTS65001: The user or administrator has not consented to use the application with ID '" + TestTokens.ClientId + "'.",
            ["error_codes"] = new JsonArray(65001),
            ["suberror"] = "consent_required",
        };

        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("proposedAction=\"consent\"", response.Headers.WwwAuthenticate.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("consent", JsonDocument.Parse(body).RootElement.GetProperty("proposedAction").GetString());
        Assert.DoesNotContain("AADSTS", body);
        Assert.Empty(app.Graph.Requests);
    }
}
