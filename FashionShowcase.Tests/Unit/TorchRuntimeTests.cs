using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit;

[Collection(TorchCollection.Name)]
public sealed class TorchRuntimeTests(TorchWorkerFixture fixture)
{
    [Fact]
    public void A_tensor_operation_runs_on_this_machine()
    {
        // Proves the native library loads (on Debian 12 only after the build's GLIBCXX fix).
        var sum = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            var a = ones(3, 3);
            return a.matmul(a).sum().item<float>();
        });
        Assert.Equal(27f, sum);
    }

    [Fact]
    public async Task Work_runs_on_the_single_worker_thread()
    {
        var first = await fixture.Worker.RunAsync(() => Environment.CurrentManagedThreadId);
        var second = await fixture.Worker.RunAsync(() => Environment.CurrentManagedThreadId, WorkPriority.Background);
        Assert.Equal(first, second);
        Assert.NotEqual(Environment.CurrentManagedThreadId, first);
    }

    [Fact]
    public async Task Interactive_work_overtakes_queued_background_work()
    {
        var order = new List<string>();
        var gate = new ManualResetEventSlim();
        var blocker = fixture.Worker.RunAsync(() => gate.Wait(), WorkPriority.Background);
        var background = fixture.Worker.RunAsync(() => { lock (order) order.Add("background"); }, WorkPriority.Background);
        var interactive = fixture.Worker.RunAsync(() => { lock (order) order.Add("interactive"); });
        gate.Set();
        await Task.WhenAll(blocker, background, interactive);
        Assert.Equal(["interactive", "background"], order);
    }

    [Fact]
    public async Task An_exception_in_work_reaches_the_caller_and_the_worker_survives()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            fixture.Worker.RunAsync<int>(() => throw new InvalidOperationException("boom")));
        Assert.Equal(2, await fixture.Worker.RunAsync(() => 1 + 1));
    }
}
