using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OutlookExit.Features.AddIn;

/// <summary>The origin the add-in is served from, as Outlook must see it in the manifests and the pane config:
/// configuration <c>PublicOrigin</c>, or without it this server's own listening address. Never the request's Host
/// header, which any client can set (a cached manifest stamped with it would send every user elsewhere).</summary>
public sealed class PublicOrigin(IConfiguration configuration, IServer server)
{
    private string? _fromServer;

    /// <summary>Configuration key.</summary>
    public const string Key = "PublicOrigin";

    /// <summary>Scheme and authority, without a trailing slash.</summary>
    public string Value => Configured(configuration[Key]) ?? (_fromServer ??= FromServer());

    /// <summary>The normalised configured origin; null when none is configured.</summary>
    public static string? Configured(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new Uri(value.Trim()).GetLeftPart(UriPartial.Authority);

    /// <summary>Null when <paramref name="value"/> is empty or a usable origin, else what is wrong with it.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            return $"PublicOrigin must be an absolute URL such as https://exit.example.com; '{value}' is not.";
        if (uri.Scheme == "http" && !IsLoopback(uri.Host))
            return $"PublicOrigin must use https (Outlook loads add-ins only over HTTPS); http is accepted only for localhost. '{value}' is not.";
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return $"PublicOrigin must be an origin only (scheme, host and port), without path, query or user: '{value}'.";
        return null;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The first https address the server listens on (else the first one), with a wildcard host as localhost;
    /// the development origin when the server reports none.</summary>
    private string FromServer()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        // A server without addresses of its own (an in-process test host): the origin the committed manifests use.
        if (chosen is null) return ManifestTemplates.DevelopmentOrigin;
        var fixedHost = chosen.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(fixedHost, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : ManifestTemplates.DevelopmentOrigin;
    }
}

/// <summary>Registration of <see cref="PublicOrigin"/>, validated at start.</summary>
public static class PublicOriginRegistration
{
    /// <summary>Registers the origin; a malformed <c>PublicOrigin</c> stops the start with a message saying why.</summary>
    public static IServiceCollection AddPublicOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        if (PublicOrigin.Problem(configuration[PublicOrigin.Key]) is { } problem)
            throw new InvalidOperationException(problem);
        services.AddSingleton<PublicOrigin>();
        return services;
    }
}
