using FashionShowcase.Web.Services.Training;

namespace FashionShowcase.Web.Hubs;

/// <summary>What the training hub sends to its clients (method names are the wire names).</summary>
public interface ITrainingClient
{
    /// <summary>Sent once to a client that joins a run: state, recent history, latest sample grid.</summary>
    Task Snapshot(RunSnapshot snapshot);

    /// <summary>A run's state changed (queued, running, finished, failed, cancelled, interrupted).</summary>
    Task RunState(RunSummary run);

    /// <summary>A progress event; <see cref="RunProgress.SampleGridPng"/> is set when the trainer made a new sample grid.</summary>
    Task Progress(RunProgress progress);
}
