using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace OutlookExit.Hosting;

/// <summary>What the server does for every request whatever the endpoint: Kestrel limits, request timeouts,
/// security headers, CORS for configured origins only, HSTS and HTTPS redirection outside development.</summary>
public static class Hardening
{
    /// <summary>Name of a longer timeout policy for endpoints that wait on another service.</summary>
    public const string LongTimeoutPolicy = "long";

    /// <summary>Who may frame the task pane: Outlook on the web and new Outlook. The one list of framing origins.
    /// <para>Source: Microsoft's "Configure Content Security Policy headers" table for Microsoft 365 app hosts
    /// (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements) and its domain
    /// migration page (https://learn.microsoft.com/microsoftteams/platform/m365-apps/domain-migration). Exact
    /// hosts where Microsoft lists exact hosts: <c>outlook.cloud.microsoft</c> (business accounts, web and new
    /// Outlook), <c>outlook.office.com</c> and <c>outlook.office365.com</c> (the table's Outlook row),
    /// <c>outlook.live.com</c> (Outlook.com; in the earlier version of that table and in office.js's own list of
    /// trusted Outlook hosts). The one wildcard is <c>*.cloud.microsoft</c>, which the same table documents for
    /// "All hosts" (Microsoft keeps that domain for its own product experiences only). Not listed on purpose:
    /// Microsoft's internal test rings (<c>outlook-sdf.*</c>), sovereign clouds, and the Word/Excel/PowerPoint
    /// hosts (<c>*.officeapps.live.com</c>, <c>*.office.net</c>, <c>*.office.com</c>), which never host an Outlook
    /// add-in. Classic Outlook on Windows and Outlook on Mac load the pane at the top level of an embedded
    /// browser, where frame-ancestors does not apply.</para></summary>
    public static readonly string[] OutlookFrameOrigins =
    [
        "https://outlook.cloud.microsoft",
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.live.com",
        "https://*.cloud.microsoft",
    ];

    /// <summary>The frame-ancestors value of the pane: itself and <see cref="OutlookFrameOrigins"/>.</summary>
    public static readonly string OutlookFrameAncestors = "'self' " + string.Join(' ', OutlookFrameOrigins);

    /// <summary>SHA-256 of the one inline style attribute office.js sets (<c>display:none</c>, on the hidden
    /// telemetry frame it adds when it runs outside an Office host). Allowed by hash, never 'unsafe-inline'.</summary>
    public const string OfficeJsHiddenFrameStyleHash = "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

    /// <summary>The task pane. Nothing inline of its own. Microsoft publishes no CSP for office.js
    /// (https://github.com/OfficeDev/office-js/issues/1005), so the sources follow what office.js loads:
    /// <list type="bullet">
    /// <item>script-src: the office.js CDN (https://appsforoffice.microsoft.com, and its newer name
    /// https://officeapis.public.onecdn.static.microsoft) and https://ajax.aspnetcdn.com, from which every
    /// Outlook host file of office.js loads MicrosoftAjax.js inside a real Outlook client.</item>
    /// <item>frame-src: Entra ID sign-in, and office.js's own telemetry proxy frame
    /// (https://telemetryservice.firstpartyapps.oaspapps.com).</item>
    /// <item>style-src-attr: only the hash of office.js's <c>display:none</c>.</item>
    /// </list></summary>
    public static readonly string PaneCsp =
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://officeapis.public.onecdn.static.microsoft https://ajax.aspnetcdn.com; "
        + "connect-src 'self' https://login.microsoftonline.com; "
        + "frame-src 'self' https://login.microsoftonline.com https://telemetryservice.firstpartyapps.oaspapps.com; "
        + "img-src 'self' data:; style-src 'self'; style-src-attr 'unsafe-hashes' " + OfficeJsHiddenFrameStyleHash + "; "
        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors " + OutlookFrameAncestors;

    /// <summary>JSON answers are never rendered as documents nor framed.</summary>
    public const string ApiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Swagger UI needs inline styles and scripts; it is never framed.</summary>
    public const string SwaggerCsp =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Powerful browser features the add-in never uses.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

    /// <summary>Kestrel limits, request timeouts, CORS and HSTS options.</summary>
    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
        {
            // At Information the framework writes six console lines per request: more work than composing a draft,
            // and a way to flood the disk. Warning by default; inserted first, so appsettings, environment
            // variables and the command line still override it.
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData = [new("Logging:LogLevel:Microsoft.AspNetCore", "Warning")],
            });
        }

        // The defaults below; appsettings.json (Kestrel:Limits) and the environment may change them.
        builder.WebHost.ConfigureKestrel((context, o) =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = ApiBasics.MaxBodyBytes;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            o.Limits.MaxRequestHeaderCount = 64;
            o.Limits.MaxRequestLineSize = 8 * 1024;
            o.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            o.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(120);
            context.Configuration.GetSection("Kestrel:Limits").Bind(o.Limits);
            // Slow bodies are cut: below this average rate (after the grace period) Kestrel ends the request with 408.
            var body = context.Configuration.GetSection(RequestBodySettings.Section).Get<RequestBodySettings>() ?? new RequestBodySettings();
            o.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(
                Math.Max(1, body.MinBytesPerSecond), TimeSpan.FromSeconds(Math.Max(1, body.GraceSeconds)));
        });

        // Read through options, so that settings added by a test host or the environment are seen too.
        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutSettings>().BindConfiguration(RequestTimeoutSettings.Section)
            .Validate(s => s.DefaultSeconds > 0 && s.LongSeconds > 0, "RequestTimeouts:DefaultSeconds and RequestTimeouts:LongSeconds must be greater than 0.")
            .ValidateOnStart();
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestTimeoutSettings>>((o, settings) =>
        {
            o.DefaultPolicy = TimeoutPolicy(TimeSpan.FromSeconds(settings.Value.DefaultSeconds));
            o.AddPolicy(LongTimeoutPolicy, TimeoutPolicy(TimeSpan.FromSeconds(settings.Value.LongSeconds)));
        });

        builder.Services.AddSingleton<ThrottledLog>();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.Section);
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((o, settings) =>
        {
            var origins = settings.Value.AllowedOrigins;
            o.AddDefaultPolicy(p => p
                .WithOrigins([.. origins.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim().TrimEnd('/'))])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Authorization", "Idempotency-Key")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });

        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>Security headers first (so every answer carries them, errors included), then HSTS and HTTPS
    /// redirection outside Development and Testing, CORS and request timeouts.</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            // Set when the response starts, so that handlers which clear the response (the exception handler) cannot drop them.
            context.Response.OnStarting(static state => { AddSecurityHeaders((HttpContext)state); return Task.CompletedTask; }, context);
            return next(context);
        });
        // A Host that is not a host name → 400, a charset other than UTF-8 → 415 (logged once a minute at most)
        app.UseRequestGuards();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            // Redirect only when this server has an HTTPS endpoint to send people to; a plain
            // `dotnet run --project api` on http://localhost:5000 keeps answering over HTTP.
            if (ServesHttps(app.Configuration)) app.UseHttpsRedirection();
        }
        app.UseCors();
        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>True when an HTTPS endpoint or port is configured (urls, https_port or Kestrel endpoints).</summary>
    public static bool ServesHttps(IConfiguration configuration) =>
        (configuration["urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(configuration["https_port"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(e => (e["Url"] ?? "").StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    /// <summary>The headers every response carries; the Content-Security-Policy depends on what is served.</summary>
    public static void AddSecurityHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin-allow-popups";
        headers.ContentSecurityPolicy =
            path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? SwaggerCsp
            : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) ? ApiCsp
            : PaneCsp;
    }

    private static RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = async context =>
        {
            if (context.Response.HasStarted) return;
            await Results.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "The request took too long",
                detail: "The server stopped working on this request. Try again.").ExecuteAsync(context);
        },
    };
}
