using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.SignalR;

namespace FashionShowcase.Web.Hubs;

/// <summary>Relays the coordinator's in-process events to the hub group of each run.</summary>
public sealed class TrainingHubBroadcaster(TrainingNotifier notifier, IHubContext<TrainingHub, ITrainingClient> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notifier.Subscribe(
            run => hub.Clients.Group(TrainingHub.GroupOf(run.Id)).RunState(run),
            progress => hub.Clients.Group(TrainingHub.GroupOf(progress.RunId)).Progress(progress));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
