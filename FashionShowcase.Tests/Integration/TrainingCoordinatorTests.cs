using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FashionShowcase.Tests.Integration;

public sealed class TrainingCoordinatorTests
{
    private static async Task<RunSummary> UntilAsync(TrainingCoordinator coordinator, long runId, Func<RunSummary, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var run = coordinator.Find(runId)!;
            if (condition(run)) return run;
            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task A_second_launch_while_one_runs_is_queued_and_starts_after_it()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 2, HoldAfterStep = 1 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var first = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        var second = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Classifier, "tiny"));
        await factory.Launcher.Holding;

        Assert.Equal(RunState.Running, coordinator.Find(first.Id)!.State);
        Assert.Equal(RunState.Queued, coordinator.Find(second.Id)!.State);
        factory.Launcher.Release();
        await UntilAsync(coordinator, second.Id, r => r.IsOver);
        Assert.Equal(RunState.Finished, coordinator.Find(first.Id)!.State);
        Assert.Equal(RunState.Finished, coordinator.Find(second.Id)!.State);
    }

    [Fact]
    public async Task Cancelling_a_running_run_stops_it_as_cancelled()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 3, HoldAfterStep = 1 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        await factory.Launcher.Holding;

        Assert.True(await coordinator.CancelAsync(run.Id));
        var ended = await UntilAsync(coordinator, run.Id, r => r.IsOver);
        Assert.Equal(RunState.Cancelled, ended.State);
        Assert.False(ended.HasBundle);
    }

    [Fact]
    public async Task Cancelling_a_queued_run_means_it_never_starts()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 1, HoldAfterStep = 0 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var first = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        var second = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        await factory.Launcher.Holding;

        Assert.True(await coordinator.CancelAsync(second.Id));
        factory.Launcher.Release();
        await UntilAsync(coordinator, first.Id, r => r.IsOver);
        Assert.Equal(RunState.Cancelled, coordinator.Find(second.Id)!.State);
        Assert.Null(coordinator.Find(second.Id)!.StartedAt);
    }

    [Fact]
    public async Task An_invalid_request_is_refused_before_it_is_stored()
    {
        await using var factory = new ShowcaseFactory();
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var request = RunRequest.Defaults(TrainingKind.Gan, "tiny");
        request.KernelSize = 3;
        var error = await Assert.ThrowsAsync<ArgumentException>(() => coordinator.EnqueueAsync(request));
        Assert.Contains("Kernel size must be 2, 4, 6 or 8", error.Message);
        Assert.Empty(coordinator.List());
    }

    [Fact]
    public async Task A_finished_runs_bundle_can_be_activated_without_a_restart()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 1 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var bundle = factory.Services.GetRequiredService<ActiveBundle>();
        Assert.Equal(BundleState.Missing, bundle.State);
        var changed = 0;
        bundle.Changed += () => Interlocked.Increment(ref changed);
        var run = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        await UntilAsync(coordinator, run.Id, r => r.IsOver);

        await bundle.ActivateAsync(coordinator.BundleDirectoryOf(run.Id)!);
        Assert.Equal(BundleState.Ready, bundle.State);
        Assert.Equal("fake-Gan", bundle.Manifest?.Name);
        Assert.Equal(1, changed);
    }

    [Fact]
    public async Task The_app_as_shipped_trains_with_the_real_launcher()
    {
        // The production registration, without the test's fake launcher.
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            var state = Path.Combine(Path.GetTempPath(), "fs-web-" + Guid.NewGuid().ToString("N"));
            b.UseSetting("Paths:RunsDirectory", Path.Combine(state, "runs"));
            b.UseSetting("Paths:ModelsDirectory", Path.Combine(state, "models"));
            b.UseSetting("Torch:Threads", "1");
        });
        Assert.IsType<BundleTrainingLauncher>(factory.Services.GetRequiredService<ITrainingLauncher>());
    }
}
