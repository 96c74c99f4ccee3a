using FashionShowcase.Core.Models;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Tests.Unit;

public sealed class BundleTrainingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fs-parts-" + Guid.NewGuid().ToString("N"));

    private string Source()
    {
        var source = Path.Combine(_root, "source");
        Directory.CreateDirectory(source);
        foreach (var file in new[] { ModelStore.GeneratorFile, ModelStore.DiscriminatorFile, ModelStore.ClassifierFile })
            File.WriteAllText(Path.Combine(source, file), file);
        ModelStore.WriteManifest(source, new BundleManifest
        {
            Name = "source", Gan = GanConfig.Preset("tiny"), Classifier = ClassifierConfig.Preset("tiny"),
            Metrics = new() { ["gan_fid"] = 1.5 }, MetricsCommand = "fashion evaluate",
        });
        return source;
    }

    [Fact]
    public void Copying_the_other_parts_for_a_classifier_run_keeps_the_gan_and_leaves_the_classifier_out()
    {
        var target = Path.Combine(_root, "run");
        Assert.True(BundleTraining.CopyOtherParts(Source(), target, TrainingKind.Classifier));

        var manifest = ModelStore.ReadManifest(target);
        Assert.NotNull(manifest.Gan);
        Assert.Null(manifest.Classifier);
        Assert.Equal("run", manifest.Name);
        Assert.Equal(ModelStore.GeneratorFile, File.ReadAllText(Path.Combine(target, ModelStore.GeneratorFile)));
        Assert.False(File.Exists(Path.Combine(target, ModelStore.ClassifierFile)));
    }

    [Fact]
    public void Copied_parts_drop_the_evaluation_metrics_of_the_old_combination()
    {
        var target = Path.Combine(_root, "run");
        BundleTraining.CopyOtherParts(Source(), target, TrainingKind.Gan);
        var manifest = ModelStore.ReadManifest(target);
        Assert.Empty(manifest.Metrics);
        Assert.Null(manifest.MetricsCommand);
    }

    [Fact]
    public void A_source_bundle_missing_a_listed_weight_file_is_refused_with_its_name()
    {
        var source = Source();
        File.Delete(Path.Combine(source, ModelStore.GeneratorFile));
        var error = Assert.Throws<FileNotFoundException>(() => BundleTraining.CopyOtherParts(source, Path.Combine(_root, "run"), TrainingKind.Classifier));
        Assert.Contains(ModelStore.GeneratorFile, error.Message);
    }

    [Fact]
    public void Without_a_source_bundle_nothing_is_copied()
    {
        Assert.False(BundleTraining.CopyOtherParts(Path.Combine(_root, "none"), Path.Combine(_root, "run"), TrainingKind.Gan));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
