using FashionShowcase.Core.Models;
using FashionShowcase.Core.Training;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit;

[Collection(TorchCollection.Name)]
public sealed class ClassifierTrainerTests(TorchWorkerFixture fixture)
{
    [Fact]
    public async Task Training_on_real_items_beats_chance_on_those_items()
    {
        var data = TinyData.FirstItems(1000);
        var config = ClassifierConfig.Preset("tiny") with { Width = 8, Epochs = 4 };
        using var result = await new ClassifierTrainer(fixture.Worker).TrainAsync(data, new ClassifierTrainingOptions { Config = config, Seed = 1 });
        var accuracy = await fixture.Worker.RunAsync(() =>
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var x = tensor(data.ToSignedFloats(), [data.Count, 1, 28, 28]);
            var predicted = result.Classifier.forward(x).argmax(1).data<long>().ToArray();
            return predicted.Where((p, i) => p == data.Labels[i]).Count() / (double)data.Count;
        });
        Assert.True(accuracy > 0.5, $"accuracy {accuracy:0.00} should be far above chance (0.10)");
    }

    [Fact]
    public async Task Fewer_items_than_one_batch_is_refused_clearly()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new ClassifierTrainer(fixture.Worker).TrainAsync(
            TinyData.FirstItems(10), new ClassifierTrainingOptions { Config = ClassifierConfig.Preset("tiny") }));
        Assert.Contains("fewer than one batch", error.Message);
    }
}
