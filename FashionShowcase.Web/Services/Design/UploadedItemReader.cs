using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Web.Services.Design;

/// <summary>An upload ready to alter, with the class the classifier guessed (null when the visitor chose it or no classifier is loaded).</summary>
public sealed record UploadedItem(AlterationSubject Subject, ClassPrediction? Prediction);

/// <summary>
/// Turns an uploaded file into an item to alter: Core's safe decoder (limits, formats, catalog style),
/// then the class the visitor chose or the active bundle's classifier predicts.
/// Bad files throw <see cref="InvalidUploadException"/> whose message is meant for the visitor.
/// </summary>
public sealed class UploadedItemReader(TorchWorker worker, ActiveBundle bundle)
{
    private readonly UploadDecoder _decoder = new();

    /// <summary>Largest file accepted (read at most this many bytes from the browser).</summary>
    public long MaxBytes => _decoder.Options.MaxBytes;

    public async Task<UploadedItem> ReadAsync(byte[] content, string fileName, FashionClass? chosen, CancellationToken cancellationToken = default)
    {
        var image = _decoder.Decode(content, fileName);
        if (chosen is { } c) return new UploadedItem(new AlterationSubject("your upload", null, image.Pixels, image.Png, c), null);

        using var lease = bundle.Acquire();
        if (lease?.Bundle.Classifier is not { } classifier)
            throw new InvalidOperationException("The active model bundle has no classifier to guess the category: choose the category yourself.");
        var prediction = (await worker.RunAsync(() => ClassPrediction.Predict(classifier, [image.Pixels], worker.Device), WorkPriority.Interactive, cancellationToken))[0];
        return new UploadedItem(new AlterationSubject("your upload", null, image.Pixels, image.Png, prediction.Class), prediction);
    }
}
