namespace SpectralFit.Plotting;

/// <summary>
/// Distinguishable colours for series (matplotlib's "tab10" qualitative palette with its red replaced by
/// dark blue, since red marks totals and limits), cycled by index.
/// </summary>
public static class Palette
{
    private static readonly PlotColor[] Colors =
    [
        PlotColor.FromHex("#1f77b4"), PlotColor.FromHex("#ff7f0e"), PlotColor.FromHex("#2ca02c"),
        PlotColor.FromHex("#393b79"), PlotColor.FromHex("#9467bd"), PlotColor.FromHex("#8c564b"),
        PlotColor.FromHex("#e377c2"), PlotColor.FromHex("#7f7f7f"), PlotColor.FromHex("#bcbd22"),
        PlotColor.FromHex("#17becf"),
    ];

    public static int Count => Colors.Length;

    /// <summary>The colour for series number <paramref name="index"/> (wraps around).</summary>
    public static PlotColor At(int index) => Colors[((index % Colors.Length) + Colors.Length) % Colors.Length];
}
