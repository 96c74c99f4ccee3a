using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FashionShowcase.Web.Components.Pages.Admin;

/// <summary>A run's progress: bar with ETA and speed, metric charts, the latest sample grid and a log.</summary>
public partial class RunProgressView
{
    /// <summary>Metric charts by kind: each chart shows the named metrics when the run reports them.</summary>
    private static readonly (string Title, string[] Metrics)[] ChartDefinitions =
    [
        ("Losses", ["loss_d", "loss_g", "loss"]),
        ("Discriminator outputs", ["d_x", "d_g_z"]),
        ("Quality", ["accuracy", "auc"]),
    ];

    /// <summary>The run (state, kind).</summary>
    [Parameter, EditorRequired]
    public RunSummary Run { get; set; } = default!;

    /// <summary>Progress events, oldest first (images not needed).</summary>
    [Parameter]
    public IReadOnlyList<RunProgress> History { get; set; } = [];

    /// <summary>The latest sample grid (PNG), or null before the first.</summary>
    [Parameter]
    public byte[]? LatestSampleGridPng { get; set; }

    private RunProgress? Latest => History.Count > 0 ? History[^1] : null;

    private string SampleGridDataUrl => "data:image/png;base64," + Convert.ToBase64String(LatestSampleGridPng!);

    private IEnumerable<string> LogLines => History.TakeLast(30).Select(p =>
        $"[{p.Epoch}/{p.TotalEpochs} {p.Step}/{p.TotalSteps}] " +
        string.Join(" ", p.Metrics.Select(m => $"{m.Key}={m.Value:0.####}")) +
        (p.Message is { } message ? " " + message : ""));

    private IEnumerable<(string Title, List<ChartSeries<double>> Series, string[] Labels)> Charts
    {
        get
        {
            foreach (var (title, metrics) in ChartDefinitions)
            {
                var series = metrics
                    .Where(m => History.Any(p => p.Metrics.ContainsKey(m)))
                    .Select(m => new ChartSeries<double>
                    {
                        Name = m,
                        Data = History.Select(p => p.Metrics.TryGetValue(m, out var v) && double.IsFinite(v) ? v : 0).ToArray(),
                    })
                    .ToList();
                if (series.Count == 0) continue;
                // Label a handful of points so the axis stays readable.
                var every = Math.Max(1, History.Count / 6);
                var labels = History.Select((p, i) => i % every == 0 ? p.Step.ToString() : "").ToArray();
                yield return (title, series, labels);
            }
        }
    }

    private static string FormatDuration(TimeSpan t) => t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss") : t.ToString(@"m\:ss");
}
