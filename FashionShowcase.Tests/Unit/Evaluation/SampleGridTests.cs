using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Models;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class SampleGridTests(TorchWorkerFixture fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void The_grid_has_ten_rows_of_the_requested_number_of_tiles(int columns)
    {
        var png = fixture.Worker.Run(() =>
        {
            using var g = new ConditionalGenerator(GanConfig.Preset("tiny"));
            return SampleGrid.Render(g, columns, seed: 1);
        });
        var (width, height, _) = ImageCodec.DecodeGrey(png);
        Assert.Equal(columns * 30 + 2, width);
        Assert.Equal(10 * 30 + 2, height);
        Assert.Equal(SampleGrid.SizeFor(columns), (width, height));
    }

    [Fact]
    public void Each_row_shows_its_own_class_in_label_order()
    {
        const int columns = 3;
        var png = fixture.Worker.Run(() =>
        {
            using var g = new ClassPaintingGenerator();
            return SampleGrid.Render(g, latentSize: 4, columns, seed: 1);
        });
        var (width, _, pixels) = ImageCodec.DecodeGrey(png);
        foreach (var c in Categories.All)
            for (int col = 0; col < columns; col++)
            {
                int x = 2 + col * 30 + 14, y = 2 + (int)c * 30 + 14; // centre of the tile
                var expected = (int)Math.Round((ClassPaintingGenerator.Grey((long)c) + 1) * 127.5);
                Assert.InRange(pixels[y * width + x], expected - 1, expected + 1);
            }
    }

    [Fact]
    public void The_same_seed_draws_the_same_grid()
    {
        var (a, b, other) = fixture.Worker.Run(() =>
        {
            using var g = new ConditionalGenerator(GanConfig.Preset("tiny"));
            return (SampleGrid.Render(g, 4, seed: 7), SampleGrid.Render(g, 4, seed: 7), SampleGrid.Render(g, 4, seed: 8));
        });
        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
    }
}
