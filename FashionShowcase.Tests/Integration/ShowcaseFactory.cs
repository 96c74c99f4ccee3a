using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FashionShowcase.Tests.Integration;

/// <summary>
/// The web app in memory with its own temporary runs and models directories, a known admin
/// password, one torch thread, and a <see cref="FakeTrainingLauncher"/> instead of real trainers.
/// </summary>
public class ShowcaseFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "test-admin-password";

    public string StateDirectory { get; } = Path.Combine(Path.GetTempPath(), "fs-web-" + Guid.NewGuid().ToString("N"));

    public FakeTrainingLauncher Launcher { get; set; } = new();

    /// <summary>Keep the app's real launcher (Core's trainers) instead of <see cref="Launcher"/>.</summary>
    public bool RealTrainers { get; init; }

    /// <summary>Extra configuration, e.g. "DesignStreams:Steps".</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Last word on the services (after the test defaults).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>The directory of the bundle the app activates at start (write one there before first use).</summary>
    public string ShippedBundleDirectory => Path.Combine(StateDirectory, "models", "shipped");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Paths:DataDirectory", RepoPaths.Data);
        builder.UseSetting("Paths:ModelsDirectory", Path.Combine(StateDirectory, "models"));
        builder.UseSetting("Paths:RunsDirectory", Path.Combine(StateDirectory, "runs"));
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Torch:Threads", "1");
        builder.UseSetting("Torch:Device", "cpu");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            if (!RealTrainers)
            {
                services.RemoveAll<ITrainingLauncher>();
                services.AddSingleton<ITrainingLauncher>(_ => Launcher);
            }
            ConfigureTestServices?.Invoke(services);
        });
    }

    /// <summary>A SignalR client of /hubs/training (or <paramref name="hub"/>) through the in-memory server (optionally with cookies).</summary>
    public HubConnection CreateHubConnection(string? cookieHeader = null, string hub = "hubs/training") =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, hub), o =>
            {
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                if (cookieHeader is not null) o.Headers["Cookie"] = cookieHeader;
            })
            .Build();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping service: the temp directory is cleaned by the OS.
        }
        GC.SuppressFinalize(this);
    }
}
