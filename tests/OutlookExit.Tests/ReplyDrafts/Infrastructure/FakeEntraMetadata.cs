using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace OutlookExit.Tests.ReplyDrafts.Infrastructure;

/// <summary>Answers the discovery documents that Microsoft.Identity.Web's multi-tenant issuer validator reads,
/// shaped as the public cloud's (an issuer template with {tenantid}), so validation runs offline.</summary>
public sealed class FakeEntraMetadata : HttpMessageHandler
{
    public const string ClientName = "test-entra-metadata";

    public ConcurrentQueue<string> Requested { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requested.Enqueue(request.RequestUri.ToString());
        JsonNode body;
        if (path.EndsWith("/keys", StringComparison.Ordinal))
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
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        });
    }
}
