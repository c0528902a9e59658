using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using OutlookExit.Hosting;

namespace OutlookExit.Tests.Hosting;

/// <summary>The app with one add-in origin allowed to call it from a browser.</summary>
public sealed class CorsApiFactory : ApiFactory
{
    public const string AllowedOrigin = "https://addin.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin + "/");
    }
}

public class HardeningTests(CorsApiFactory factory) : IClassFixture<CorsApiFactory>
{
    private static readonly string[] OutlookOrigins =
        ["https://outlook.cloud.microsoft", "https://outlook.office.com", "https://outlook.office365.com", "https://outlook.live.com"];

    /// <summary>Broad entries the pane once allowed; Microsoft documents none of them for Outlook.</summary>
    private static readonly string[] NotOutlookOrigins =
        ["https://*.office.com", "https://*.office.net", "https://*.officeapps.live.com", "https://*.outlook.com", "https://*.office365.com"];

    /// <summary>Requests of every path kind, with the policy that kind gets: the API's (nothing may load), the
    /// pane's (Office.js, framed by Outlook) or Swagger UI's.</summary>
    public static TheoryData<string, string, string?, string> Responses() => new()
    {
        { "GET", "/healthz", null, "api" },
        { "GET", "/api/options?language=en", null, "api" },
        { "GET", "/api/options?language=xx", null, "api" },
        { "POST", "/api/drafts", "{ not json", "api" },
        { "POST", "/api/tone/check", "{\"text\":\"you always\",\"language\":\"en\"}", "api" },
        { "GET", "/", null, "pane" },
        { "GET", "/no/such/page", null, "pane" },
        { "GET", "/swagger/index.html", null, "swagger" },
        { "GET", "/swagger/v1/swagger.json", null, "swagger" },
    };

    private static string PolicyOf(string pathKind) => pathKind switch
    {
        "api" => Hardening.ApiCsp,
        "pane" => Hardening.PaneCsp,
        "swagger" => Hardening.SwaggerCsp,
        _ => throw new ArgumentOutOfRangeException(nameof(pathKind), pathKind, "Unknown path kind."),
    };

    private async Task<HttpResponseMessage> Send(string method, string path, string? body = null, Action<HttpRequestMessage>? change = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        change?.Invoke(request);
        return await factory.CreateClient().SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} ({(int)response.StatusCode}) has no {name} header.");

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string method, string path, string? body, string pathKind)
    {
        var response = await Send(method, path, body);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.Equal("same-origin-allow-popups", Header(response, "Cross-Origin-Opener-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Equal(PolicyOf(pathKind), csp);
        // No plugins anywhere: the API's policy forbids everything by default, the others say so explicitly.
        Assert.True(csp.Contains("default-src 'none'", StringComparison.Ordinal) || csp.Contains("object-src 'none'", StringComparison.Ordinal), csp);
        // Outlook frames the task pane: X-Frame-Options would break it; frame-ancestors says who may frame instead.
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task ErrorResponsesCarryTheHeadersToo()
    {
        var tooLarge = await Send("POST", "/api/drafts", "{\"personalNote\":\"" + new string('a', 70_000) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("nosniff", Header(tooLarge, "X-Content-Type-Options"));
        Assert.Equal(Hardening.ApiCsp, Header(tooLarge, "Content-Security-Policy"));

        var wrongType = await Send("POST", "/api/drafts", "{}", r => r.Content!.Headers.ContentType = new MediaTypeHeaderValue("text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal("no-referrer", Header(wrongType, "Referrer-Policy"));
    }

    [Fact]
    public async Task ThePaneMayBeFramedByOutlookAndLoadOfficeJsButNothingInline()
    {
        var csp = Header(await Send("GET", "/"), "Content-Security-Policy");

        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", csp);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        var ancestors = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-ancestors ", StringComparison.Ordinal));
        Assert.All(OutlookOrigins, origin => Assert.Contains(" " + origin, ancestors));
        Assert.All(NotOutlookOrigins, origin => Assert.DoesNotContain(" " + origin, ancestors.Split(' ').Select(o => " " + o)));
        // The only wildcard is the one Microsoft documents for all Microsoft 365 hosts.
        Assert.Equal(["https://*.cloud.microsoft"], ancestors.Split(' ').Where(o => o.Contains('*')));
        // office.js's own telemetry frame and its one hidden-frame style, by hash; MicrosoftAjax for Outlook hosts.
        Assert.Contains("frame-src 'self' https://login.microsoftonline.com https://telemetryservice.firstpartyapps.oaspapps.com;", csp);
        Assert.Contains("style-src-attr 'unsafe-hashes' 'sha256-", csp);
        Assert.Contains("https://ajax.aspnetcdn.com", csp);
    }

    [Fact]
    public async Task OnlySwaggerGetsTheRelaxedPolicyItsUiNeeds()
    {
        Assert.Equal(Hardening.SwaggerCsp, Header(await Send("GET", "/swagger/index.html"), "Content-Security-Policy"));
        Assert.Equal(Hardening.ApiCsp, Header(await Send("GET", "/api/options"), "Content-Security-Policy"));
        Assert.Equal(Hardening.ApiCsp, Header(await Send("GET", "/healthz"), "Content-Security-Policy"));
        Assert.Equal(Hardening.PaneCsp, Header(await Send("GET", "/taskpane.html"), "Content-Security-Policy"));
        Assert.Equal(Hardening.PaneCsp, Header(await Send("GET", "/swaggerish"), "Content-Security-Policy"));
    }

    private Task<HttpResponseMessage> Preflight(string origin) => Send("OPTIONS", "/api/drafts", change: r =>
    {
        r.Headers.Add("Origin", origin);
        r.Headers.Add("Access-Control-Request-Method", "POST");
        r.Headers.Add("Access-Control-Request-Headers", "content-type");
    });

    [Fact]
    public async Task APreflightFromAnUnconfiguredOriginGetsNoAllowHeader()
    {
        var response = await Preflight("https://evil.example");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task APreflightFromTheConfiguredOriginIsAllowed()
    {
        var response = await Preflight(CorsApiFactory.AllowedOrigin);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Equal(CorsApiFactory.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task ASimpleRequestFromAnUnconfiguredOriginIsNotShared()
    {
        var response = await Send("GET", "/api/options", change: r => r.Headers.Add("Origin", "https://evil.example"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        var allowed = await Send("GET", "/api/options", change: r => r.Headers.Add("Origin", CorsApiFactory.AllowedOrigin));
        Assert.Equal(CorsApiFactory.AllowedOrigin, Header(allowed, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithoutConfiguredOriginsNoOriginIsAllowed()
    {
        using var plain = new ApiFactory();
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/drafts");
        request.Headers.Add("Origin", CorsApiFactory.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        var response = await plain.CreateClient().SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

/// <summary>What only the real server shows: Kestrel's own limits and headers.</summary>
public class KestrelHardeningTests
{
    [Fact]
    public async Task TheRealServerSendsNoServerHeaderAndRefusesOversizedBodies()
    {
        using var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.False(health.Headers.Contains("Server"));
        Assert.Equal("nosniff", string.Join("", health.Headers.GetValues("X-Content-Type-Options")));

        var big = new StringContent("{\"personalNote\":\"" + new string('a', 70_000) + "\"}", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/tone/check", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
