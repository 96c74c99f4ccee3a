using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Web.Services.Training;

/// <summary>A run's identity and state, as clients see it.</summary>
public sealed record RunSummary(
    long Id,
    TrainingKind Kind,
    RunState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    IReadOnlyDictionary<string, double> FinalMetrics,
    bool HasBundle,
    RunRequest? Request)
{
    public bool IsOver => State is RunState.Finished or RunState.Failed or RunState.Cancelled or RunState.Interrupted;
}

/// <summary>One progress event of a run. <see cref="Sequence"/> grows by one per event, so a client can drop what its snapshot already holds.</summary>
public sealed record RunProgress(
    long RunId,
    long Sequence,
    long Step,
    long TotalSteps,
    int Epoch,
    int TotalEpochs,
    IReadOnlyDictionary<string, double> Metrics,
    double ItemsPerSecond,
    TimeSpan Elapsed,
    TimeSpan? Eta,
    string? Message,
    byte[]? SampleGridPng)
{
    public double Fraction => TotalSteps == 0 ? 0 : (double)Step / TotalSteps;
}

/// <summary>Everything a late joiner needs: the state, recent history (without images) and the latest sample grid.</summary>
public sealed record RunSnapshot(RunSummary Run, IReadOnlyList<RunProgress> History, byte[]? LatestSampleGridPng);
