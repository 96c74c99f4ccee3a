using System.IO.Compression;
using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Tests.Unit;

public sealed class CatalogDataTests
{
    [Fact]
    public void The_shipped_catalog_is_the_verified_official_test_split()
    {
        var split = DataSetLocator.LoadVerified(RepoPaths.Data, SplitFiles.Test);
        Assert.Equal(10_000, split.Count);
        Assert.Equal(1000, split.Labels.Count(l => l == (byte)FashionClass.Sneaker));
    }

    [Fact]
    public void A_truncated_gzip_file_is_refused()
    {
        var dir = CopyCatalogTo(Path.Combine(Path.GetTempPath(), "fs-trunc-" + Guid.NewGuid()));
        var path = Path.Combine(dir, SplitFiles.Test.ImagesFile);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Throws<InvalidDataException>(() => DataSetLocator.LoadVerified(dir, SplitFiles.Test));
    }

    [Fact]
    public void A_file_with_one_changed_pixel_is_refused_by_its_checksum()
    {
        var dir = CopyCatalogTo(Path.Combine(Path.GetTempPath(), "fs-flip-" + Guid.NewGuid()));
        var path = Path.Combine(dir, SplitFiles.Test.ImagesFile);
        var raw = IdxFile.ReadAllBytes(path);
        raw[5000] ^= 0xFF;
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gz.Write(raw);
        var error = Assert.Throws<InvalidDataException>(() => DataSetLocator.LoadVerified(dir, SplitFiles.Test));
        Assert.Contains("SHA-256", error.Message);
    }

    [Fact]
    public void An_idx_header_promising_more_images_than_present_is_refused()
    {
        var header = new byte[] { 0, 0, 8, 3, 0, 0, 0, 10, 0, 0, 0, 28, 0, 0, 0, 28 };
        var bytes = header.Concat(new byte[28 * 28 * 9]).ToArray();
        Assert.Throws<InvalidDataException>(() => IdxFile.ParseImages(bytes, "short.idx"));
    }

    [Fact]
    public void A_label_file_with_an_unknown_class_is_refused()
    {
        var bytes = new byte[] { 0, 0, 8, 1, 0, 0, 0, 2, 3, 12 };
        Assert.Throws<InvalidDataException>(() => IdxFile.ParseLabels(bytes, "labels.idx", 10));
    }

    [Fact]
    public void When_no_source_works_the_error_names_every_way_to_provide_the_data()
    {
        var empty = Path.Combine(Path.GetTempPath(), "fs-empty-" + Guid.NewGuid());
        var locator = new DataSetLocator(new DataSetOptions
        {
            Directory = empty, CacheDirectory = empty, SystemDirectory = empty, DownloadBaseUrl = null,
        });
        var error = Assert.Throws<DataSetNotFoundException>(() => locator.Load(SplitKind.Train));
        Assert.Contains(DataSetOptions.DirectoryVariable, error.Message);
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
        Assert.Contains("download", error.Message);
    }

    [Fact]
    public void The_configured_directory_is_tried_before_the_shipped_catalog()
    {
        var locator = new DataSetLocator(new DataSetOptions { Directory = RepoPaths.Data, ShippedDirectory = "/nonexistent", DownloadBaseUrl = null });
        var attempts = new List<DataSetAttempt>();
        locator.Load(SplitKind.Test, attempts);
        Assert.Single(attempts);
        Assert.StartsWith("configured directory", attempts[0].Place);
    }

    [Fact]
    public void A_damaged_split_in_the_configured_directory_is_an_error_not_a_silent_fallback()
    {
        var dir = CopyCatalogTo(Path.Combine(Path.GetTempPath(), "fs-conf-" + Guid.NewGuid()));
        var path = Path.Combine(dir, SplitFiles.Test.ImagesFile);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..1000]);
        var locator = new DataSetLocator(new DataSetOptions { Directory = dir, ShippedDirectory = RepoPaths.Data, DownloadBaseUrl = null });
        var error = Assert.Throws<InvalidDataException>(() => locator.Load(SplitKind.Test));
        Assert.Contains(dir, error.Message);
        Assert.Contains(DataSetOptions.DirectoryVariable, error.Message);
    }

    private static string CopyCatalogTo(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var f in new[] { SplitFiles.Test.ImagesFile, SplitFiles.Test.LabelsFile })
            File.Copy(Path.Combine(RepoPaths.Data, f), Path.Combine(dir, f));
        return dir;
    }
}
