using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>Who may create drafts: real token validation by Microsoft.Identity.Web with a local signing key.</summary>
public sealed class ReplyDraftsSignInTests
{
    [Fact]
    public async Task AValidTokenWithTheScopeCreatesTheDraft()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ARequestWithoutATokenIs401ProblemDetailsAndNeverReachesGraph()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(token: null).PostAsync(Body(), NewKey());
        await AssertRejected(app, response, HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "expired", TestTokens.Mint(expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "for another API", TestTokens.Mint(audience: "api://someone-else.example/11111111-2222-3333-4444-555555555555") },
        { "for Microsoft Graph itself", TestTokens.Mint(audience: "https://graph.microsoft.com") },
        { "from another issuer", TestTokens.Mint(issuer: "https://login.evil.example/" + TestTokens.HomeTenant + "/v2.0") },
        { "whose issuer names another tenant than tid", TestTokens.Mint(issuer: TestTokens.IssuerFor(TestTokens.ForeignTenant)) },
        { "signed with an unknown key", TestTokens.Mint(key: TestTokens.UntrustedKey) },
        { "from a tenant outside the allow-list", TestTokens.Mint(tenant: TestTokens.ForeignTenant) },
        { "without any scope or role", TestTokens.Mint(scope: null) },
        { "that is not a JWT", "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ATokenThatFailsValidationIs401AndNeverReachesGraph(string why, string token)
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(token).PostAsync(Body(), NewKey());
        await AssertRejected(app, response, HttpStatusCode.Unauthorized, because: why);
    }

    [Fact]
    public async Task ATokenWithoutTheAccessAsUserScopeIs403()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint(scope: "User.Read Mail.Read")).PostAsync(Body(), NewKey());
        await AssertRejected(app, response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ATokenForTheAppIdUriIsAccepted()
    {
        using var app = new ReplyDraftsFactory();
        // A v1 token as Entra ID issues it: the App ID URI as audience and the v1 issuer (sts.windows.net).
        var response = await app.CreateClient(TestTokens.Mint(audience: TestTokens.AppIdUri, version: "1.0",
            issuer: $"https://sts.windows.net/{TestTokens.HomeTenant}/")).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ATokenFromAnotherAllowedTenantIsAccepted()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint(tenant: TestTokens.OtherAllowedTenant)).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAnAllowListAnyTenantIsAccepted()
    {
        using var app = new ReplyDraftsFactory { AllowedTenants = "" };
        var response = await app.CreateClient(TestTokens.Mint(tenant: TestTokens.ForeignTenant)).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task WithoutEntraConfigurationTheEndpointAnswers501AndTheRestOfTheApiWorks()
    {
        using var app = new WebApplicationFactory<Program>();
        var client = app.CreateClient();

        var response = await client.PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("AzureAd:ClientId", problem.GetProperty("detail").GetString());

        // Even with a token the answer stays 501: nothing pretends to succeed.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts") { Content = System.Net.Http.Json.JsonContent.Create(Body()) };
        request.Headers.Authorization = new("Bearer", TestTokens.Mint());
        Assert.Equal(HttpStatusCode.NotImplemented, (await client.SendAsync(request)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static async Task AssertRejected(ReplyDraftsFactory app, HttpResponseMessage response, HttpStatusCode expected, string because = "")
    {
        Assert.True(expected == response.StatusCode, $"{because}: expected {expected}, got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("eyJ", body);
        Assert.Empty(app.Graph.Requests);
        Assert.Empty(app.Tokens.Requests);
    }
}
