using System.Threading.Channels;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace FashionShowcase.Tests.Integration;

public sealed class TrainingHubTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_runs_progress_and_sample_grid_reach_a_watching_hub_client()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 4, HoldAfterStep = 0 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));

        await using var client = factory.CreateHubConnection();
        var progress = Channel.CreateUnbounded<RunProgress>();
        var states = Channel.CreateUnbounded<RunSummary>();
        client.On<RunProgress>("Progress", p => progress.Writer.TryWrite(p));
        client.On<RunSummary>("RunState", s => states.Writer.TryWrite(s));
        client.On<RunSnapshot>("Snapshot", _ => { });
        await client.StartAsync();
        await client.InvokeAsync("JoinRun", run.Id);
        await factory.Launcher.Holding;
        factory.Launcher.Release();

        var received = new List<RunProgress>();
        while (received.Count < 4)
            received.Add(await progress.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal([1L, 2L, 3L, 4L], received.Select(p => p.Step));
        Assert.Equal(0.25, received[3].Metrics["loss_d"], 6);
        Assert.Equal(FakeTrainingLauncher.SampleGrid, received[1].SampleGridPng);
        Assert.Null(received[0].SampleGridPng);
        RunSummary final;
        do final = await states.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        while (!final.IsOver);
        Assert.Equal(RunState.Finished, final.State);
        Assert.True(final.HasBundle);
    }

    [Fact]
    public async Task A_client_joining_a_running_run_first_receives_its_state_history_and_latest_grid()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 5, HoldAfterStep = 2 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        await factory.Launcher.Holding.WaitAsync(Patience);
        // The two events before the hold are stored by the coordinator's pump, off the launcher's thread.
        while (coordinator.Snapshot(run.Id)!.History.Count < 2) await Task.Delay(20);

        await using var client = factory.CreateHubConnection();
        var snapshots = Channel.CreateUnbounded<RunSnapshot>();
        client.On<RunSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await client.StartAsync();
        await client.InvokeAsync("JoinRun", run.Id);
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        factory.Launcher.Release();

        Assert.Equal(RunState.Running, snapshot.Run.State);
        Assert.Equal([1L, 2L], snapshot.History.Select(p => p.Step));
        Assert.Equal(FakeTrainingLauncher.SampleGrid, snapshot.LatestSampleGridPng);
    }

    [Fact]
    public async Task A_client_joining_after_the_run_ended_gets_the_stored_history_and_grid()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { Steps = 3 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Classifier, "tiny"));
        while (!coordinator.Find(run.Id)!.IsOver) await Task.Delay(20);

        await using var client = factory.CreateHubConnection();
        var snapshots = Channel.CreateUnbounded<RunSnapshot>();
        client.On<RunSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await client.StartAsync();
        await client.InvokeAsync("JoinRun", run.Id);
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(RunState.Finished, snapshot.Run.State);
        Assert.Equal(3, snapshot.History.Count);
        Assert.Equal(FakeTrainingLauncher.SampleGrid, snapshot.LatestSampleGridPng);
    }

    [Fact]
    public async Task Joining_an_unknown_run_is_refused_with_a_clear_message()
    {
        await using var factory = new ShowcaseFactory();
        await using var client = factory.CreateHubConnection();
        await client.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("JoinRun", 4242L));
        Assert.Contains("Run 4242 does not exist", error.Message);
    }

    [Fact]
    public async Task An_anonymous_client_cannot_start_a_run()
    {
        await using var factory = new ShowcaseFactory();
        await using var client = factory.CreateHubConnection();
        await client.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<long>("StartRun", RunRequest.Defaults(TrainingKind.Gan, "tiny")));
        Assert.Contains("unauthorized", error.Message);
        Assert.Empty(factory.Services.GetRequiredService<TrainingCoordinator>().List());
    }

    [Fact]
    public async Task An_anonymous_client_cannot_cancel_a_run()
    {
        await using var factory = new ShowcaseFactory { Launcher = new FakeTrainingLauncher { HoldAfterStep = 0 } };
        var coordinator = factory.Services.GetRequiredService<TrainingCoordinator>();
        var run = await coordinator.EnqueueAsync(RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        await factory.Launcher.Holding.WaitAsync(Patience);
        await using var client = factory.CreateHubConnection();
        await client.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("CancelRun", run.Id));
        Assert.Contains("unauthorized", error.Message);
        Assert.Equal(RunState.Running, coordinator.Find(run.Id)!.State);
        factory.Launcher.Release();
    }

    [Fact]
    public async Task A_logged_in_admin_can_start_a_run_through_the_hub()
    {
        await using var factory = new ShowcaseFactory();
        var cookie = await AdminLogin.CookieHeaderAsync(factory);
        await using var client = factory.CreateHubConnection(cookie);
        await client.StartAsync();
        var runId = await client.InvokeAsync<long>("StartRun", RunRequest.Defaults(TrainingKind.Gan, "tiny"));
        Assert.NotNull(factory.Services.GetRequiredService<TrainingCoordinator>().Find(runId));
    }

    [Fact]
    public async Task An_invalid_run_request_through_the_hub_is_refused_with_its_problems()
    {
        await using var factory = new ShowcaseFactory();
        await using var client = factory.CreateHubConnection(await AdminLogin.CookieHeaderAsync(factory));
        await client.StartAsync();
        var request = RunRequest.Defaults(TrainingKind.Gan, "tiny");
        request.Epochs = 0;
        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<long>("StartRun", request));
        Assert.Contains("Epochs must be between 1 and 1000", error.Message);
    }

    [Fact]
    public async Task An_oversized_message_closes_that_connection_and_the_server_keeps_serving()
    {
        await using var factory = new ShowcaseFactory();
        await using var client = factory.CreateHubConnection();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        await client.StartAsync();

        var huge = new RunRequest { Preset = new string('x', 64 * 1024) };
        await Assert.ThrowsAnyAsync<Exception>(() => client.InvokeAsync<long>("StartRun", huge).WaitAsync(Patience));
        await closed.Task.WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Disconnected, client.State);

        await using var next = factory.CreateHubConnection();
        await next.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => next.InvokeAsync("JoinRun", 1L));
        Assert.Contains("does not exist", error.Message);
    }
}
