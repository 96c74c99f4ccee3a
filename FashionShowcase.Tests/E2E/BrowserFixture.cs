using System.Net;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Tests.Integration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FashionShowcase.Tests.E2E;

/// <summary>
/// The app on a real Kestrel socket (127.0.0.1, a free port) and Debian's Chromium driven by
/// Playwright, serving a tiny model bundle (<see cref="TinyShowcaseBundle"/>). Never downloads a browser: it uses /usr/bin/chromium (installed by .ci/run).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // 12 design steps instead of 40: designs still visibly refine, and the suite's shared cores finish them sooner.
    private readonly ShowcaseFactory _factory = new() { Settings = { ["DesignStreams:Steps"] = "12" } };
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots go to the test output, never into the repository.</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        // Visitor pages need a bundle with GAN, classifier and recommender: a tiny one, built before the app starts.
        using (var worker = new TorchWorker(new TorchRuntimeOptions { Device = "cpu" }))
            await TinyShowcaseBundle.BuildAsync(Path.Combine(_factory.StateDirectory, "models", "shipped"), worker);

        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotDirectory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with a page; 30 s leaves room on 2 cores shared with other work.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A prerendered page ignores clicks until its circuit is up: the layout marks itself interactive then.</summary>
    public static Task WaitForInteractivityAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}

/// <summary>One app and one browser for every end-to-end class: they run one after another instead of competing for the cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
