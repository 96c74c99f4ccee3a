using System.Globalization;
using System.Text.Json;
using FashionShowcase.Cli.LoadTest;

namespace FashionShowcase.Cli.Verbs;

/// <summary>`fashion loadtest --url http://127.0.0.1:PORT [--clients 20] [--shopper S] [--category C] [--timeout SECONDS] [--json]`</summary>
public static class LoadTestVerb
{
    public const string Usage = """
        fashion loadtest --url http://127.0.0.1:PORT [--clients 20] [--shopper 0] [--category Tops] [--timeout 120] [--json]
        N SignalR clients design at once against a running web app on this machine (loopback only);
        reports errors and p50/p95 time to the first and the final frame. Exit code 1 when any client failed.
        """;

    public static int Run(string[] argv)
    {
        var args = new CliArgs(argv.Skip(1), ["json"]);
        var url = args.Get("url") ?? throw new ArgumentException("--url is required, e.g. --url http://127.0.0.1:5000.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new ArgumentException($"--url '{url}' is not an absolute address.");
        var options = new DesignLoadTestOptions
        {
            Url = uri,
            Clients = args.GetInt("clients") ?? 20,
            Shopper = args.Get("shopper") ?? "0",
            Category = args.Get("category") ?? "Tops",
            Timeout = TimeSpan.FromSeconds(args.GetInt("timeout") ?? 120),
        };
        var json = args.Has("json");
        args.RejectUnknown();
        options.Validate();

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        var result = DesignLoadTest.RunAsync(options, cts.Token).GetAwaiter().GetResult();
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["clients"] = result.Clients,
                ["completed"] = result.Completed,
                ["errors"] = result.Errors.Count,
                ["first_frame_ms_p50"] = result.FirstFrameP50,
                ["first_frame_ms_p95"] = result.FirstFrameP95,
                ["final_frame_ms_p50"] = result.FinalFrameP50,
                ["final_frame_ms_p95"] = result.FinalFrameP95,
                ["wall_s"] = Math.Round(result.WallSeconds, 2),
                ["error_messages"] = result.Errors.Distinct().ToArray(),
            }));
        }
        else
        {
            static string Ms(double? v) => v is { } x ? x.ToString("0", CultureInfo.InvariantCulture) + " ms" : "n/a";
            Console.WriteLine($"{result.Clients} clients, {result.Completed} completed, {result.Errors.Count} errors, {result.WallSeconds:0.0} s in all");
            Console.WriteLine($"time to first frame: p50 {Ms(result.FirstFrameP50)}, p95 {Ms(result.FirstFrameP95)}");
            Console.WriteLine($"time to final frame: p50 {Ms(result.FinalFrameP50)}, p95 {Ms(result.FinalFrameP95)}");
            foreach (var group in result.Errors.GroupBy(e => e))
                Console.WriteLine($"error ×{group.Count()}: {group.Key}");
        }
        return result.Errors.Count == 0 ? 0 : 1;
    }
}
