using System.Buffers.Binary;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>Pictures to upload: a real tiny PNG, and PNG-shaped files of any size, which is all the fake reads of them.</summary>
internal static class TestImages
{
    /// <summary>A whole 2×3 white PNG (signature, IHDR, IDAT, IEND).</summary>
    public static readonly byte[] Png2x3 =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02,
        0x00, 0x00, 0x00, 0x03, 0x08, 0x06, 0x00, 0x00, 0x00, 0xB9, 0xEA, 0xDE, 0x81, 0x00, 0x00, 0x00, 0x0E, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x05, 0x0C, 0x18, 0x0C, 0x00, 0x42, 0xE6, 0x17, 0xE9, 0x3B, 0xE2, 0x57, 0xE4, 0x00,
        0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    /// <summary>A PNG's header chunk and end chunk around no pixels: what the fake reads, at dimensions no real test picture needs to have.</summary>
    public static byte[] PngHeader(int width, int height) => PngOfSize(width, height, 8 + 25 + 12);

    /// <summary>The same, padded with an ancillary chunk to exactly <paramref name="bytes"/> bytes.</summary>
    public static byte[] PngOfSize(int width, int height, int bytes)
    {
        var png = new byte[bytes];
        Png2x3.AsSpan(0, 33).CopyTo(png);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        var padding = bytes - 33 - 12;
        if (padding > 0)
        {
            BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(33), padding - 12);
            "teXt"u8.CopyTo(png.AsSpan(37));
        }

        Png2x3.AsSpan(Png2x3.Length - 12).CopyTo(png.AsSpan(bytes - 12));
        return png;
    }
}
