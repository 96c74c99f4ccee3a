using FashionShowcase.Core.Design;
using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Tests;

/// <summary>Untrained tiny G and D and a tiny stand-in θuᵀΦ, built reproducibly on the worker (tests only).</summary>
public sealed class TinyDesignModels : IDisposable
{
    private TinyDesignModels(ConditionalGenerator generator, ConditionalDiscriminator discriminator, StandInPreferenceModel preference)
    {
        Generator = generator;
        Discriminator = discriminator;
        Preference = preference;
    }

    public ConditionalGenerator Generator { get; }

    public ConditionalDiscriminator Discriminator { get; }

    public StandInPreferenceModel Preference { get; }

    /// <summary>Call on the worker thread.</summary>
    public static TinyDesignModels Create(long seed = 7, int shoppers = 3)
    {
        manual_seed(seed);
        var config = GanConfig.Preset("tiny");
        var g = new ConditionalGenerator(config);
        var d = new ConditionalDiscriminator(config);
        g.eval();
        d.eval();
        var p = new StandInPreferenceModel(shoppers, width: 4, factors: 8, hiddenSize: 16, seed: seed);
        return new TinyDesignModels(g, d, p);
    }

    public void Dispose()
    {
        Generator.Dispose();
        Discriminator.Dispose();
        Preference.Dispose();
    }
}
