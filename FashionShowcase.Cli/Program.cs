using FashionShowcase.Cli.Verbs;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Training;

// `fashion <verb> ...`: each verb is one Core call with an options record.
const string usage = """
    fashion — FashionShowcase headless tool
      data                         where each Fashion-MNIST split was found, counts, checksums
      train gan|classifier|recommender ...   train a model part into a bundle directory
      design / alter ...           design new items for a shopper / alter an item to their taste
      evaluate --bundle DIR [--json]
      bench [--json]
      loadtest --url http://127.0.0.1:PORT [--clients 20]   SignalR clients designing at once (loopback only)
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(usage);
    Console.WriteLine(TrainVerb.Usage);
    Console.WriteLine(DesignVerbs.Usage);
    Console.WriteLine(EvaluateVerb.Usage);
    Console.WriteLine(BenchVerb.Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    return args[0].ToLowerInvariant() switch
    {
        "data" => DataVerb.Run(args),
        "train" => TrainVerb.Run(args),
        "evaluate" => EvaluateVerb.Run(args),
        "bench" => BenchVerb.Run(args),
        "design" => DesignVerbs.Design(args),
        "alter" => DesignVerbs.Alter(args),
        "loadtest" => LoadTestVerb.Run(args),
        _ => Unknown(args[0]),
    };
}
catch (Exception e) when (e is ArgumentException or DataSetNotFoundException or InvalidDataException or IOException
    or UnauthorizedAccessException or InvalidUploadException or NonFiniteLossException or InvalidOperationException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine("cancelled; the latest checkpoint was kept (use --resume).");
    return 130;
}

int Unknown(string verb)
{
    Console.Error.WriteLine($"Unknown verb '{verb}'.");
    Console.Error.WriteLine(usage);
    return 2;
}
