using Microsoft.Extensions.Configuration;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookExit.Features.ReplyDrafts;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>How the feature sits in the host: caches, and what an unexpected fault looks like.</summary>
public sealed class ReplyDraftsHostingTests
{
    [Fact]
    public void TokensAndIdempotencyRecordsUseAnInMemoryCacheByDefault()
    {
        using var app = new ReplyDraftsFactory();
        Assert.Equal("MemoryDistributedCache", app.Services.GetRequiredService<IDistributedCache>().GetType().Name);
    }

    [Fact]
    public void ARedisConnectionStringMovesThemToRedis()
    {
        using var app = new ReplyDraftsFactory().WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,abortConnect=false"));
        Assert.StartsWith("RedisCache", app.Services.GetRequiredService<IDistributedCache>().GetType().Name);
    }

    [Fact]
    public async Task AnUnexpectedFaultIsA500ProblemWithoutStackTraceOrDetails()
    {
        using var app = new ReplyDraftsFactory().WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            // The idempotency records are the first store a reply draft touches (in memory, or Redis when configured).
            services.RemoveAll<IIdempotencyRecords>();
            services.AddSingleton<IIdempotencyRecords, BrokenRecords>();
        }));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Mint());

        var response = await client.PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenRecords.Detail, body);
        Assert.DoesNotContain(" at ", body);
    }

    private sealed class BrokenRecords : IIdempotencyRecords
    {
        public const string Detail = "cache node 10.1.2.3 refused password hunter2";
        public Task<IdempotencyRecord?> GetAsync(string scopedKey, CancellationToken cancellationToken) => throw new InvalidOperationException(BrokenRecords.Detail);
        public Task<bool> TryClaimAsync(string scopedKey, IdempotencyRecord claim, TimeSpan lifetime, CancellationToken cancellationToken) => throw new InvalidOperationException(BrokenRecords.Detail);
        public Task SetAsync(string scopedKey, IdempotencyRecord record, TimeSpan lifetime, CancellationToken cancellationToken) => throw new InvalidOperationException(BrokenRecords.Detail);
        public Task ForgetAsync(string scopedKey) => throw new InvalidOperationException(BrokenRecords.Detail);
    }
}

public sealed class ReplyDraftsConfigurationTests
{
    [Theory]
    [InlineData("http://graph.test/v1.0")]
    [InlineData("graph.microsoft.com/v1.0")]
    public void AGraphBaseUrlThatIsNotHttpsStopsTheServerAtStartup(string baseUrl)
    {
        // The app's own registration, validated the way the host validates it before it starts
        // (ValidateOnStart → IStartupValidator); a failing start of a whole test host races with its disposal.
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
                ["AzureAd:TenantId"] = "organizations",
                ["AzureAd:ClientId"] = TestTokens.ClientId,
                ["AzureAd:ClientSecret"] = "unused",
                ["Graph:BaseUrl"] = baseUrl,
            }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddLogging();
        services.AddReplyDrafts(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());
        Assert.Contains("Graph:BaseUrl", error.Message);
    }

    [Fact]
    public void AnHttpsGraphBaseUrlPassesTheStartupCheck()
    {
        using var app = new ReplyDraftsFactory();
        Assert.NotNull(app.CreateClient());
    }
}
