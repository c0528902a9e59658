using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>What a real Entra ID access token for this API looks like, beyond signature, issuer, audience and
/// lifetime (which the token handler checks): tokens that are validly signed but oddly shaped are refused, since
/// Entra ID never issues them and a server that accepts them accepts whatever else such an issuer sends.</summary>
public static class TokenShape
{
    /// <summary>The longest lifetime Entra ID gives an access token (continuous access evaluation: up to 28 hours).</summary>
    public static readonly TimeSpan LongestLifetime = TimeSpan.FromHours(28);

    /// <summary>Null when the token has the expected shape; else a reason (for the log, never for the caller).</summary>
    public static string? Problem(SecurityToken? token, DateTimeOffset now, TimeSpan skew)
    {
        if (token is not JsonWebToken jwt) return "not a JSON web token";
        using var header = Parse(jwt.EncodedHeader);
        using var payload = Parse(jwt.EncodedPayload);
        if (header is null || payload is null) return "unreadable header or payload";
        // No extension this API understands: any "crit" header must be refused (RFC 7515 §4.1.11).
        if (header.RootElement.TryGetProperty("crit", out _)) return "critical header extension";
        if (HasDuplicate(header.RootElement) || HasDuplicate(payload.RootElement)) return "a claim appears twice";

        var claims = payload.RootElement;
        if (!IsNumber(claims, "exp", required: true) || !IsNumber(claims, "nbf", required: false) || !IsNumber(claims, "iat", required: false))
            return "exp, nbf or iat is not a number";
        var exp = DateTimeOffset.FromUnixTimeSeconds((long)claims.GetProperty("exp").GetDouble());
        if (exp - now > LongestLifetime + skew) return "expires further ahead than Entra ID issues tokens for";
        if (claims.TryGetProperty("iat", out var iat) && DateTimeOffset.FromUnixTimeSeconds((long)iat.GetDouble()) > now + skew)
            return "issued in the future";

        if (claims.TryGetProperty("aud", out var aud) && aud.ValueKind != JsonValueKind.String) return "more than one audience";

        var ver = String(claims, "ver");
        var iss = String(claims, "iss") ?? "";
        var v1 = iss.StartsWith("https://sts.windows.net/", StringComparison.Ordinal);
        var v2 = iss.EndsWith("/v2.0", StringComparison.Ordinal);
        if (!((ver == "1.0" && v1) || (ver == "2.0" && v2))) return "token version and issuer do not match";

        if (String(claims, "idtyp") == "app" && claims.TryGetProperty("scp", out _)) return "an app token with delegated scopes";
        return null;
    }

    private static JsonDocument? Parse(string encoded)
    {
        try { return JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(encoded)); }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException) { return null; }
    }

    private static bool HasDuplicate(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            if (!seen.Add(property.Name)) return true;
        return false;
    }

    private static bool IsNumber(JsonElement claims, string name, bool required) =>
        claims.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.Number : !required;

    private static string? String(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
