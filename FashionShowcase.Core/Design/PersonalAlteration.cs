using System.Runtime.CompilerServices;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// Alters an existing item toward a shopper's taste (not in the official code; ours): invert the
/// item (z* with G(z*, c) ≈ X), then ascend θuᵀΦ(G(z,c)) − η·(D(G(z,c),c) − 1)² − λ‖G(z,c) − X‖²
/// from z*, so the result stays recognisably the same item. One worker item and one frame per step.
/// </summary>
public sealed class PersonalAlteration(
    TorchWorker worker,
    ConditionalGenerator generator,
    ConditionalDiscriminator discriminator,
    IPreferenceModel preference)
{
    public TorchWorker Worker { get; } = worker;

    public IPreferenceModel Preference { get; } = preference;

    public ItemInverter Inverter { get; } = new(worker, generator);

    /// <summary>Inverts the item, then streams the trajectory (see the other overload).</summary>
    /// <param name="pixels">The item: 784 grey bytes, catalog style (an upload goes through UploadDecoder first).</param>
    public IAsyncEnumerable<AlterationFrame> AlterAsync(
        int shopper,
        byte[] pixels,
        FashionClass itemClass,
        AlterationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != DataSplit.PixelsPerImage)
            throw new ArgumentException($"An item must be 28×28 = 784 grey pixels, got {pixels.Length}.", nameof(pixels));
        if (!Enum.IsDefined(itemClass))
            throw new ArgumentOutOfRangeException(nameof(itemClass), itemClass, "Unknown Fashion-MNIST class.");
        options = (options ?? new AlterationOptions()).Validated();
        RequireShopper(shopper);
        return InvertThenStream(shopper, pixels, itemClass, options, cancellationToken);
    }

    private async IAsyncEnumerable<AlterationFrame> InvertThenStream(
        int shopper,
        byte[] pixels,
        FashionClass itemClass,
        AlterationOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inversion = await Inverter.InvertAsync(pixels, itemClass, options.Inversion, cancellationToken);
        await foreach (var frame in Stream(shopper, inversion, options, cancellationToken))
            yield return frame;
    }

    /// <summary>
    /// Streams T + 1 frames from the reconstruction G(z*, c) (step 0) to the altered item (final,
    /// with a difference map). Cancelling stops within one step with OperationCanceledException.
    /// </summary>
    public IAsyncEnumerable<AlterationFrame> AlterAsync(
        int shopper,
        ItemInversion inversion,
        AlterationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inversion);
        options = (options ?? new AlterationOptions()).Validated();
        RequireShopper(shopper);
        if (inversion.Latent.Length != generator.Config.LatentSize)
            throw new ArgumentException($"The inversion has a latent of {inversion.Latent.Length} numbers; this generator takes {generator.Config.LatentSize}.", nameof(inversion));
        return Stream(shopper, inversion, options, cancellationToken);
    }

    private void RequireShopper(int shopper)
    {
        if (shopper < 0 || shopper >= Preference.ShopperCount)
            throw new ArgumentOutOfRangeException(nameof(shopper), shopper, $"Shopper must be in 0..{Preference.ShopperCount - 1}.");
    }

    private async IAsyncEnumerable<AlterationFrame> Stream(
        int shopper,
        ItemInversion inversion,
        AlterationOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        LatentSearch? search = null;
        Tensor? target = null;
        try
        {
            LatentStepValues values;
            (search, target, values) = await Worker.RunAsync(() =>
            {
                using var scope = NewDisposeScope();
                var x = ImageCodec.ToImageTensor(inversion.OriginalPixels, Worker.Device).DetachFromDisposeScope();
                var lambda = options.Proximity;
                // The proximity term enters as the search's extra term: −λ‖G(z,c) − X‖² per image.
                var s = new LatentSearch(generator, discriminator, Preference, shopper,
                    tensor(inversion.Latent, [1, inversion.Latent.Length], device: Worker.Device),
                    [(long)inversion.Class], options.Eta, options.LearningRate,
                    images => images.sub(x).square().sum([1, 2, 3]).mul(-lambda));
                try
                {
                    return (s, x, s.Step(update: options.Steps > 0));
                }
                catch
                {
                    s.Dispose();
                    x.Dispose();
                    throw;
                }
            }, WorkPriority.Interactive, cancellationToken);
            yield return ToFrame(0, options.Steps, inversion, values);

            for (int step = 1; step <= options.Steps; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var update = step < options.Steps;
                var current = search;
                values = await Worker.RunAsync(() => current.Step(update), WorkPriority.Interactive, cancellationToken);
                yield return ToFrame(step, options.Steps, inversion, values);
            }
        }
        finally
        {
            if (search is not null || target is not null)
            {
                var (s, x) = (search, target);
                await Worker.RunAsync(() =>
                {
                    s?.Dispose();
                    x?.Dispose();
                }, WorkPriority.Interactive, CancellationToken.None);
            }
        }
    }

    private static AlterationFrame ToFrame(int step, int totalSteps, ItemInversion inversion, LatentStepValues v)
    {
        var pixels = v.Pixels[0];
        var isFinal = step == totalSteps;
        return new AlterationFrame(step, totalSteps, isFinal, ImageCodec.EncodeGrey(pixels, 28, 28), pixels,
            v.Score[0], v.RealnessTerm[0], -v.Extra[0], v.Objective[0],
            ItemInverter.MeanSquaredError(inversion.OriginalPixels, pixels),
            Ssim.Compute28(inversion.OriginalPixels, pixels),
            inversion,
            isFinal ? DifferenceMap.Png(inversion.OriginalPixels, pixels) : null);
    }
}
