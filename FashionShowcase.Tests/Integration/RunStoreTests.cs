using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Tests.Integration;

public sealed class RunStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fs-runstore-" + Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(_dir, "runs.db");

    private static TrainingProgress Progress(long step, double loss) =>
        new(TrainingKind.Gan, step, 10, 1, 1, new Dictionary<string, double> { ["loss_d"] = loss }, 50, TimeSpan.FromSeconds(step), null, Message: $"step {step}");

    [Fact]
    public void Runs_and_their_events_survive_reopening_the_file()
    {
        long id;
        {
            var store = new RunStore(DbPath);
            id = store.Create(TrainingKind.Gan, "{\"seed\":3}").Id;
            store.MarkRunning(id, "/tmp/run");
            store.AppendEvent(id, 1, Progress(1, 0.9));
            store.AppendEvent(id, 2, Progress(2, 0.7));
            store.MarkOver(id, RunState.Finished, null, new Dictionary<string, double> { ["loss_d"] = 0.7 });
        }

        var reopened = new RunStore(DbPath);
        var run = reopened.Get(id)!;
        Assert.Equal(RunState.Finished, run.State);
        Assert.Equal("{\"seed\":3}", run.RequestJson);
        Assert.Equal(0.7, run.FinalMetrics["loss_d"]);
        Assert.Equal([0.9, 0.7], reopened.RecentEvents(id).Select(e => e.Metrics["loss_d"]));
        Assert.Equal(0, reopened.InterruptedAtOpen);
    }

    [Fact]
    public void A_run_still_marked_running_when_the_store_opens_becomes_interrupted()
    {
        var store = new RunStore(DbPath);
        var running = store.Create(TrainingKind.Classifier, "{}").Id;
        store.MarkRunning(running, "/tmp/run");
        var queued = store.Create(TrainingKind.Classifier, "{}").Id;

        var reopened = new RunStore(DbPath);
        Assert.Equal(1, reopened.InterruptedAtOpen);
        Assert.Equal(RunState.Interrupted, reopened.Get(running)!.State);
        Assert.Contains("server stopped", reopened.Get(running)!.Error);
        Assert.Equal(RunState.Queued, reopened.Get(queued)!.State);
    }

    [Fact]
    public void Recent_events_are_the_last_ones_in_order()
    {
        var store = new RunStore(DbPath);
        var id = store.Create(TrainingKind.Gan, "{}").Id;
        for (int i = 1; i <= 10; i++) store.AppendEvent(id, i, Progress(i, i));
        Assert.Equal([8L, 9L, 10L], store.RecentEvents(id, 3).Select(e => e.Step));
    }

    [Fact]
    public void A_nan_loss_is_stored_and_read_back()
    {
        var store = new RunStore(DbPath);
        var id = store.Create(TrainingKind.Gan, "{}").Id;
        store.AppendEvent(id, 1, Progress(1, double.NaN));
        Assert.True(double.IsNaN(store.RecentEvents(id).Single().Metrics["loss_d"]));
    }

    [Fact]
    public void Updating_an_unknown_run_says_which_run_is_missing()
    {
        var store = new RunStore(DbPath);
        var error = Assert.Throws<KeyNotFoundException>(() => store.MarkRunning(99, "/tmp/x"));
        Assert.Contains("Run 99", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
