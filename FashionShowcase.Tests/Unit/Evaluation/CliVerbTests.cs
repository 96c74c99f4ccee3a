using System.Text.Json;
using FashionShowcase.Cli.Verbs;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class CliVerbTests(TorchWorkerFixture fixture)
{
    [Fact]
    public void Data_reports_the_shipped_catalog_as_found_verified_with_ten_thousand_items()
    {
        var output = new StringWriter();
        DataVerb.Run(["data", "--json"], output);
        using var json = JsonDocument.Parse(output.ToString());
        var test = json.RootElement.EnumerateArray().Single(s => s.GetProperty("split").GetString() == "test");
        Assert.True(test.GetProperty("found").GetBoolean());
        Assert.Equal(10_000, test.GetProperty("count").GetInt32());
        Assert.Equal("verified", test.GetProperty("checksum").GetString());
        Assert.Equal(1000, test.GetProperty("per_class").GetProperty("Sneaker").GetInt32());
        Assert.NotEmpty(test.GetProperty("attempts").EnumerateArray());
    }

    [Fact]
    public void Data_refuses_an_unknown_option()
    {
        var error = Assert.Throws<ArgumentException>(() => DataVerb.Run(["data", "--jsn"], new StringWriter()));
        Assert.Contains("--jsn", error.Message);
    }

    [Fact]
    public void Bench_json_has_the_three_numbers_the_issue_asks_for()
    {
        var output = new StringWriter();
        var code = BenchVerb.Run(["bench", "--json", "--preset", "tiny", "--matmul-size", "64", "--repeats", "1"], output);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        foreach (var key in new[] { "matmul_gflops", "gan_step_images_per_s", "gan_step_gflops" })
            Assert.True(json.RootElement.GetProperty(key).GetDouble() > 0, key);
        Assert.Equal(32, json.RootElement.GetProperty("batch_size").GetInt32());
    }

    [Fact]
    public void Evaluate_without_a_bundle_says_which_option_is_missing()
    {
        var error = Assert.Throws<ArgumentException>(() => EvaluateVerb.Run(["evaluate", "--json"], new StringWriter()));
        Assert.Contains("--bundle", error.Message);
    }

    [Fact]
    public void Evaluate_writes_the_metrics_and_the_command_into_the_manifest_and_saves_the_grid()
    {
        var dir = fixture.Worker.Run(() => TinyBundle.Write(withClassifier: true));
        var output = new StringWriter();
        var code = EvaluateVerb.Run(["evaluate", "--bundle", dir, "--json", "--samples", "40", "--per-class", "3", "--columns", "2"], output);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        foreach (var key in new[] { "classifier_accuracy", "gan_conditional_accuracy", "gan_fid", "gan_fid_floor" })
            Assert.True(json.RootElement.TryGetProperty(key, out _), key);
        var manifest = ModelStore.ReadManifest(dir);
        Assert.Equal(json.RootElement.GetProperty("gan_fid").GetDouble(), manifest.Metrics["gan_fid"]);
        Assert.Contains("evaluate --bundle", manifest.MetricsCommand);
        Assert.True(File.Exists(Path.Combine(dir, EvaluateVerb.SamplesFile)));
    }

    [Fact]
    public void Evaluate_with_no_write_leaves_the_bundle_untouched()
    {
        var dir = fixture.Worker.Run(() => TinyBundle.Write(withClassifier: true));
        var before = File.ReadAllText(Path.Combine(dir, ModelStore.ManifestFile));
        EvaluateVerb.Run(["evaluate", "--bundle", dir, "--no-write", "--samples", "40", "--per-class", "3"], new StringWriter());
        Assert.Equal(before, File.ReadAllText(Path.Combine(dir, ModelStore.ManifestFile)));
        Assert.False(File.Exists(Path.Combine(dir, EvaluateVerb.SamplesFile)));
    }
}
