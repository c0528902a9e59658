using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

/// <summary>A stand-in for Entra ID's endpoints: the discovery documents Microsoft.Identity.Web's multi-tenant
/// issuer validator reads (an issuer template with {tenantid}, as the public cloud publishes), and the token
/// endpoint MSAL calls for on-behalf-of, so validation and token exchange run offline.</summary>
public sealed class FakeEntraMetadata : HttpMessageHandler
{
    public const string ClientName = "test-entra-metadata";

    public ConcurrentQueue<string> Requested { get; } = new();

    /// <summary>Form fields of every token request.</summary>
    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>When set, the token endpoint answers 400 with this OAuth error body instead of a token.</summary>
    public JsonObject? TokenError { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requested.Enqueue(request.RequestUri.ToString());
        JsonNode body;
        var status = HttpStatusCode.OK;
        if (request.Method == HttpMethod.Post && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = (await request.Content!.ReadAsStringAsync(cancellationToken)).Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
            TokenRequests.Enqueue(form);
            if (TokenError is not null)
            {
                status = HttpStatusCode.BadRequest;
                body = TokenError.DeepClone();
            }
            else
            {
                var oid = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(form["assertion"]).GetClaim("oid").Value;
                body = new JsonObject
                {
                    ["token_type"] = "Bearer",
                    ["scope"] = form["scope"],
                    ["expires_in"] = 3600,
                    ["ext_expires_in"] = 3600,
                    ["access_token"] = FakeTokenAcquisition.GraphTokenPrefix + oid,
                };
            }
        }
        else if (path.EndsWith("/keys", StringComparison.Ordinal))
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(TestTokens.SigningKey);
            body = new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E,
                    ["issuer"] = TestTokens.IssuerTemplate,
                }),
            };
        }
        else
        {
            body = new JsonObject
            {
                ["issuer"] = path.Contains("v2.0", StringComparison.Ordinal) ? TestTokens.IssuerTemplate : "https://sts.windows.net/{tenantid}/",
                ["jwks_uri"] = "https://login.microsoftonline.com/organizations/discovery/v2.0/keys",
                ["authorization_endpoint"] = "https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize",
                ["token_endpoint"] = "https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            };
        }
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }
}
