using FashionShowcase.Core.Training;
using FashionShowcase.Web.Services.Training;

namespace FashionShowcase.Tests.Unit;

public sealed class RunRequestMappingTests
{
    [Fact]
    public void A_gan_request_sets_every_hyperparameter_of_the_trainer()
    {
        var request = RunRequest.Defaults(TrainingKind.Gan, "tiny");
        (request.Epochs, request.BatchSize, request.LearningRate, request.DiscriminatorLearningRate, request.KernelSize, request.LatentSize, request.Seed, request.MaxSteps) =
            (3, 16, 1e-3, 5e-4, 6, 12, 42, 9);
        var options = BundleTrainingLauncher.GanOptions(request, images: 500, checkpointDirectory: "/tmp/x");
        Assert.Equal((3, 16, 1e-3, 5e-4, 6, 12), (options.Config.Epochs, options.Config.BatchSize, options.Config.LearningRateG, options.Config.LearningRateD, options.Config.KernelSize, options.Config.LatentSize));
        Assert.Equal((42L, 9L), (options.Seed, options.MaxSteps!.Value));
    }

    [Fact]
    public void A_recommender_request_seeds_the_shoppers_like_the_cli()
    {
        var request = RunRequest.Defaults(TrainingKind.Recommender, "tiny");
        request.Seed = 77;
        request.LatentSize = 10;
        var options = BundleTrainingLauncher.RecommenderOptionsOf(request);
        Assert.Equal((77L, 77L, 10), (options.Seed, options.Shoppers.Seed, options.EmbeddingSize));
    }

    [Fact]
    public void A_data_limit_below_one_hundred_images_is_refused()
    {
        var request = RunRequest.Defaults(TrainingKind.Gan, "tiny");
        request.DataLimit = 10;
        Assert.Contains(request.Problems(), p => p.Contains("Data limit must be between 100 and 60000"));
    }

    [Fact]
    public void A_recommender_request_with_a_step_limit_is_refused()
    {
        var request = RunRequest.Defaults(TrainingKind.Recommender, "tiny");
        request.MaxSteps = 5;
        Assert.Contains(request.Problems(), p => p.Contains("apply to the GAN and the classifier"));
    }
}
