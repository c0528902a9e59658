using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookExit.Tests.Hostile;

/// <summary>A body trickled at a few hundred bytes a second is cut by Kestrel soon after the grace period, instead of
/// holding the connection for minutes. Runs the real Kestrel on a loopback port.</summary>
public sealed class SlowBodyTests
{
    [Fact]
    public async Task ABodyAt400BytesASecondIsCutWithinSeconds()
    {
        using var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = tcp.GetStream();
        const int length = 60_000;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/drafts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n{{\"personalNote\":\""));

        var watch = Stopwatch.StartNew();
        var chunk = new byte[40];
        Array.Fill(chunk, (byte)'a');
        var cut = false;
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        var reading = stream.ReadAsync(buffer, 0, buffer.Length);
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try { await stream.WriteAsync(chunk); }
            catch (IOException) { cut = true; break; }
            // 40 bytes every 100 ms = 400 B/s.
            var done = await Task.WhenAny(reading, Task.Delay(100));
            if (done == reading)
            {
                var n = await reading;
                if (n == 0) { cut = true; break; }
                answer.Append(Encoding.ASCII.GetString(buffer, 0, n));
                cut = true;
                break;
            }
        }
        watch.Stop();
        Assert.True(cut, "the slow body was still being accepted after 30 s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"cut only after {watch.Elapsed.TotalSeconds:F1} s");
        if (answer.Length > 0) Assert.StartsWith("HTTP/1.1 408", answer.ToString());
    }
}
