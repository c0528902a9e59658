using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookExit.Tests.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.ReplyDrafts;

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
            services.RemoveAll<IDistributedCache>();
            services.AddSingleton<IDistributedCache, BrokenCache>();
        }));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Mint());

        var response = await client.PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenCache.Detail, body);
        Assert.DoesNotContain(" at ", body);
    }

    private sealed class BrokenCache : IDistributedCache
    {
        public const string Detail = "cache node 10.1.2.3 refused password hunter2";
        public byte[]? Get(string key) => throw new InvalidOperationException(Detail);
        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => throw new InvalidOperationException(Detail);
        public void Refresh(string key) => throw new InvalidOperationException(Detail);
        public Task RefreshAsync(string key, CancellationToken token = default) => throw new InvalidOperationException(Detail);
        public void Remove(string key) => throw new InvalidOperationException(Detail);
        public Task RemoveAsync(string key, CancellationToken token = default) => throw new InvalidOperationException(Detail);
        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new InvalidOperationException(Detail);
        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => throw new InvalidOperationException(Detail);
    }
}

public sealed class ReplyDraftsConfigurationTests
{
    [Theory]
    [InlineData("http://graph.test/v1.0")]
    [InlineData("graph.microsoft.com/v1.0")]
    public void AGraphBaseUrlThatIsNotHttpsStopsTheServerAtStartup(string baseUrl)
    {
        using var app = new ReplyDraftsFactory().WithWebHostBuilder(b => b.UseSetting("Graph:BaseUrl", baseUrl));
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Graph:BaseUrl", error.ToString());
    }
}
