using System.Runtime.CompilerServices;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// New items for a shopper (DVBPR's preference maximisation): for shopper u and fine class c,
/// S parallel starts z ~ N(0, σ²) ascend θuᵀΦ(G(z,c)) − η·(D(G(z,c),c) − 1)² with Adam on z.
/// Every step is one interactive worker item (so a visitor's design goes ahead of training, and
/// several visitors interleave step by step) and one <see cref="DesignFrame"/>. The models are used
/// frozen and put in eval mode: give this class inference copies (a <see cref="ModelBundle"/>'s),
/// not models a trainer is updating.
/// </summary>
public sealed class PreferenceMaximizer(
    TorchWorker worker,
    ConditionalGenerator generator,
    ConditionalDiscriminator discriminator,
    IPreferenceModel preference)
{
    public TorchWorker Worker { get; } = worker;

    public IPreferenceModel Preference { get; } = preference;

    /// <summary>
    /// Streams T + 1 frames: step 0 (the starting points, after one forward pass, no gradient),
    /// steps 1..T, the last one final and ranked. Cancelling stops within one step: the
    /// enumeration throws <see cref="OperationCanceledException"/> and the search state is freed.
    /// </summary>
    /// <param name="shopper">Shopper index, 0..ShopperCount−1.</param>
    /// <param name="classes">One fine class, or a group's classes: start s is conditioned on classes[s mod k].</param>
    /// <param name="extraObjective">
    /// Optional term added to the objective: images [n,1,28,28] in [-1,1] → [n], differentiable,
    /// run on the worker thread (e.g. a differentiable oracle for evaluation).
    /// </param>
    public IAsyncEnumerable<DesignFrame> DesignAsync(
        int shopper,
        IReadOnlyList<FashionClass> classes,
        DesignOptions? options = null,
        Func<Tensor, Tensor>? extraObjective = null,
        CancellationToken cancellationToken = default)
    {
        options = (options ?? new DesignOptions()).Validated();
        var starts = StartClasses(classes, options.Starts);
        if (shopper < 0 || shopper >= Preference.ShopperCount)
            throw new ArgumentOutOfRangeException(nameof(shopper), shopper, $"Shopper must be in 0..{Preference.ShopperCount - 1}.");
        return Stream(shopper, starts, options, extraObjective, cancellationToken);
    }

    /// <summary>The fine class of each start: the requested classes spread round-robin over the starts.</summary>
    public static FashionClass[] StartClasses(IReadOnlyList<FashionClass> classes, int starts)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 0)
            throw new ArgumentException("Give at least one category to design in.", nameof(classes));
        foreach (var c in classes)
            if (!Enum.IsDefined(c))
                throw new ArgumentOutOfRangeException(nameof(classes), c, "Unknown Fashion-MNIST class.");
        return Enumerable.Range(0, starts).Select(s => classes[s % classes.Count]).ToArray();
    }

    private async IAsyncEnumerable<DesignFrame> Stream(
        int shopper,
        FashionClass[] starts,
        DesignOptions options,
        Func<Tensor, Tensor>? extraObjective,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        LatentSearch? search = null;
        try
        {
            LatentStepValues values;
            (search, values) = await Worker.RunAsync(() =>
            {
                var s = CreateSearch(shopper, starts, options, extraObjective);
                try
                {
                    // The first frame only needs a forward pass: a page shows tiles before any gradient is taken.
                    return (s, s.Step(update: false));
                }
                catch
                {
                    s.Dispose();
                    throw;
                }
            }, WorkPriority.Interactive, cancellationToken);
            yield return ToFrame(0, options.Steps, starts, values);

            for (int step = 1; step <= options.Steps; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var update = step < options.Steps;
                var current = search;
                var first = step == 1;
                values = await Worker.RunAsync(() =>
                {
                    if (first) current.Step(update: true); // z0 → z1 (its values are frame 0's, already sent)
                    return current.Step(update);
                }, WorkPriority.Interactive, cancellationToken);
                yield return ToFrame(step, options.Steps, starts, values);
            }
        }
        finally
        {
            if (search is not null)
            {
                var done = search;
                await Worker.RunAsync(done.Dispose, WorkPriority.Interactive, CancellationToken.None);
            }
        }
    }

    private LatentSearch CreateSearch(int shopper, FashionClass[] starts, DesignOptions options, Func<Tensor, Tensor>? extraObjective)
    {
        using var scope = NewDisposeScope();
        // A generator per request, not the global seed: concurrent requests do not disturb each other.
        using var rng = new TorchSharp.torch.Generator(unchecked((ulong)options.Seed), CPU);
        var z = randn([starts.Length, generator.Config.LatentSize], generator: rng).mul(options.Sigma).to(Worker.Device);
        return new LatentSearch(generator, discriminator, Preference, shopper, z,
            starts.Select(c => (long)c).ToArray(), options.Eta, options.LearningRate, extraObjective);
    }

    private static DesignFrame ToFrame(int step, int totalSteps, FashionClass[] starts, LatentStepValues v)
    {
        var isFinal = step == totalSteps;
        var ranks = isFinal ? RanksOf(v.Objective) : null;
        var tiles = new DesignTile[starts.Length];
        for (int s = 0; s < starts.Length; s++)
            tiles[s] = new DesignTile(s, starts[s], ImageCodec.EncodeGrey(v.Pixels[s], 28, 28), v.Pixels[s],
                v.Score[s], v.RealnessTerm[s], v.Extra[s], v.Objective[s], ranks?[s]);
        return new DesignFrame(step, totalSteps, isFinal, tiles);
    }

    /// <summary>Rank 1 = highest objective; ties keep the lower start first.</summary>
    internal static int[] RanksOf(double[] objective)
    {
        var order = Enumerable.Range(0, objective.Length).OrderByDescending(i => objective[i]).ThenBy(i => i).ToArray();
        var ranks = new int[objective.Length];
        for (int r = 0; r < order.Length; r++) ranks[order[r]] = r + 1;
        return ranks;
    }
}
