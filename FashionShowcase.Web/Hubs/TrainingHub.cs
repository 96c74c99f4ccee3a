using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace FashionShowcase.Web.Hubs;

/// <summary>
/// /hubs/training: anyone may watch a run (join its group); only admins may start or cancel runs.
/// Events are pushed by <see cref="TrainingHubBroadcaster"/>, not from here.
/// </summary>
public sealed class TrainingHub(TrainingCoordinator coordinator, ILogger<TrainingHub> logger) : Hub<ITrainingClient>
{
    public const string Path = "/hubs/training";

    /// <summary>Inbound messages larger than this close the connection (the largest legitimate one, a run request, is well under 1 KB).</summary>
    public const long MaximumReceiveMessageSize = 32 * 1024;

    public static string GroupOf(long runId) => $"run-{runId}";

    /// <summary>Watches a run: adds the caller to its group, then sends the current state and recent history.</summary>
    public async Task JoinRun(long runId)
    {
        // Join before reading the snapshot: an event in between arrives twice rather than not at all;
        // clients drop progress whose Sequence their snapshot already holds.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(runId));
        var snapshot = coordinator.Snapshot(runId);
        if (snapshot is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(runId));
            throw new HubException($"Run {runId} does not exist.");
        }
        await Clients.Caller.Snapshot(snapshot);
    }

    public Task LeaveRun(long runId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(runId));

    /// <summary>Queues a run (admins only); returns its id. An invalid request is refused with every problem named.</summary>
    [Authorize(Roles = AdminGate.Role)]
    public async Task<long> StartRun(RunRequest? request)
    {
        if (request is null) throw new HubException("A run request is required.");
        var problems = request.Problems();
        if (problems.Count > 0)
            throw new HubException("The training request is not valid: " + string.Join(" ", problems));
        var run = await coordinator.EnqueueAsync(request, Context.ConnectionAborted);
        logger.LogInformation("Run {RunId} queued through the hub by {User}", run.Id, Context.User?.Identity?.Name);
        return run.Id;
    }

    /// <summary>Cancels a queued or running run (admins only).</summary>
    [Authorize(Roles = AdminGate.Role)]
    public async Task CancelRun(long runId)
    {
        if (!await coordinator.CancelAsync(runId))
            throw new HubException($"Run {runId} is not queued or running.");
    }
}
