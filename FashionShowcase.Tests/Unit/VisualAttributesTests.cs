using FashionShowcase.Core.Shoppers;
using static FashionShowcase.Tests.ShopperTestData;

namespace FashionShowcase.Tests.Unit;

public sealed class VisualAttributesTests
{
    private static float Raw(byte[] image, VisualAttribute attribute)
    {
        var values = new float[VisualAttributes.Count];
        VisualAttributes.Measure(image, values);
        return values[(int)attribute];
    }

    [Fact]
    public void A_dark_square_is_less_bright_than_a_white_one() =>
        Assert.True(Raw(Rectangle(8, 8, 19, 19, 60), VisualAttribute.Brightness) < Raw(Rectangle(8, 8, 19, 19, 250), VisualAttribute.Brightness) - 0.5f);

    [Fact]
    public void A_bigger_square_has_a_larger_silhouette_area() =>
        Assert.True(Raw(Rectangle(2, 2, 25, 25), VisualAttribute.Area) > 3 * Raw(Rectangle(9, 9, 18, 18), VisualAttribute.Area));

    [Fact]
    public void A_striped_square_has_more_texture_than_a_flat_one()
    {
        var striped = Rectangle(4, 4, 23, 23, pattern: (r, _) => r % 2 == 0 ? (byte)250 : (byte)90);
        var flat = Rectangle(4, 4, 23, 23, 170);
        Assert.Equal(0f, Raw(flat, VisualAttribute.Texture));
        Assert.True(Raw(striped, VisualAttribute.Texture) > 0.3f);
    }

    [Fact]
    public void A_two_tone_square_has_more_contrast_than_a_flat_one() =>
        Assert.True(Raw(Rectangle(4, 4, 23, 23, pattern: (_, c) => c < 14 ? (byte)250 : (byte)60), VisualAttribute.Contrast)
                    > Raw(Rectangle(4, 4, 23, 23, 170), VisualAttribute.Contrast) + 0.5f);

    [Fact]
    public void A_centred_square_is_more_symmetric_than_one_pushed_to_the_left()
    {
        var centred = Rectangle(6, 7, 21, 20);
        var leftSided = Rectangle(6, 1, 21, 10);
        Assert.Equal(1f, Raw(centred, VisualAttribute.Symmetry), 3);
        Assert.True(Raw(leftSided, VisualAttribute.Symmetry) < 0.2f);
    }

    [Fact]
    public void Catalog_attributes_are_standardised_to_mean_zero_and_unit_spread()
    {
        var attributes = VisualAttributes.FromCatalog(SmallCatalog(500));
        for (int a = 0; a < VisualAttributes.Count; a++)
        {
            var values = Enumerable.Range(0, attributes.ItemCount).Select(i => (double)attributes.OfItem(i)[a]).ToArray();
            Assert.Equal(0, values.Average(), 3);
            Assert.Equal(1, Math.Sqrt(values.Select(v => v * v).Average()), 3);
        }
    }

    [Fact]
    public void A_new_image_is_measured_on_the_catalog_scale_whether_given_as_bytes_or_signed_floats()
    {
        var attributes = VisualAttributes.FromCatalog(SmallCatalog(500));
        var image = Rectangle(4, 6, 23, 21, pattern: (r, c) => (byte)(40 + (r * 7 + c * 3) % 200));
        var signed = image.Select(b => b / 127.5f - 1f).ToArray();
        Assert.Equal(attributes.Of(image), attributes.OfSigned(signed));
        Assert.Equal(attributes.OfItem(3).ToArray(), attributes.Of(SmallCatalog(500).Image(3)));
    }

    [Fact]
    public void An_image_of_the_wrong_size_is_refused_with_a_message()
    {
        var e = Assert.Throws<ArgumentException>(() => VisualAttributes.Measure(new byte[100], new float[VisualAttributes.Count]));
        Assert.Contains("784", e.Message);
    }
}
