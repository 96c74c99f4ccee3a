using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;
using FashionShowcase.Web.Configuration;
using FashionShowcase.Web.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Tests.Unit;

[Collection(TorchCollection.Name)]
public sealed class ActiveBundleTests(TorchWorkerFixture torch) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fs-bundles-" + Guid.NewGuid().ToString("N"));

    private ActiveBundle NewActiveBundle()
    {
        var paths = new PathsOptions { ModelsDirectory = Path.Combine(_root, "models"), RunsDirectory = Path.Combine(_root, "runs") };
        return new ActiveBundle(torch.Worker, Options.Create(paths), NullLogger<ActiveBundle>.Instance);
    }

    /// <summary>A tiny GAN bundle (random weights) under models/<paramref name="name"/>.</summary>
    private string TinyGanBundle(string name)
    {
        var dir = Path.Combine(_root, "models", name);
        var config = GanConfig.Preset("tiny");
        torch.Worker.Run(() =>
        {
            using var g = new ConditionalGenerator(config);
            using var d = new ConditionalDiscriminator(config);
            ModelStore.SaveWeights(g, Path.Combine(dir, ModelStore.GeneratorFile));
            ModelStore.SaveWeights(d, Path.Combine(dir, ModelStore.DiscriminatorFile));
            return true;
        });
        ModelStore.WriteManifest(dir, new BundleManifest { Name = name, Gan = config });
        return dir;
    }

    // A disposed TorchSharp module lists no parameters any more.
    private bool GeneratorIsAlive(ModelBundle bundle) =>
        torch.Worker.Run(() => bundle.Generator!.parameters().ToList() is { Count: > 0 } ps && ps.All(p => !p.IsInvalid));

    [Fact]
    public async Task Without_any_bundle_the_state_is_missing_and_says_where_it_looked()
    {
        var active = NewActiveBundle();
        await active.StartAsync(CancellationToken.None);
        Assert.Equal(BundleState.Missing, active.State);
        Assert.Contains(Path.Combine(_root, "models", "shipped"), active.Problem);
        Assert.Null(active.Acquire());
    }

    [Fact]
    public async Task At_start_the_shipped_bundle_is_loaded()
    {
        TinyGanBundle("shipped");
        var active = NewActiveBundle();
        await active.StartAsync(CancellationToken.None);
        Assert.Equal(BundleState.Ready, active.State);
        Assert.Equal("shipped", active.Manifest?.Name);
        Assert.Contains(active.Choices(), c => c.IsShipped && c.Name == "shipped");
    }

    [Fact]
    public async Task A_replaced_bundle_stays_alive_while_leased_and_is_disposed_when_returned()
    {
        TinyGanBundle("shipped");
        var other = TinyGanBundle("other");
        var active = NewActiveBundle();
        await active.StartAsync(CancellationToken.None);
        var lease = active.Acquire()!;

        await active.ActivateAsync(other);
        Assert.Equal("other", active.Manifest?.Name);
        Assert.True(GeneratorIsAlive(lease.Bundle));

        lease.Dispose();
        // Disposal is queued on the worker; a later item on the same queue runs after it.
        await torch.Worker.RunAsync(() => true);
        Assert.False(GeneratorIsAlive(lease.Bundle));
    }

    [Fact]
    public async Task The_choice_survives_a_restart()
    {
        TinyGanBundle("shipped");
        var other = TinyGanBundle("other");
        var first = NewActiveBundle();
        await first.StartAsync(CancellationToken.None);
        await first.ActivateAsync(other);
        first.Dispose();

        var second = NewActiveBundle();
        await second.StartAsync(CancellationToken.None);
        Assert.Equal("other", second.Manifest?.Name);
    }

    [Fact]
    public async Task Activating_a_directory_without_a_bundle_is_refused_and_keeps_the_current_one()
    {
        TinyGanBundle("shipped");
        var active = NewActiveBundle();
        await active.StartAsync(CancellationToken.None);
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => active.ActivateAsync(Path.Combine(_root, "nothing-here")));
        Assert.Contains("No model bundle", error.Message);
        Assert.Equal("shipped", active.Manifest?.Name);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
