using FashionShowcase.Core.Design;
using FashionShowcase.Core.Models;

namespace FashionShowcase.Tests.Unit.Design;

[Collection(TorchCollection.Name)]
public sealed class ClassPredictionTests(TorchWorkerFixture fixture)
{
    [Fact]
    public void Each_item_gets_one_class_with_a_probability_that_is_the_highest_of_ten()
    {
        var predictions = fixture.Worker.Run(() =>
        {
            using var classifier = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            return ClassPrediction.Predict(classifier, [new byte[784], Enumerable.Repeat((byte)200, 784).ToArray(), new byte[784]]);
        });
        Assert.Equal(3, predictions.Length);
        Assert.All(predictions, p => Assert.InRange(p.Confidence, 0.1, 1.0));
        Assert.Equal(predictions[0], predictions[2]);
    }

    [Fact]
    public void An_item_of_the_wrong_size_is_refused_with_a_clear_message()
    {
        var e = fixture.Worker.Run(() =>
        {
            using var classifier = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            return Assert.Throws<ArgumentException>(() => ClassPrediction.Predict(classifier, [new byte[10]]));
        });
        Assert.Contains("a 28×28 item has 784", e.Message);
    }
}
