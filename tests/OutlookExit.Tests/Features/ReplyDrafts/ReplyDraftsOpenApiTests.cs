using System.Text.Json;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

public sealed class ReplyDraftsOpenApiTests
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesTheBearerSchemeTheIdempotencyHeaderAndEveryOutcome()
    {
        using var app = new ReplyDraftsFactory();
        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var post = document.GetProperty("paths").GetProperty("/api/reply-drafts").GetProperty("post");
        Assert.Contains(post.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));

        var header = Assert.Single(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.Equal("header", header.GetProperty("in").GetString());
        Assert.True(header.GetProperty("required").GetBoolean());
        Assert.Equal(100, header.GetProperty("schema").GetProperty("maxLength").GetInt32());

        Assert.Equal("#/components/schemas/ReplyDraftRequest", post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("termination", example.GetProperty("draft").GetProperty("kind").GetString());
        Assert.True(post.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        var responses = post.GetProperty("responses").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var status in new[] { "200", "201", "400", "401", "403", "404", "409", "422", "429", "501", "502", "503" })
            Assert.Contains(status, responses);
    }

    [Fact]
    public async Task TheEndpointIsDescribedTheSameWayWhenSignInIsNotConfigured()
    {
        using var app = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>();
        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var post = document.GetProperty("paths").GetProperty("/api/reply-drafts").GetProperty("post");
        Assert.Contains("501", post.GetProperty("responses").EnumerateObject().Select(p => p.Name));
        Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }
}
