using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using FashionShowcase.Web.Services.Training;

namespace FashionShowcase.Tests.Integration;

/// <summary>
/// Stands in for a trainer in web tests: emits <see cref="Steps"/> progress events with GAN-style
/// metrics and a small PNG grid, optionally holds after <see cref="HoldAfterStep"/> until released
/// or cancelled, and writes an (empty) bundle manifest so the run can be activated.
/// Never registered by the app itself.
/// </summary>
public sealed class FakeTrainingLauncher : ITrainingLauncher
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Steps { get; init; } = 4;

    /// <summary>After this many steps (0 = before the first) the launcher waits for <see cref="Release"/>; null: never waits.</summary>
    public int? HoldAfterStep { get; init; }

    /// <summary>Completes when the launcher is holding.</summary>
    public Task Holding => _holding.Task;

    public void Release() => _release.TrySetResult();

    /// <summary>A 2×2 grid of catalog-like images: real PNG bytes, as a trainer would send.</summary>
    public static byte[] SampleGrid { get; } = ImageCodec.EncodeGrey(Enumerable.Range(0, 56 * 56).Select(i => (byte)(i % 251)).ToArray(), 56, 56);

    public async Task RunAsync(RunRequest request, ITrainingListener listener, string outputDirectory, CancellationToken cancellationToken)
    {
        for (int step = 1; step <= Steps; step++)
        {
            if (step - 1 == HoldAfterStep)
            {
                _holding.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var metrics = new Dictionary<string, double> { ["loss_d"] = 1.0 / step, ["loss_g"] = 0.5 + step, ["d_x"] = 0.8, ["d_g_z"] = 0.2 };
            listener.OnProgress(new TrainingProgress(request.Kind, step, Steps, 1, 1, metrics, 100,
                TimeSpan.FromSeconds(step), TimeSpan.FromSeconds(Steps - step), SampleGridPng: step % 2 == 0 ? SampleGrid : null,
                Message: $"step {step}"));
        }
        ModelStore.WriteManifest(outputDirectory, new BundleManifest { Name = $"fake-{request.Kind}" });
    }
}
