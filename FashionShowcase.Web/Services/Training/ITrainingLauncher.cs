using FashionShowcase.Core.Training;

namespace FashionShowcase.Web.Services.Training;

/// <summary>
/// Runs one training to the end, reporting through <paramref name="listener"/>, and writes its
/// model bundle (manifest.json last) into <paramref name="outputDirectory"/> so a finished run can be
/// activated. Must honour <paramref name="cancellationToken"/> between steps (throw
/// <see cref="OperationCanceledException"/>). Tensor work goes through the torch worker.
/// </summary>
public interface ITrainingLauncher
{
    Task RunAsync(RunRequest request, ITrainingListener listener, string outputDirectory, CancellationToken cancellationToken);
}
