using System.Buffers.Binary;
using System.IO.Compression;

namespace BotService.Teams.Tests.Support;

/// <summary>
/// A small PNG reader for the icon checks: 8-bit greyscale, RGB or RGBA, non-interlaced, all five row filters.
/// Returns RGBA pixels so colours and transparency can be inspected.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => Pixel(i % Width, i / Width));

    public static PngImage Read(byte[] file)
    {
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                colorType = data[9];
                if (data[8] != 8 || data[12] != 0 || colorType is not (0 or 2 or 6))
                {
                    throw new InvalidDataException("Only 8-bit, non-interlaced grey, RGB or RGBA PNGs are read here.");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        var channels = colorType switch { 0 => 1, 2 => 3, _ => 4 };
        var raw = Inflate(idat.ToArray());
        var pixels = Unfilter(raw, width, height, channels);
        return new PngImage(width, height, ToRgba(pixels, channels));
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int a = x >= bpp ? result[(y * stride) + x - bpp] : 0;
                int b = y > 0 ? result[((y - 1) * stride) + x] : 0;
                int c = x >= bpp && y > 0 ? result[((y - 1) * stride) + x - bpp] : 0;
                result[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[pixels.Length / channels * 4];
        for (int i = 0, j = 0; i < pixels.Length; i += channels, j += 4)
        {
            rgba[j] = pixels[i];
            rgba[j + 1] = pixels[channels == 1 ? i : i + 1];
            rgba[j + 2] = pixels[channels == 1 ? i : i + 2];
            rgba[j + 3] = 255;
        }

        return rgba;
    }
}
