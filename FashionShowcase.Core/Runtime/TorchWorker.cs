using TorchSharp;

namespace FashionShowcase.Core.Runtime;

/// <summary>
/// The one thread that owns every tensor. TorchSharp's dispose scopes are thread-static, so a scope
/// held across an await could dispose another request's tensors; instead all tensor work is queued
/// here and callers await the result. Interactive items are taken before background items, and
/// long jobs (training) submit one step per item so visitors never wait behind a whole epoch.
/// </summary>
public sealed class TorchWorker : IDisposable
{
    private readonly Queue<Action> _interactive = new();
    private readonly Queue<Action> _background = new();
    private readonly object _gate = new();
    private readonly Thread _thread;
    private bool _stopping;

    public TorchWorker(TorchRuntimeOptions? options = null)
    {
        Options = options ?? new TorchRuntimeOptions();
        Options.Validate();
        OpenMpWaitPolicy.Apply(); // before libtorch loads: spinning OpenMP threads starve each other on small machines
        var ready = new TaskCompletionSource<torch.Device>();
        _thread = new Thread(() => Loop(ready)) { IsBackground = true, Name = "torch-worker" };
        _thread.Start();
        Device = ready.Task.GetAwaiter().GetResult();
    }

    public TorchRuntimeOptions Options { get; }

    /// <summary>The device chosen at start: CUDA when available (and allowed), else CPU.</summary>
    public torch.Device Device { get; }

    public bool IsCuda => Device.type == DeviceType.CUDA;

    public int Threads { get; private set; }

    /// <summary>True when the caller is the worker thread (for guards in Core code).</summary>
    public bool IsWorkerThread => Thread.CurrentThread == _thread;

    public Task<T> RunAsync<T>(Func<T> work, WorkPriority priority = WorkPriority.Interactive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (IsWorkerThread)
            return Task.FromResult(work()); // re-entrant call from worker code: run inline.
        var tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (cancellationToken.IsCancellationRequested)
        {
            tcs.SetCanceled(cancellationToken);
            return tcs.Task;
        }
        Enqueue(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                tcs.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                tcs.TrySetResult(work());
            }
            catch (OperationCanceledException e)
            {
                tcs.TrySetCanceled(e.CancellationToken);
            }
            catch (Exception e)
            {
                tcs.TrySetException(e);
            }
        }, priority);
        return tcs.Task;
    }

    public Task RunAsync(Action work, WorkPriority priority = WorkPriority.Interactive, CancellationToken cancellationToken = default) =>
        RunAsync(() => { work(); return true; }, priority, cancellationToken);

    /// <summary>Runs work synchronously on the worker (for the CLI and tests).</summary>
    public T Run<T>(Func<T> work, WorkPriority priority = WorkPriority.Interactive) =>
        RunAsync(work, priority).GetAwaiter().GetResult();

    private void Enqueue(Action item, WorkPriority priority)
    {
        lock (_gate)
        {
            if (_stopping) throw new ObjectDisposedException(nameof(TorchWorker));
            (priority == WorkPriority.Interactive ? _interactive : _background).Enqueue(item);
            Monitor.Pulse(_gate);
        }
    }

    private void Loop(TaskCompletionSource<torch.Device> ready)
    {
        try
        {
            Threads = Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount;
            torch.set_num_threads(Threads);
            var cuda = Options.Device != "cpu" && torch.cuda.is_available();
            if (Options.Device == "cuda" && !cuda)
                throw new InvalidOperationException("Device 'cuda' was requested but CUDA is not available.");
            ready.SetResult(cuda ? torch.CUDA : torch.CPU);
        }
        catch (Exception e)
        {
            ready.SetException(e);
            return;
        }

        while (true)
        {
            Action item;
            lock (_gate)
            {
                while (_interactive.Count == 0 && _background.Count == 0 && !_stopping)
                    Monitor.Wait(_gate);
                if (_interactive.Count > 0) item = _interactive.Dequeue();
                else if (_background.Count > 0) item = _background.Dequeue();
                else return;
            }
            item();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        if (!IsWorkerThread) _thread.Join(TimeSpan.FromSeconds(10));
    }
}
