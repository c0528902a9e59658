using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookExit.Features.ReplyDrafts;

namespace OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

/// <summary>The app with sign-in configured for a test app registration: real Microsoft.Identity.Web token
/// validation against a local signing key, a fake on-behalf-of exchange and a fake Graph under the real SDK.</summary>
public sealed class ReplyDraftsFactory(FakeGraph? graph = null) : WebApplicationFactory<Program>
{
    public FakeGraph Graph { get; } = graph ?? new FakeGraph();
    public FakeTokenAcquisition Tokens { get; } = new();
    public FakeEntraMetadata Entra { get; } = new();

    /// <summary>False: the real Microsoft.Identity.Web token acquisition (MSAL) exchanges the token against <see cref="Entra"/>.</summary>
    public bool FakeOnBehalfOf { get; init; } = true;

    /// <summary>AzureAd:AllowedTenants; the home tenant and one more by default.</summary>
    public string AllowedTenants { get; init; } = $"{TestTokens.HomeTenant},{TestTokens.OtherAllowedTenant}";

    /// <summary>ConnectionStrings:Redis; in-memory records when null.</summary>
    public string? Redis { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", TestTokens.ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "unused-because-token-acquisition-is-faked");
        builder.UseSetting("AzureAd:Audience", TestTokens.AppIdUri);
        builder.UseSetting("AzureAd:AllowedTenants", AllowedTenants);
        builder.UseSetting("Graph:BaseUrl", FakeGraph.BaseUrl);
        builder.UseSetting("Graph:MaxRetries", "3");
        builder.UseSetting("Graph:RetryBudgetSeconds", "10");
        if (Redis is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", Redis);
            // The product's one-second limits are for a server with its own CPU; here the test process shares two
            // cores with every other test class, and a connect that misses a one-second limit would answer 503
            // until the background reconnect. An unreachable Redis still fails at once (refused, FailFast).
            builder.UseSetting("Redis:ConnectTimeoutMilliseconds", "10000");
            builder.UseSetting("Redis:OperationTimeoutMilliseconds", "10000");
        }

        builder.ConfigureTestServices(services =>
        {
            // Trust the test key instead of downloading Entra ID's; everything else (Microsoft.Identity.Web's
            // issuer validator, audience, lifetime, scope policy, tenant allow-list) is the app's own configuration.
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.IssuerTemplate };
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                options.RefreshOnIssuerKeyNotFound = false;
                options.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey;
            });

            // Microsoft.Identity.Web's issuer validator reads Entra ID's discovery document for the issuer template.
            services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = FakeEntraMetadata.ClientName);
            services.AddHttpClient(FakeEntraMetadata.ClientName).ConfigurePrimaryHttpMessageHandler(() => Entra);

            if (FakeOnBehalfOf)
            {
                services.RemoveAll<ITokenAcquisition>();
                services.AddSingleton<ITokenAcquisition>(Tokens);
            }
            else
            {
                // MSAL reaches Entra ID through the default HttpClient of IHttpClientFactory.
                services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).ConfigurePrimaryHttpMessageHandler(() => Entra);
            }
            services.AddHttpClient(GraphHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
        });
    }

    /// <summary>A client that sends <paramref name="token"/> as bearer (none when null).</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>Requests the tests send.</summary>
public static class ReplyDraftRequests
{
    public static object Body(string? messageId = FakeGraph.ClientMessageId, bool replyAll = false, string personalNote = "Working with your team was a highlight of my year.") => new
    {
        messageId,
        replyAll,
        draft = new
        {
            kind = "termination",
            language = "en",
            tone = "neutral",
            today = "2026-11-27",
            sender = new { name = "Alex Rivera", business = "Rivera Studio" },
            client = new { name = "Jordan Lee", company = "Acme Ltd" },
            reason = new { category = "businessDirection", disclose = false },
            plan = new
            {
                lastWorkingDay = "2026-12-11",
                deliverables = new[] { new { title = "Homepage redesign", due = "2026-12-04" } },
                handover = new[] { "files", "documentation" },
            },
            offerReferences = true,
            personalNote,
        },
    };

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, object body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostAsJsonAsync(this HttpClient client, string path, JsonNode body,
        CancellationToken cancellationToken, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request, cancellationToken);
    }

    public static string NewKey() => Guid.NewGuid().ToString();
}
