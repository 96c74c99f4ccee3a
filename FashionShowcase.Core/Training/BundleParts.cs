using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Core.Training;

/// <summary>Adds trained parts to a bundle directory: weights first, then the manifest (read-modify-write).</summary>
public static class BundleParts
{
    /// <summary>Saves G and D with their config and training record (worker thread).</summary>
    public static void SaveGan(string bundleDir, GanTrainingResult result, TrainingRecord record, DataSplit trainedOn)
    {
        ModelStore.SaveWeights(result.Generator, Path.Combine(bundleDir, ModelStore.GeneratorFile));
        ModelStore.SaveWeights(result.Discriminator, Path.Combine(bundleDir, ModelStore.DiscriminatorFile));
        var manifest = ModelStore.ReadManifestOrEmpty(bundleDir);
        ModelStore.WriteManifest(bundleDir, manifest with
        {
            Gan = result.Generator.Config,
            GanTraining = record,
            DataChecksums = WithChecksums(manifest.DataChecksums, trainedOn),
        });
    }

    /// <summary>Saves the classifier with its config and training record (worker thread).</summary>
    public static void SaveClassifier(string bundleDir, ClassifierTrainingResult result, TrainingRecord record, DataSplit trainedOn)
    {
        ModelStore.SaveWeights(result.Classifier, Path.Combine(bundleDir, ModelStore.ClassifierFile));
        var manifest = ModelStore.ReadManifestOrEmpty(bundleDir);
        ModelStore.WriteManifest(bundleDir, manifest with
        {
            Classifier = result.Classifier.Config,
            ClassifierTraining = record,
            DataChecksums = WithChecksums(manifest.DataChecksums, trainedOn),
        });
    }

    private static Dictionary<string, string> WithChecksums(Dictionary<string, string> existing, DataSplit split)
    {
        var files = SplitFiles.For(split.Kind);
        return new Dictionary<string, string>(existing)
        {
            [files.ImagesFile] = split.ImagesSha256,
            [files.LabelsFile] = split.LabelsSha256,
        };
    }
}
