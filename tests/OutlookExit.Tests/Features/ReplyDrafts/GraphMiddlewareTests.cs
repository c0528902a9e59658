using System.Net;
using System.Security.Claims;
using Microsoft.Identity.Web;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

public sealed class GraphMiddlewareTests
{
    [Theory]
    // Writes: only a throttling answer that says when to come back proves Graph did nothing.
    [InlineData("POST", 429, "1", true)]
    [InlineData("POST", 503, "1", true)]
    [InlineData("POST", 429, null, false)]
    [InlineData("POST", 503, null, false)]
    [InlineData("POST", 504, "1", false)]
    [InlineData("POST", 504, null, false)]
    [InlineData("POST", 500, "1", false)]
    [InlineData("PATCH", 429, "2", true)]
    [InlineData("PATCH", 504, null, false)]
    [InlineData("DELETE", 503, null, false)]
    // Reads can always be repeated.
    [InlineData("GET", 429, null, true)]
    [InlineData("GET", 503, null, true)]
    [InlineData("GET", 504, null, true)]
    [InlineData("GET", 500, null, false)]
    [InlineData("GET", 404, null, false)]
    [InlineData("POST", 201, null, false)]
    public void OnlyResponsesThatAreSafeToRepeatAreRetried(string method, int status, string? retryAfter, bool retried)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = new HttpRequestMessage(new HttpMethod(method), "https://graph.microsoft.com/v1.0/me") };
        if (retryAfter is not null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        Assert.Equal(retried, GraphHttp.ShouldRetry(response));
    }

    [Fact]
    public void TheRetryHandlerIsBoundedInCountAndTotalWait()
    {
        var option = GraphHttp.RetryOption(new GraphSettings { MaxRetries = 50, RetryBudgetSeconds = 10 });
        Assert.Equal(10, option.MaxRetry);
        Assert.Equal(TimeSpan.FromSeconds(10), option.RetriesTimeLimit);
        Assert.Equal(3, GraphHttp.RetryOption(new GraphSettings()).MaxRetry);
    }

    [Fact]
    public void TheGraphMiddlewareIsTheSdksOwnWithOneConfiguredRetryHandler()
    {
        var handlers = GraphHttp.Middleware(new GraphSettings());
        Assert.Single(handlers.OfType<Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler>());
        Assert.Contains(handlers, h => h.GetType().Namespace!.StartsWith("Microsoft.Graph", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/me/messages", true)]
    [InlineData("https://graph.test/v1.0/me/messages", true)]
    [InlineData("https://evil.example/v1.0/me/messages", false)]
    [InlineData("https://graph.microsoft.com.evil.example/v1.0/me", false)]
    public async Task TheGraphTokenIsOnlyGivenToGraphHosts(string url, bool gets)
    {
        var tokens = new FakeTokenAcquisition();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("oid", TestTokens.UserOid), new Claim("tid", TestTokens.HomeTenant)], "test"));
        var provider = new GraphTokenProvider(tokens, user, FakeGraph.BaseUrl);

        var token = await provider.GetAuthorizationTokenAsync(new Uri(url));

        Assert.Equal(gets ? FakeTokenAcquisition.GraphTokenPrefix + TestTokens.UserOid : "", token);
        Assert.Equal(gets ? 1 : 0, tokens.Requests.Count);
    }

    [Fact]
    public async Task TheGraphTokenIsNeverSentOverPlainHttp()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("oid", TestTokens.UserOid)], "test"));
        var provider = new GraphTokenProvider(new FakeTokenAcquisition(), user, "http://graph.test/v1.0");
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetAuthorizationTokenAsync(new Uri("http://graph.test/v1.0/me")));
    }
}
