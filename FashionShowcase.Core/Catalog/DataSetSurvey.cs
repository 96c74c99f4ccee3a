namespace FashionShowcase.Core.Catalog;

/// <summary>What `fashion data` found for one split: every place tried, and the verified split when one worked.</summary>
public sealed record SplitReport(
    SplitKind Kind,
    bool Found,
    string? Source,
    int Count,
    IReadOnlyList<int> PerClass,
    string? ImagesSha256,
    string? LabelsSha256,
    IReadOnlyList<DataSetAttempt> Attempts,
    string? Error)
{
    /// <summary>Found splits are always checksum-verified: DataSetLocator refuses anything else.</summary>
    public string ChecksumStatus => Found ? "verified (SHA-256 of the decompressed IDX bytes matches the official digest)" : "not verified (split not found)";
}

/// <summary>Looks for every split the way training and the app do, and reports rather than throws.</summary>
public static class DataSetSurvey
{
    public static IReadOnlyList<SplitReport> Run(DataSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var locator = new DataSetLocator(options);
        return [Report(locator, SplitKind.Test), Report(locator, SplitKind.Train)];
    }

    private static SplitReport Report(DataSetLocator locator, SplitKind kind)
    {
        var attempts = new List<DataSetAttempt>();
        try
        {
            var split = locator.Load(kind, attempts);
            var perClass = new int[Categories.Count];
            foreach (var label in split.Labels) perClass[label]++;
            return new SplitReport(kind, true, split.Source, split.Count, perClass, split.ImagesSha256, split.LabelsSha256, attempts, null);
        }
        catch (DataSetNotFoundException e)
        {
            return new SplitReport(kind, false, null, 0, new int[Categories.Count], null, null, attempts, e.Message);
        }
    }
}
