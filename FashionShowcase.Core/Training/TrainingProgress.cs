namespace FashionShowcase.Core.Training;

/// <summary>What is being trained.</summary>
public enum TrainingKind
{
    Gan,
    Classifier,
    Recommender,
}

/// <summary>
/// One progress event, emitted by every trainer every N steps. Immutable data: the CLI draws a
/// progress bar from it, the web app relays it over SignalR. Metrics hold whatever the trainer
/// measures (GAN: loss_d, loss_g, d_x, d_g_z; classifier: loss, accuracy; recommender: loss, auc).
/// </summary>
public sealed record TrainingProgress(
    TrainingKind Kind,
    long Step,
    long TotalSteps,
    int Epoch,
    int TotalEpochs,
    IReadOnlyDictionary<string, double> Metrics,
    double ItemsPerSecond,
    TimeSpan Elapsed,
    TimeSpan? Eta,
    byte[]? SampleGridPng = null,
    string? Message = null)
{
    public double Fraction => TotalSteps == 0 ? 0 : (double)Step / TotalSteps;
}

/// <summary>Receives trainer events. Reporting is separate from the loop: the loop raises events, listeners render them.</summary>
public interface ITrainingListener
{
    void OnProgress(TrainingProgress progress);
}

/// <summary>Adapts a delegate to <see cref="ITrainingListener"/>.</summary>
public sealed class DelegateTrainingListener(Action<TrainingProgress> onProgress) : ITrainingListener
{
    public void OnProgress(TrainingProgress progress) => onProgress(progress);
}

/// <summary>Training stopped because a loss became NaN or infinite; the last good checkpoint is untouched.</summary>
public sealed class NonFiniteLossException(string lossName, long step, double value)
    : Exception($"Training stopped at step {step}: {lossName} became {value}. The last checkpoint was kept; lower the learning rate or resume from it.")
{
    public string LossName { get; } = lossName;

    public long Step { get; } = step;
}
