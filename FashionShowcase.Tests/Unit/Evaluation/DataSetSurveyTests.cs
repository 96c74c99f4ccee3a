using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Tests.Unit.Evaluation;

public sealed class DataSetSurveyTests
{
    [Fact]
    public void A_missing_train_split_is_reported_with_every_place_tried_instead_of_thrown()
    {
        var empty = Path.Combine(Path.GetTempPath(), "fs-survey-" + Guid.NewGuid());
        var reports = DataSetSurvey.Run(new DataSetOptions
        {
            Directory = empty, ShippedDirectory = RepoPaths.Data, CacheDirectory = empty, SystemDirectory = empty, DownloadBaseUrl = null,
        });
        var test = reports.Single(r => r.Kind == SplitKind.Test);
        var train = reports.Single(r => r.Kind == SplitKind.Train);
        Assert.True(test.Found);
        Assert.Equal(10_000, test.PerClass.Sum());
        Assert.False(train.Found);
        Assert.Equal(3, train.Attempts.Count); // configured directory, user cache, Debian package directory
        Assert.Contains("apt-get install dataset-fashion-mnist", train.Error);
    }
}
