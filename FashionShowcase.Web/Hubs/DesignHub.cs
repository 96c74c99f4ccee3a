using System.Runtime.CompilerServices;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Web.Configuration;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Design;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Hubs;

/// <summary>
/// /hubs/design: design streaming for non-Blazor clients (scripts, other front ends, the load test).
/// A hub of its own rather than a method on the training hub: its audience is every visitor, not run
/// watchers; it needs its own admission (<see cref="DesignStreamLimiter"/>) and pushes nothing, it only streams.
/// </summary>
public sealed class DesignHub(ActiveBundle bundles, TorchWorker worker, DesignStreamLimiter limiter, IOptions<DesignStreamOptions> options, ILogger<DesignHub> logger) : Hub
{
    public const string Path = "/hubs/design";

    /// <summary>The largest legitimate inbound message (a stream invocation) is well under 1 KB.</summary>
    public const long MaximumReceiveMessageSize = 4 * 1024;

    /// <summary>
    /// Streams the frames of one preference-maximisation search: <paramref name="shopper"/> is a shopper
    /// number or a persona (id or name), <paramref name="category"/> a class or a group ("Sneaker", "Shoes").
    /// The same inputs and seed give the same frames. Closing the stream stops the search within one step.
    /// </summary>
    public async IAsyncEnumerable<DesignFrameMessage> StreamDesign(string shopper, string category, long seed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (permit, refusal) = limiter.TryAcquire(Context.ConnectionId);
        if (permit is null)
        {
            logger.LogInformation("Design stream refused for connection {ConnectionId}: {Refusal}", Context.ConnectionId, refusal);
            throw new HubException(refusal);
        }
        using var _ = permit;
        using var lease = bundles.Acquire() ?? throw new HubException(bundles.Problem ?? "No model bundle is loaded yet; try again shortly.");
        var bundle = lease.Bundle;
        if (bundle.Generator is null || bundle.Discriminator is null)
            throw new HubException("The active model bundle has no GAN, so nothing can be designed.");
        if (bundle.Recommender is null)
            throw new HubException("The active model bundle has no recommender, so there is no shopper taste to design for.");
        var (shopperIndex, classes) = Resolve(bundle.Recommender.Shoppers.Population, shopper, category);

        var design = options.Value;
        var maximizer = new PreferenceMaximizer(worker, bundle.Generator, bundle.Discriminator, bundle.Recommender.Preference);
        var search = maximizer.DesignAsync(shopperIndex, classes, new DesignOptions { Seed = seed, Steps = design.Steps, Starts = design.Starts }, null, cancellationToken);
        await foreach (var frame in search.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return DesignFrameMessage.From(frame);
            if (frame.IsFinal) permit.Complete();
        }
    }

    private static (int Shopper, IReadOnlyList<FashionClass> Classes) Resolve(ShopperPopulation population, string? shopper, string? category)
    {
        if (string.IsNullOrWhiteSpace(shopper)) throw new HubException("Give a shopper: a shopper number or a persona.");
        if (string.IsNullOrWhiteSpace(category)) throw new HubException("Give a category: a class (e.g. Sneaker) or a group (Tops, Bottoms, Dresses, Shoes, Bags).");
        try
        {
            return (ShopperReference.Resolve(population, shopper.Trim()), Categories.Parse(category.Trim()));
        }
        catch (ArgumentException e)
        {
            // Core's messages name what is accepted; the parameter name means nothing to a client.
            throw new HubException(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", ""));
        }
    }
}
