namespace SpectralFit.Plotting;

/// <summary>
/// Something drawn in a panel. <see cref="Label"/> = null keeps it out of the legend. Data may contain
/// non-finite values (and, on a log axis, values &lt;= 0): backends leave gaps there, never write them.
/// </summary>
public abstract record Series(string? Label, PlotColor Color)
{
    /// <summary>The x values the series occupies (for automatic ranges); empty for reference lines.</summary>
    public abstract IEnumerable<double> XValues { get; }

    /// <summary>The y values the series occupies (for automatic ranges).</summary>
    public abstract IEnumerable<double> YValues { get; }

    protected static double[] Copy(IReadOnlyList<double> values) => [.. values];

    /// <summary>Line widths and marker sizes must be finite and positive (they become SVG attributes).</summary>
    protected static double RequirePositive(string what, double value) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentException($"{what}: expected a finite value > 0, got {value}");

    protected static void RequireSameLength(string what, int expected, int actual)
    {
        if (expected != actual)
            throw new ArgumentException($"{what}: expected {expected} values, got {actual}");
    }
}
