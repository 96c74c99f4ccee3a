using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Cli.Verbs;

/// <summary>`fashion design` and `fashion alter`: one Core call each, frames written as PNGs plus a JSON summary.</summary>
public static class DesignVerbs
{
    public const string Usage = """
        fashion design --shopper ID|PERSONA --category CLASS|GROUP [--seed S] [--steps T] [--starts S] --out DIR [--bundle DIR]
        fashion alter  --shopper ID|PERSONA (--item ID | --image FILE [--class CLASS]) [--proximity L] [--steps T] [--seed S] --out DIR [--bundle DIR]
        """;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Design(string[] argv)
    {
        var args = new CliArgs(argv.Skip(1), []);
        var shopperText = args.Get("shopper") ?? throw new ArgumentException("--shopper is required.");
        var classes = Categories.Parse(args.Get("category") ?? throw new ArgumentException("--category is required."));
        var outDir = args.Get("out") ?? throw new ArgumentException("--out is required.");
        var options = new DesignOptions
        {
            Seed = args.GetLong("seed") ?? 1,
            Steps = args.GetInt("steps") ?? new DesignOptions().Steps,
            Starts = args.GetInt("starts") ?? new DesignOptions().Starts,
        }.Validated();
        using var session = CliModels.Open(args);
        args.RejectUnknown();
        var shoppers = session.Recommender.Shoppers;
        var shopper = ShopperReference.Resolve(shoppers.Population, shopperText);
        Directory.CreateDirectory(outDir);

        var maximizer = new PreferenceMaximizer(session.Worker, session.Bundle.Generator!, session.Bundle.Discriminator!, session.Recommender.Preference);
        DesignFrame? last = null;
        foreach (var frame in maximizer.DesignAsync(shopper, classes, options).ToBlockingEnumerable())
        {
            foreach (var tile in frame.Tiles)
                File.WriteAllBytes(Path.Combine(outDir, $"step{frame.Step:000}_start{tile.Start:00}.png"), tile.Png);
            Console.Error.Write($"\rstep {frame.Step}/{frame.TotalSteps} mean objective {frame.MeanObjective:0.000}   ");
            last = frame;
        }
        Console.Error.WriteLine();
        var summary = new
        {
            Shopper = shopper,
            Persona = shoppers.Population.PersonaOf(shopper).Id,
            Category = args.Get("category"),
            options.Seed, options.Steps, options.Starts,
            Designs = last!.Ranked.Select(t => new
            {
                t.Rank, t.Start, Class = Categories.DisplayName(t.Class), LearnedScore = t.Score, t.RealnessTerm, t.Objective,
                TrueScore = shoppers.Oracle.Score(shopper, t.Pixels, t.Class),
                TruePercentileInClass = shoppers.Oracle.Percentile(shopper, shoppers.Oracle.Score(shopper, t.Pixels, t.Class), t.Class),
            }),
        };
        File.WriteAllText(Path.Combine(outDir, "summary.json"), JsonSerializer.Serialize(summary, Json));
        // The final designs, best first, side by side: one picture to look at instead of hundreds of frames.
        File.WriteAllBytes(Path.Combine(outDir, "final.png"), ImageCodec.EncodeStrip(last.Ranked.Select(t => t.Pixels).ToArray(), scale: 2, gap: 2));
        Console.WriteLine(JsonSerializer.Serialize(summary, Json));
        return 0;
    }

    public static int Alter(string[] argv)
    {
        var args = new CliArgs(argv.Skip(1), []);
        var shopperText = args.Get("shopper") ?? throw new ArgumentException("--shopper is required.");
        var outDir = args.Get("out") ?? throw new ArgumentException("--out is required.");
        var itemId = args.GetInt("item");
        var imagePath = args.Get("image");
        if ((itemId is null) == (imagePath is null)) throw new ArgumentException("Give exactly one of --item ID or --image FILE.");
        var defaults = new AlterationOptions();
        var options = defaults with
        {
            Proximity = args.GetDouble("proximity") ?? defaults.Proximity,
            Steps = args.GetInt("steps") ?? defaults.Steps,
            Inversion = defaults.Inversion with { Seed = args.GetLong("seed") ?? defaults.Inversion.Seed },
        };
        var classText = args.Get("class");
        using var session = CliModels.Open(args);
        args.RejectUnknown();
        var shoppers = session.Recommender.Shoppers;
        var shopper = ShopperReference.Resolve(shoppers.Population, shopperText);

        byte[] pixels;
        FashionClass itemClass;
        if (itemId is { } id)
        {
            if (id < 0 || id >= session.Catalog.Count)
                throw new ArgumentException($"Catalog item {id} does not exist; items are numbered 0..{session.Catalog.Count - 1}.");
            pixels = session.Catalog.Image(id).ToArray();
            itemClass = session.Catalog.Label(id);
        }
        else
        {
            if (!File.Exists(imagePath)) throw new FileNotFoundException($"No file '{imagePath}'.", imagePath);
            var upload = new UploadDecoder().Decode(File.ReadAllBytes(imagePath!), imagePath);
            pixels = upload.Pixels;
            if (classText is not null)
            {
                itemClass = Categories.Parse(classText) is [var single] ? single : throw new ArgumentException("--class must name one fine class.");
            }
            else
            {
                var guess = session.Worker.Run(() => ClassPrediction.Predict(session.Bundle.Classifier!, [pixels], session.Worker.Device))[0];
                itemClass = guess.Class;
                Console.Error.WriteLine($"class predicted by the classifier: {Categories.DisplayName(guess.Class)} (confidence {guess.Confidence:P0})");
            }
        }

        Directory.CreateDirectory(outDir);
        File.WriteAllBytes(Path.Combine(outDir, "original.png"), ImageCodec.EncodeGrey(pixels, 28, 28));
        var alteration = new PersonalAlteration(session.Worker, session.Bundle.Generator!, session.Bundle.Discriminator!, session.Recommender.Preference);
        AlterationFrame? last = null;
        foreach (var frame in alteration.AlterAsync(shopper, pixels, itemClass, options).ToBlockingEnumerable())
        {
            File.WriteAllBytes(Path.Combine(outDir, $"step{frame.Step:000}.png"), frame.Png);
            last = frame;
        }
        File.WriteAllBytes(Path.Combine(outDir, "reconstruction.png"), last!.Inversion.ReconstructionPng);
        if (last.DifferencePng is { } diff) File.WriteAllBytes(Path.Combine(outDir, "difference.png"), diff);
        // original | reconstruction | altered | difference, enlarged 4×: the picture to show someone.
        File.WriteAllBytes(Path.Combine(outDir, "strip.png"), ImageCodec.EncodeStrip(
            [pixels, last.Inversion.ReconstructionPixels, last.Pixels, DifferenceMap.Pixels(pixels, last.Pixels)]));
        var oracle = shoppers.Oracle;
        var summary = new
        {
            Shopper = shopper,
            Persona = shoppers.Population.PersonaOf(shopper).Id,
            Item = itemId, Image = imagePath, Class = Categories.DisplayName(itemClass),
            ReconstructionMse = last.Inversion.Mse, ReconstructionSsim = last.Inversion.Ssim,
            LearnedScoreBefore = session.Worker.Run(() => session.Recommender.ScoreImage(shopper, pixels)),
            LearnedScoreAfter = last.Score,
            TrueScoreBefore = oracle.Score(shopper, pixels, itemClass),
            TrueScoreAfter = oracle.Score(shopper, last.Pixels, itemClass),
            SimilarityToOriginal = last.Similarity,
        };
        File.WriteAllText(Path.Combine(outDir, "summary.json"), JsonSerializer.Serialize(summary, Json));
        Console.WriteLine(JsonSerializer.Serialize(summary, Json));
        return 0;
    }
}
