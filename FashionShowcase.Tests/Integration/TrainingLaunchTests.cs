using System.Threading.Channels;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FashionShowcase.Tests.Integration;

/// <summary>Runs through the app's real launcher: Core's trainers on a few hundred real training images.</summary>
public sealed class TrainingLaunchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    private static RunRequest Tiny(TrainingKind kind)
    {
        var request = RunRequest.Defaults(kind, "tiny");
        request.DataLimit = 256;
        request.MaxSteps = 6;
        return request;
    }

    [Fact]
    public async Task A_tiny_gan_run_started_by_an_admin_streams_progress_and_a_sample_grid_and_its_bundle_activates()
    {
        await using var factory = new ShowcaseFactory { RealTrainers = true };
        TinyBundle.CopyTo(factory.ShippedBundleDirectory);
        await using var client = factory.CreateHubConnection(await AdminLogin.CookieHeaderAsync(factory));
        var progress = Channel.CreateUnbounded<RunProgress>();
        var states = Channel.CreateUnbounded<RunSummary>();
        client.On<RunProgress>("Progress", p => progress.Writer.TryWrite(p));
        client.On<RunSummary>("RunState", s => states.Writer.TryWrite(s));
        client.On<RunSnapshot>("Snapshot", s =>
        {
            // Whatever happened before joining arrives in the snapshot.
            foreach (var p in s.History) progress.Writer.TryWrite(p);
            if (s.LatestSampleGridPng is { } grid) progress.Writer.TryWrite(s.History.Last() with { SampleGridPng = grid });
            states.Writer.TryWrite(s.Run);
        });
        await client.StartAsync();

        var runId = await client.InvokeAsync<long>("StartRun", Tiny(TrainingKind.Gan));
        await client.InvokeAsync("JoinRun", runId);
        RunSummary final;
        do final = await states.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        while (!final.IsOver);

        Assert.True(final.State == RunState.Finished, $"The run ended {final.State}: {final.Error}");
        Assert.True(final.HasBundle);
        var received = new List<RunProgress>();
        while (progress.Reader.TryRead(out var p)) received.Add(p);
        Assert.Contains(received, p => p.Step > 0 && p.Metrics.ContainsKey("loss_d"));
        Assert.Contains(received, p => p.SampleGridPng is { Length: > 8 } png && png.AsSpan(0, 4).SequenceEqual(PngSignature));

        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var active = factory.Services.GetRequiredService<ActiveBundle>();
        var runDirectory = coordinator.BundleDirectoryOf(runId)!;
        await active.ActivateAsync(runDirectory);
        using var lease = active.Acquire()!;
        Assert.Equal(Path.GetFullPath(runDirectory), lease.Bundle.Directory);
        Assert.NotNull(lease.Bundle.Generator);
        Assert.Equal(6, lease.Bundle.Manifest.GanTraining!.Steps);
    }

    [Fact]
    public async Task A_classifier_run_makes_a_complete_bundle_that_keeps_the_active_gan_and_recommender()
    {
        await using var factory = new ShowcaseFactory { RealTrainers = true };
        TinyBundle.CopyTo(factory.ShippedBundleDirectory);
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(Tiny(TrainingKind.Classifier));
        while (!coordinator.Find(run.Id)!.IsOver) await Task.Delay(50).WaitAsync(Patience);
        var over = coordinator.Find(run.Id)!;
        Assert.True(over.State == RunState.Finished, $"The run ended {over.State}: {over.Error}");

        var active = factory.Services.GetRequiredService<ActiveBundle>();
        await active.ActivateAsync(coordinator.BundleDirectoryOf(run.Id)!);
        using var lease = active.Acquire()!;
        Assert.NotNull(lease.Bundle.Classifier);
        Assert.NotNull(lease.Bundle.Generator);
        Assert.NotNull(lease.Bundle.Recommender);
        Assert.Equal("tests: untrained", lease.Bundle.Manifest.GanTraining!.Command);
    }

    [Fact]
    public async Task A_run_without_the_training_data_fails_with_a_message_naming_the_missing_split()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "fs-no-data-" + Guid.NewGuid().ToString("N"));
        await using var factory = new ShowcaseFactory
        {
            RealTrainers = true,
            ConfigureTestServices = services =>
            {
                services.RemoveAll<DataSetOptions>();
                services.AddSingleton(new DataSetOptions
                {
                    Directory = nowhere, ShippedDirectory = nowhere, CacheDirectory = nowhere, SystemDirectory = nowhere, DownloadBaseUrl = null,
                });
            },
        };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(Tiny(TrainingKind.Gan));
        while (!coordinator.Find(run.Id)!.IsOver) await Task.Delay(50).WaitAsync(Patience);

        var over = coordinator.Find(run.Id)!;
        Assert.Equal(RunState.Failed, over.State);
        Assert.Contains("the Fashion-MNIST train split was not found", over.Error);
    }
}
