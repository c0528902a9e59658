using OutlookExit.Features;
using OutlookExit.Features.AddIn;
using OutlookExit.Features.Drafts;
using OutlookExit.Features.Health;
using OutlookExit.Features.Options;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Features.Tone;
using OutlookExit.Hosting;

// Every default a deployment may change is in appsettings.json; the core (Core/) reads no configuration.
var builder = WebApplication.CreateBuilder(args);

// Kestrel limits, request timeouts, security headers, CORS for the configured add-in origins
builder.AddHardening();
// Problem details for every error, JSON options (source-generated for every endpoint's types), rate limits, core warm-up
builder.Services.AddApiBasics(ApiJsonContext.Default);
// OpenAPI document and UI at /swagger
builder.Services.AddApiDocs();
// Sign-in and Graph reply drafts (501 until AzureAd:ClientId is configured)
builder.Services.AddReplyDrafts(builder.Configuration);
// Readiness: drafting, sign-in configuration, Redis (degraded parts named; 503 only when drafting cannot work)
builder.Services.AddReadiness(builder.Configuration);
// PublicOrigin (validated here: https, or http on loopback), else the server's own listening address; never Host
builder.Services.AddPublicOrigin(builder.Configuration);

var app = builder.Build();

// X-Forwarded-For/-Proto only from ForwardedHeaders:KnownProxies/KnownNetworks (none by default)
app.UseTrustedForwardedHeaders();
app.UseHardening();
app.UseApiBasics();
app.UseApiDocs();
// The task pane (wwwroot)
app.UsePane();
app.UseReplyDraftsAuth();
// Per signed-in user (validated token) or per address (IPv6 by /64), and one concurrency gate for the process
app.UseRateLimits();

app.MapHealth();          // GET  /healthz
app.MapReadiness();       // GET  /healthz/ready
app.MapDrafts();          // POST /api/drafts
app.MapTone();            // POST /api/tone/check
app.MapOptions();         // GET  /api/options
app.MapManifests();       // GET  /manifest.xml, /manifest.json, /manifest.zip
app.MapPaneConfig();      // GET  /api/pane-config
app.MapReplyDrafts();     // POST /api/reply-drafts

app.Run();

/// <summary>Entry point; public so the tests can host the app.</summary>
public partial class Program;
