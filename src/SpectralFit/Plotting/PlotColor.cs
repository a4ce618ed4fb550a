using System.Globalization;

namespace SpectralFit.Plotting;

/// <summary>An sRGB colour; <see cref="Hex"/> gives the "#rrggbb" form backends use.</summary>
public readonly record struct PlotColor(byte R, byte G, byte B)
{
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Parses "#rrggbb".</summary>
    public static PlotColor FromHex(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v))
            throw new ArgumentException($"colour '{hex}': expected #rrggbb", nameof(hex));
        return new PlotColor((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    public static PlotColor Black { get; } = new(0, 0, 0);

    public static PlotColor Gray { get; } = new(128, 128, 128);

    public static PlotColor Red { get; } = new(214, 39, 40);
}
