namespace OutlookExit.Features.AddIn;

/// <summary>The origin the add-in is served from, as Outlook must see it in the manifests.</summary>
public static class PublicOrigin
{
    /// <summary>`PublicOrigin` from configuration (e.g. https://exit.example.com), else the request's own origin.</summary>
    public static string Of(HttpRequest request, IConfiguration configuration)
    {
        var configured = configuration["PublicOrigin"];
        if (!string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http")
            return uri.GetLeftPart(UriPartial.Authority);
        return $"{request.Scheme}://{request.Host.Value}";
    }
}
