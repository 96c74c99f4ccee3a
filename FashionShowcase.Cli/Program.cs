// Temporary dispatch on the shoppers branch (the lead owns the real Program.cs).
if (args.Length >= 2 && args[0] == "train" && args[1] == "recommender")
    return FashionShowcase.Cli.Verbs.RecommenderVerbs.Train(args[2..]);
if (args.Length >= 3 && args[0] == "evaluate" && args[1] == "--bundle")
{
    foreach (var (k, v) in FashionShowcase.Cli.Verbs.RecommenderVerbs.Evaluate(args[2]).OrderBy(m => m.Key))
        Console.WriteLine($"{k} {v:F4}");
    return 0;
}
Console.Error.WriteLine(FashionShowcase.Cli.Verbs.RecommenderVerbs.Usage);
return 2;
