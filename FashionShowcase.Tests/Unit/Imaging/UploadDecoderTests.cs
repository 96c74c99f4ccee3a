using System.Buffers.Binary;
using System.Text;
using FashionShowcase.Core.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace FashionShowcase.Tests.Unit.Imaging;

public sealed class UploadDecoderTests
{
    private readonly UploadDecoder _decoder = new();

    /// <summary>A light-background photo: a dark rectangle, off centre, on white.</summary>
    private static byte[] DarkShapeOnWhite(bool jpeg, int width = 200, int height = 300)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(255, 255, 255));
        for (int y = 40; y < 240; y++)
            for (int x = 20; x < 100; x++)
                image[x, y] = new Rgb24(30, 30, 40);
        using var output = new MemoryStream();
        if (jpeg) image.Save(output, new JpegEncoder { Quality = 90 });
        else image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    private static InvalidUploadException Refusal(Action decode) => Assert.Throws<InvalidUploadException>(decode);

    [Fact]
    public void A_white_background_JPEG_of_a_dark_shape_comes_out_light_on_black_and_centred()
    {
        var result = _decoder.Decode(DarkShapeOnWhite(jpeg: true), "coat.jpg");
        Assert.Equal("JPEG", result.Format);
        Assert.True(result.InvertedBackground);
        Assert.Equal(784, result.Pixels.Length);
        Assert.True(result.Pixels[0] < 20 && result.Pixels[27] < 20 && result.Pixels[783] < 20, "corners should be black");
        Assert.True(result.Pixels[14 * 28 + 14] > 200, $"centre should be light, was {result.Pixels[14 * 28 + 14]}");
        double sx = 0, sy = 0, mass = 0;
        for (int i = 0; i < 784; i++)
        {
            sx += (i % 28) * result.Pixels[i];
            sy += (i / 28) * result.Pixels[i];
            mass += result.Pixels[i];
        }
        Assert.InRange(sx / mass, 12.5, 14.5);
        Assert.InRange(sy / mass, 12.5, 14.5);
        var (w, h, _) = ImageCodec.DecodeGrey(result.Png);
        Assert.Equal((28, 28), (w, h));
    }

    [Fact]
    public void A_tall_item_fills_the_height_and_keeps_its_aspect()
    {
        var result = _decoder.Decode(DarkShapeOnWhite(jpeg: false), "coat.png");
        var litRows = Enumerable.Range(0, 28).Count(y => result.Pixels.AsSpan(y * 28, 28).ToArray().Max() > 128);
        var litCols = Enumerable.Range(0, 28).Count(x => Enumerable.Range(0, 28).Max(y => result.Pixels[y * 28 + x]) > 128);
        Assert.InRange(litRows, 26, 28);
        Assert.InRange(litCols, 9, 13); // 80 × 200 px keeps 2:5
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var e = Refusal(() => _decoder.Decode([], "empty.png"));
        Assert.Equal(UploadProblem.Empty, e.Problem);
        Assert.Contains("'empty.png' is empty", e.Message);
    }

    [Fact]
    public void Text_is_refused_as_not_an_image()
    {
        var e = Refusal(() => _decoder.Decode(Encoding.UTF8.GetBytes("definitely not a picture"), "photo.png"));
        Assert.Equal(UploadProblem.NotAnImage, e.Problem);
        Assert.Contains("not a PNG or JPEG image", e.Message);
    }

    [Fact]
    public void A_truncated_PNG_is_refused_as_truncated()
    {
        var png = DarkShapeOnWhite(jpeg: false);
        var e = Refusal(() => _decoder.Decode(png[..(png.Length / 2)], "half.png"));
        Assert.Equal(UploadProblem.Corrupt, e.Problem);
        Assert.Contains("truncated PNG", e.Message);
    }

    [Fact]
    public void A_10000_by_10000_PNG_is_refused_from_its_header_before_decoding()
    {
        var e = Refusal(() => _decoder.Decode(PngHeaderOnly(10_000, 10_000), "bomb.png"));
        Assert.Equal(UploadProblem.TooManyPixels, e.Problem);
        Assert.Contains("10000×10000 pixels; at most 2048×2048", e.Message);
    }

    [Fact]
    public void A_file_with_a_wrong_extension_is_refused_by_its_name()
    {
        var e = Refusal(() => _decoder.Decode(DarkShapeOnWhite(jpeg: false), "shape.gif"));
        Assert.Equal(UploadProblem.WrongExtension, e.Problem);
        Assert.Contains("only .png, .jpg and .jpeg", e.Message);
    }

    [Fact]
    public void A_PNG_named_as_a_JPEG_is_refused_as_mismatched()
    {
        var e = Refusal(() => _decoder.Decode(DarkShapeOnWhite(jpeg: false), "shape.jpg"));
        Assert.Equal(UploadProblem.ExtensionMismatch, e.Problem);
        Assert.Contains("named as a JPEG file but contains a PNG image", e.Message);
    }

    [Fact]
    public void A_file_over_2_MB_is_refused_before_it_is_read()
    {
        var big = new byte[2 * 1024 * 1024 + 1];
        PngHeaderOnly(10, 10).CopyTo(big, 0);
        var e = Refusal(() => _decoder.Decode(big, "big.png"));
        Assert.Equal(UploadProblem.TooLarge, e.Problem);
        Assert.Contains("limited to 2 MB", e.Message);
    }

    [Fact]
    public void A_flat_white_picture_is_refused_as_showing_no_item()
    {
        using var image = new Image<Rgb24>(50, 50, new Rgb24(250, 250, 250));
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        var e = Refusal(() => _decoder.Decode(output.ToArray(), "blank.png"));
        Assert.Equal(UploadProblem.NoVisibleItem, e.Problem);
    }

    /// <summary>PNG signature, an IHDR claiming the size, one empty IDAT and IEND: a few dozen bytes.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth; colour type 0 (grey), no interlace
        WriteChunk(output, "IHDR", ihdr);
        WriteChunk(output, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
