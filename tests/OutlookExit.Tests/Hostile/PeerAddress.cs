using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookExit.Tests.Hostile;

/// <summary>The test host has no sockets, so no peer address: this filter, first in the pipeline, sets the
/// connection's remote address from the <see cref="Header"/> header, as a TCP peer would have it.</summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var peer) && IPAddress.TryParse(peer.ToString(), out var address))
                context.Connection.RemoteIpAddress = address;
            context.Request.Headers.Remove(Header);
            return nextMiddleware(context);
        });
        next(app);
    };

    public static void AddTo(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerAddress()));
}

/// <summary>The app with peer addresses and the given settings.</summary>
public sealed class PeerFactory(params (string Key, string Value)[] settings) : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        PeerAddress.AddTo(builder);
    }

    public Task<HttpResponseMessage> GetFrom(string peer, string path, string? forwardedFor = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(PeerAddress.Header, peer);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return CreateClient().SendAsync(request);
    }
}
