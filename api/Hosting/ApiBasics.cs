using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using OutlookExit.Core.Contracts;

namespace OutlookExit.Hosting;

/// <summary>What every endpoint shares: JSON options, problem details, request limits and rate limiting.</summary>
public static class ApiBasics
{
    /// <summary>Largest request body the API reads.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Registers JSON options (with <paramref name="generated"/>, the endpoints' source-generated
    /// metadata), problem details, the bad-request mapper, rate limiting and the clock.</summary>
    public static IServiceCollection AddApiBasics(this IServiceCollection services, IJsonTypeInfoResolver generated)
    {
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions, generated));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // The framework's own 415 (a body that is not application/json) has neither our title nor a detail: give it both,
        // in the caller's language, as every other problem has.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && c.ProblemDetails.Detail is null)
            {
                var ours = BadRequestProblems.Describe(ProblemLanguage.For(c.HttpContext), StatusCodes.Status415UnsupportedMediaType, null);
                c.ProblemDetails.Title = ours.Title;
                c.ProblemDetails.Detail = ours.Detail;
            }
        });
        services.AddExceptionHandler<BadRequestProblems>();
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<CoreWarmup>();

        services.AddRateLimits();
        return services;
    }

    /// <summary>The JSON rules of the contract: camelCase names and enums, strict enums and dates.
    /// <paramref name="generated"/> is asked first for a type's metadata; types it does not know (problem details'
    /// extensions) fall back to reflection.</summary>
    public static void Configure(JsonSerializerOptions options, IJsonTypeInfoResolver? generated = null)
    {
        if (generated is not null)
        {
            if (options.TypeInfoResolverChain.Count == 0) options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
            options.TypeInfoResolverChain.Insert(0, generated);
        }
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new StrictDateOnlyConverter());
        options.MaxDepth = 16;
        // Numbers are JSON numbers ("amount": "1200" is refused, as the contract says), and a property sent twice
        // is refused rather than the last one silently winning.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        // The default encoder escapes every '<', '>', '&', quote and non-ASCII letter, and so every tag of the HTML
        // fragment and every Czech letter: slower to write and up to half again as many bytes. The answers are
        // application/json with nosniff and are never inlined into a page, so the relaxed encoder is safe here.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    /// <summary>Exception handler, status pages and body size limits, in that order (rate limiting comes after sign-in: <see cref="RateLimits.UseRateLimits"/>).</summary>
    public static WebApplication UseApiBasics(this WebApplication app)
    {
        // Client errors are answered as problem details; they are not server faults worth an error log.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseBodySizeLimit();
        return app;
    }
}
