using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Cli.Verbs;

/// <summary>`fashion data [--data DIR] [--json]`: where each Fashion-MNIST split was found, counts, checksum status.</summary>
public static class DataVerb
{
    public const string Usage = """
        fashion data [--data DIR] [--json]
        Looks for the test split (shipped catalog) and the train split the way training does and prints
        every place tried, the counts per class and the checksum status. Exit code 1 when a split is missing.
        """;

    public static int Run(string[] argv) => Run(argv, Console.Out);

    /// <summary>Runs the verb writing its report to <paramref name="output"/> (for tests).</summary>
    public static int Run(string[] argv, TextWriter output)
    {
        var args = new CliArgs(argv.Skip(1), ["json"]);
        var json = args.Has("json");
        var options = CliContext.DataOptions(args);
        args.RejectUnknown();

        var reports = DataSetSurvey.Run(options);
        if (json)
            output.WriteLine(JsonSerializer.Serialize(reports.Select(ToJson).ToArray(), BundleManifest.Json));
        else
        {
            if (options.Directory is null)
                output.WriteLine($"configured directory: not set (--data DIR or {DataSetOptions.DirectoryVariable})");
            output.WriteLine();
            foreach (var report in reports) WriteText(report, output);
        }
        return reports.All(r => r.Found) ? 0 : 1;
    }

    private static void WriteText(SplitReport r, TextWriter output)
    {
        var files = SplitFiles.For(r.Kind);
        output.WriteLine($"{r.Kind.ToString().ToLowerInvariant()} split ({files.ImagesFile}, {files.LabelsFile})");
        foreach (var a in r.Attempts)
            output.WriteLine($"  tried {a.Place}: {a.Outcome}");
        if (r.Found)
        {
            output.WriteLine($"  found in  {r.Source}");
            output.WriteLine($"  count     {r.Count:N0} (expected {files.Count:N0})");
            output.WriteLine($"  per class {string.Join(", ", Categories.All.Select(c => $"{Categories.DisplayName(c)} {r.PerClass[(int)c]:N0}"))}");
            output.WriteLine($"  checksums {r.ChecksumStatus}");
            output.WriteLine($"            images {r.ImagesSha256}");
            output.WriteLine($"            labels {r.LabelsSha256}");
        }
        else
        {
            output.WriteLine("  NOT FOUND");
            output.WriteLine(Indent(r.Error ?? ""));
        }
        output.WriteLine();
    }

    private static object ToJson(SplitReport r) => new
    {
        split = r.Kind.ToString().ToLowerInvariant(),
        found = r.Found,
        source = r.Source,
        count = r.Count,
        per_class = Categories.All.ToDictionary(c => Categories.DisplayName(c), c => r.PerClass[(int)c]),
        checksum = r.Found ? "verified" : "not verified",
        images_sha256 = r.ImagesSha256,
        labels_sha256 = r.LabelsSha256,
        attempts = r.Attempts.Select(a => new { place = a.Place, outcome = a.Outcome }),
        error = r.Error,
    };

    private static string Indent(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(l => "  " + l.TrimEnd('\r')));
}
