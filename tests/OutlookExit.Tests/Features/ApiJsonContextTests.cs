using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookExit.Features;

namespace OutlookExit.Tests.Features;

/// <summary>Every endpoint's request and response types are serialised with build-time metadata.</summary>
public class ApiJsonContextTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly Type[] FrameworkTypes = [typeof(ProblemDetails), typeof(HttpValidationProblemDetails), typeof(string), typeof(void)];

    [Fact]
    public void TheAppAsksTheGeneratedContextBeforeReflection()
    {
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var chain = options.TypeInfoResolverChain.ToList();
        var generated = chain.FindIndex(r => r is ApiJsonContext);
        var reflection = chain.FindIndex(r => r is System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver);
        Assert.InRange(generated, 0, reflection - 1);
        // Nothing before it answers for the contract's types.
        Assert.All(chain.Take(generated), r => Assert.Null(r.GetTypeInfo(typeof(OutlookExit.Core.Contracts.DraftRequest), options)));
    }

    [Fact]
    public void EveryJsonTypeAnEndpointAcceptsOrProducesIsInTheGeneratedContext()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var types = endpoints
            .SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>().Select(a => a.RequestType)
                .Concat(e.Metadata.OfType<IProducesResponseTypeMetadata>()
                    .Where(p => p.ContentTypes.Contains("application/json"))
                    .Select(p => p.Type)))
            .OfType<Type>()
            .Where(t => !FrameworkTypes.Contains(t))
            .Distinct()
            .ToList();

        Assert.Contains(typeof(OutlookExit.Core.Contracts.DraftRequest), types);
        Assert.Contains(typeof(OutlookExit.Core.Contracts.DraftResponse), types);
        Assert.All(types, t => Assert.True(ApiJsonContext.Default.GetTypeInfo(t) is not null, $"{t.Name} has no generated metadata"));
    }
}
