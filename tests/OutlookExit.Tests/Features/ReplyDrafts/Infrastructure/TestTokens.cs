using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

/// <summary>Mints Entra ID–shaped access tokens signed with a key that only the tests know.</summary>
public sealed class TestTokens
{
    public const string ClientId = "5d3f8a2c-1b4e-4c6d-9f7a-2e8b0c1d3f5a";
    public const string AppIdUri = "api://localhost:5000/" + ClientId;
    public const string HomeTenant = "72f988bf-0000-4000-8000-00000000c0de";
    public const string OtherAllowedTenant = "a1b2c3d4-0000-4000-8000-000000000002";
    public const string ForeignTenant = "f0f0f0f0-0000-4000-8000-0000000000ff";
    public const string UserOid = "0b1c2d3e-0000-4000-8000-000000000001";
    public const string IssuerTemplate = "https://login.microsoftonline.com/{tenantid}/v2.0";

    private static readonly RSA Rsa = RSA.Create(2048);

    /// <summary>The key the API is told to trust.</summary>
    public static readonly RsaSecurityKey SigningKey = new(Rsa) { KeyId = "outlookexit-test-key" };

    /// <summary>A key the API does not trust.</summary>
    public static readonly RsaSecurityKey UntrustedKey = new(RSA.Create(2048)) { KeyId = "outlookexit-test-key" };

    public static string IssuerFor(string tenant) => IssuerTemplate.Replace("{tenantid}", tenant, StringComparison.Ordinal);

    /// <summary>A valid v2 token for the test user; each argument overrides one aspect.</summary>
    public static string Mint(
        string? tenant = null, string? oid = null, string? audience = null, string? scope = "access_as_user",
        string? issuer = null, DateTime? expires = null, SecurityKey? key = null, string version = "2.0")
    {
        var tid = tenant ?? HomeTenant;
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tid,
            ["oid"] = oid ?? UserOid,
            ["sub"] = "subject-" + (oid ?? UserOid),
            ["name"] = "Alex Rivera",
            ["preferred_username"] = "alex@rivera.example",
            ["ver"] = version,
            ["azp"] = "d3590ed6-52b3-4102-aeff-aad2292ab01c",
        };
        if (scope is not null) claims["scp"] = scope;
        var exp = expires ?? now.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? IssuerFor(tid),
            Audience = audience ?? ClientId,
            Claims = claims,
            IssuedAt = exp < now ? exp.AddHours(-1) : now.AddMinutes(-1),
            NotBefore = exp < now ? exp.AddHours(-1) : now.AddMinutes(-1),
            Expires = exp,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
