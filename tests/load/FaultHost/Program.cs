using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

// fault.sh's three roles:
//   graph <port> <createDelayMs>          the fake Graph as its own process, so its mailbox survives API kills
//   api <port> <graphPort> <tokenFile>    the API on Kestrel, sign-in against a local key; writes a bearer token
//   check <graphPort> <resultsFile>       every key the load sent has exactly one draft, with the letter, and the id it was told
static class FaultHostMain
{
    static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["graph", var port, var delay]: await Graph(int.Parse(port), int.Parse(delay)); return 0;
            case ["api", var port, var graphPort, var tokenFile]: await Api(int.Parse(port), int.Parse(graphPort), tokenFile); return 0;
            case ["check", var graphPort, var results]: return await Check(int.Parse(graphPort), results);
            default: Console.Error.WriteLine("usage: graph <port> <delayMs> | api <port> <graphPort> <tokenFile> | check <graphPort> <resultsFile>"); return 2;
        }
    }


    static async Task Graph(int port, int delayMs)
    {
        var graph = new FakeGraph { CreateDelay = TimeSpan.FromMilliseconds(delayMs) };
        using var invoker = new HttpMessageInvoker(graph);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/_state", () => Results.Text(new JsonArray([.. graph.AllDrafts().Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d["id"]!.GetValue<string>(),
            ["key"] = d["singleValueExtendedProperties"]?.AsArray()
                .FirstOrDefault(p => string.Equals((string?)p?["id"], MailboxDrafts.KeyPropertyId, StringComparison.OrdinalIgnoreCase))?["value"]?.GetValue<string>(),
            ["hasLetter"] = ReplyBody.HasLetter(d["body"]?["content"]?.GetValue<string>()),
            ["createReplyCalls"] = graph.Count("POST", "/createReply"),
        })]).ToJsonString(), "application/json"));
        app.MapFallback(async context =>
        {
            var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), FakeGraph.BaseUrl.Replace("/v1.0", "", StringComparison.Ordinal) + context.Request.Path + context.Request.QueryString);
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (body.Length > 0) request.Content = new ByteArrayContent(body.ToArray());
            foreach (var name in new[] { "Authorization", "Prefer" })
                foreach (var value in context.Request.Headers[name]) request.Headers.TryAddWithoutValidation(name, value);
            HttpResponseMessage response;
            try { response = await invoker.SendAsync(request, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Content.Headers.ContentType is { } type) context.Response.ContentType = type.ToString();
            foreach (var (name, values) in response.Headers) context.Response.Headers[name] = values.ToArray();
            await context.Response.Body.WriteAsync(await response.Content.ReadAsByteArrayAsync());
        });
        await app.RunAsync();
    }

    static async Task Api(int port, int graphPort, string tokenFile)
    {
        using var factory = new FaultApi(graphPort);
        factory.UseKestrel(port);
        factory.StartServer();
        // This process's signing key is new on every start; so is the token the load reads.
        await File.WriteAllTextAsync(tokenFile + ".tmp", TestTokens.Mint(expires: DateTime.UtcNow.AddHours(1)));
        File.Move(tokenFile + ".tmp", tokenFile, overwrite: true);
        Console.WriteLine($"api listening on http://127.0.0.1:{port}");
        await Task.Delay(Timeout.Infinite);
    }

    static async Task<int> Check(int graphPort, string resultsFile)
    {
        using var http = new HttpClient();
        var drafts = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{graphPort}/_state"))!.AsArray();
        var told = File.ReadAllLines(resultsFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList();
        var problems = new List<string>();
        foreach (var answer in told)
        {
            var (key, id) = (answer[0], answer.Length > 1 ? answer[1] : "");
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            var mine = drafts.Where(d => (string?)d!["key"] == hash).ToList();
            if (id.Length == 0) problems.Add($"key {key}: never got a draft (lost)");
            else if (mine.Count != 1) problems.Add($"key {key}: {mine.Count} drafts (doubled or lost)");
            else if ((string?)mine[0]!["id"] != id) problems.Add($"key {key}: told {id}, the mailbox holds {(string?)mine[0]!["id"]}");
            else if (!(bool)mine[0]!["hasLetter"]!) problems.Add($"key {key}: the draft lacks the letter");
        }
        var known = told.Select(a => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a[0])))).ToHashSet();
        var strays = drafts.Count(d => !known.Contains((string?)d!["key"] ?? ""));
        if (strays > 0) problems.Add($"{strays} drafts in the mailbox belong to no key the load sent");
        var calls = drafts.Count > 0 ? (int)drafts[0]!["createReplyCalls"]! : 0;
        Console.WriteLine($"  keys sent: {told.Count}; drafts in the mailbox: {drafts.Count}; createReply calls: {calls}; problems: {problems.Count}");
        foreach (var problem in problems) Console.WriteLine("  " + problem);
        return problems.Count == 0 ? 0 : 1;
    }
}

/// <summary>The API with sign-in configured for a test app registration (as the unit tests' factory does), on-behalf-of
/// faked, and Graph calls sent over loopback HTTP to the fake Graph process.</summary>
sealed class FaultApi(int graphPort) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", TestTokens.ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "unused-because-token-acquisition-is-faked");
        builder.UseSetting("AzureAd:Audience", TestTokens.AppIdUri);
        builder.UseSetting("AzureAd:AllowedTenants", TestTokens.HomeTenant);
        builder.UseSetting("Graph:BaseUrl", FakeGraph.BaseUrl);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.IssuerTemplate };
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                options.RefreshOnIssuerKeyNotFound = false;
                options.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey;
            });
            var entra = new FakeEntraMetadata();
            services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = FakeEntraMetadata.ClientName);
            services.AddHttpClient(FakeEntraMetadata.ClientName).ConfigurePrimaryHttpMessageHandler(() => entra);
            services.RemoveAll<ITokenAcquisition>();
            services.AddSingleton<ITokenAcquisition>(new FakeTokenAcquisition());
            services.AddHttpClient(GraphHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => new ToLoopback(graphPort));
        });
    }

    /// <summary>https://graph.test/… → http://127.0.0.1:port/….</summary>
    private sealed class ToLoopback(int port) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = "http", Host = "127.0.0.1", Port = port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
