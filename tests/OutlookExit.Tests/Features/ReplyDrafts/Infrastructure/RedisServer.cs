using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

/// <summary>A real Redis server on a free loopback port for the duration of a test class
/// (Debian's redis-server, installed by test.sh). Nothing is persisted.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        ConnectionString = $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000";
        await StartAsync();
    }

    /// <summary>Kills the server (as a crash would); <see cref="StartAsync"/> brings it back on the same port, empty.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false }) { _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); }
        _process?.Dispose();
        _process = null;
    }

    public async Task StartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed; ./test.sh installs it (Debian package redis-server).");
        _process = Process.Start(new ProcessStartInfo(executable,
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--protected-mode", "yes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await using var mux = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},connectTimeout=500");
                await mux.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        return Task.CompletedTask;
    }
}
