using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Hosting;

namespace OutlookExit.Tests.Hosting;

/// <summary>appsettings.json lists every default a deployment may change, with the values the code falls back to.</summary>
public class AppSettingsTests
{
    private static string AppSettingsPath([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "api", "appsettings.json"));

    private static readonly IConfiguration Config = new ConfigurationBuilder().AddJsonFile(AppSettingsPath()).Build();

    private static void SameAsCode<T>(string section) where T : new()
    {
        Assert.True(Config.GetSection(section).Exists(), $"appsettings.json has no '{section}' section");
        var bound = Config.GetSection(section).Get<T>()!;
        Assert.Equal(JsonSerializer.Serialize(new T()), JsonSerializer.Serialize(bound));
    }

    [Fact]
    public void RateLimitDefaultsAreWrittenDown() => SameAsCode<RateLimitSettings>(RateLimitSettings.Section);

    [Fact]
    public void RequestTimeoutDefaultsAreWrittenDown() => SameAsCode<RequestTimeoutSettings>(RequestTimeoutSettings.Section);

    [Fact]
    public void CorsDefaultsAreWrittenDown() => SameAsCode<CorsSettings>(CorsSettings.Section);

    [Fact]
    public void RequestBodyDefaultsAreWrittenDown() => SameAsCode<RequestBodySettings>(RequestBodySettings.Section);

    [Fact]
    public void ForwardedHeadersDefaultsAreWrittenDown() => SameAsCode<ForwardedHeadersSettings>(ForwardedHeadersSettings.Section);

    [Fact]
    public void IdempotencyDefaultsAreWrittenDown() => SameAsCode<IdempotencySettings>(IdempotencySettings.Section);

    [Fact]
    public void RedisDefaultsAreWrittenDown() => SameAsCode<RedisSettings>(RedisSettings.Section);

    [Fact]
    public void GraphDefaultsAreWrittenDown() => SameAsCode<GraphSettings>(GraphSettings.Section);

    [Theory]
    [InlineData("PublicOrigin")]
    [InlineData("AzureAd:ClientId")]
    [InlineData("AzureAd:TenantId")]
    [InlineData("AzureAd:Instance")]
    [InlineData("AzureAd:Audience")]
    [InlineData("AzureAd:AllowedTenants")]
    [InlineData("ConnectionStrings:Redis")]
    public void CloudSettingsAreNamedButEmptySoThatTheServerRunsWithoutThem(string key)
    {
        Assert.NotNull(Config[key]);
        Assert.Equal("", Config[key]);
    }

    [Fact]
    public void KestrelLimitsAreWrittenDown()
    {
        var limits = Config.GetSection("Kestrel:Limits");
        Assert.Equal(ApiBasics.MaxBodyBytes, limits.GetValue<long>("MaxRequestBodySize"));
        Assert.Equal(32 * 1024, limits.GetValue<int>("MaxRequestHeadersTotalSize"));
        Assert.Equal(64, limits.GetValue<int>("MaxRequestHeaderCount"));
        Assert.Equal(8 * 1024, limits.GetValue<int>("MaxRequestLineSize"));
        Assert.Equal(TimeSpan.FromSeconds(15), limits.GetValue<TimeSpan>("RequestHeadersTimeout"));
        Assert.Equal(TimeSpan.FromSeconds(120), limits.GetValue<TimeSpan>("KeepAliveTimeout"));
    }
}
