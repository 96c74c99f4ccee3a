using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class ClassifierAccuracyTests(TorchWorkerFixture fixture)
{
    [Fact]
    public void A_classifier_that_always_says_trouser_is_right_exactly_for_the_trousers()
    {
        var split = CatalogParts.TestSplit;
        var trousers = split.Labels.Count(l => l == (byte)FashionClass.Trouser);
        var result = fixture.Worker.Run(() =>
        {
            using var c = new ConstantClassifier(FashionClass.Trouser);
            return ClassifierAccuracy.Measure(c, split, batchSize: 1500);
        });
        Assert.Equal((double)trousers / split.Count, result.Overall, 1e-12);
        Assert.Equal(1.0, result.For(FashionClass.Trouser));
        Assert.Equal(0.0, result.For(FashionClass.Bag));
        Assert.Equal(split.Count, result.Count);
    }
}
