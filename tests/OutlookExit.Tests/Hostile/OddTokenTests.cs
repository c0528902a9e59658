using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.Hostile;

/// <summary>Tokens signed with the trusted key but shaped as Entra ID never issues them are refused; refusals say
/// nothing about why; an unreachable Entra ID is a 503, not a 401.</summary>
public sealed class OddTokenTests
{
    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>A JWT with exactly this header and payload text (duplicates and odd types kept), signed with the trusted key.</summary>
    private static string Raw(string header, string payload)
    {
        var signingInput = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload);
        var signature = TestTokens.SigningKey.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    private const string Header = """{"alg":"RS256","kid":"outlookexit-test-key","typ":"JWT"}""";

    private static string Payload(string? iss = null, string ver = "2.0", string? exp = null, string? iat = null, string aud = $"\"{TestTokens.ClientId}\"", string extra = "") =>
        "{" + $"\"aud\":{aud},\"iss\":\"{iss ?? TestTokens.IssuerFor(TestTokens.HomeTenant)}\",\"iat\":{iat ?? (Now - 60).ToString()},\"nbf\":{Now - 60},"
        + $"\"exp\":{exp ?? (Now + 3600).ToString()},\"tid\":\"{TestTokens.HomeTenant}\",\"oid\":\"{TestTokens.UserOid}\",\"sub\":\"s\",\"ver\":\"{ver}\","
        + "\"scp\":\"access_as_user\",\"azp\":\"d3590ed6-52b3-4102-aeff-aad2292ab01c\"" + extra + "}";

    [Fact]
    public async Task TheRawBuilderMakesAnAcceptedToken()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(Raw(Header, Payload())).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static TheoryData<string, string, string> Odd() => new()
    {
        { "unknown crit", """{"alg":"RS256","kid":"outlookexit-test-key","typ":"JWT","crit":["x-odd"],"x-odd":1}""", Payload() },
        { "exp as a string", Header, Payload(exp: $"\"{Now + 3600}\"") },
        { "exp ten years ahead", Header, Payload(exp: (Now + 10L * 365 * 24 * 3600).ToString()) },
        { "iat in the future", Header, Payload(iat: (Now + 3600).ToString()) },
        { "v1 issuer with ver 2.0", Header, Payload(iss: $"https://sts.windows.net/{TestTokens.HomeTenant}/", ver: "2.0") },
        { "v2 issuer with ver 1.0", Header, Payload(ver: "1.0") },
        { "idtyp=app with scp", Header, Payload(extra: ",\"idtyp\":\"app\"") },
        { "duplicate aud key", Header, Payload(extra: $",\"aud\":\"{TestTokens.ClientId}\"") },
        { "aud array", Header, Payload(aud: $"[\"{TestTokens.ClientId}\",\"{TestTokens.ClientId}\"]") },
    };

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task AnOddlyShapedTokenIsRefusedWithoutSayingWhy(string _, string header, string payload)
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(Raw(header, payload)).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.Graph.Count("POST", "/createReply"));
        AssertSaysNothing(response, await response.Content.ReadAsStringAsync());
    }

    private static void AssertSaysNothing(HttpResponseMessage response, string body)
    {
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var word in new[] { "IDX", "signature", "lifetime", "expired", "tenant", "issuer", "audience", "kid", "crit" })
            Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, Func<string>> Refused() => new()
    {
        { "untrusted key", () => TestTokens.Mint(key: TestTokens.UntrustedKey) },
        { "expired", () => TestTokens.Mint(expires: DateTime.UtcNow.AddHours(-3)) },
        { "foreign tenant", () => TestTokens.Mint(tenant: TestTokens.ForeignTenant) },
        { "wrong audience", () => TestTokens.Mint(audience: "api://someone-else") },
        { "garbage", () => "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task EveryRefusalReadsTheSame(string _, Func<string> token)
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(token()).PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertSaysNothing(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnreachableEntraIdIsA503NotA401()
    {
        using var app = new ReplyDraftsFactory().WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.Configuration = null;
                options.ConfigurationManager = new Unreachable();
            })));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Mint());
        var response = await client.PostAsync(Body(), NewKey());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("IDX", body, StringComparison.Ordinal);
        Assert.DoesNotContain("login.microsoftonline.com", body, StringComparison.Ordinal);
    }

    private sealed class Unreachable : IConfigurationManager<OpenIdConnectConfiguration>
    {
        public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel) =>
            throw new InvalidOperationException("IDX20803: Unable to obtain configuration from: 'https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration'.",
                new HttpRequestException("Connection refused"));

        public void RequestRefresh() { }
    }
}
