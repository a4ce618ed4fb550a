using System.Globalization;

namespace SpectralFit.Plotting;

/// <summary>
/// Tick positions and labels with "nice" numbers: linear steps of 1, 2, 2.5 or 5 x 10^k; log axes get
/// a labelled tick at every power of ten (every n-th when there are many) and minor ticks at 2..9.
/// </summary>
public static class AxisTicks
{
    private static readonly double[] NiceSteps = [1, 2, 2.5, 5, 10];

    public static IReadOnlyList<Tick> For(AxisScale scale, double min, double max, int targetCount = 6) =>
        scale == AxisScale.Log ? Log(min, max) : Linear(min, max, targetCount);

    /// <summary>The nice step for about <paramref name="targetCount"/> intervals over [min, max].</summary>
    public static double NiceStep(double min, double max, int targetCount)
    {
        double raw = (max - min) / Math.Max(1, targetCount);
        double decade = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (double m in NiceSteps)
        {
            if (m * decade >= raw * (1 - 1e-9))
                return m * decade;
        }
        return 10 * decade;
    }

    /// <summary>Ticks at multiples of a nice step; at least three labelled ticks (a finer step when needed).</summary>
    public static IReadOnlyList<Tick> Linear(double min, double max, int targetCount = 6)
    {
        RequireRange(min, max);
        double step = NiceStep(min, max, targetCount);
        for (int t = targetCount + 1; CountMultiples(min, max, step) < 3 && t < targetCount + 20; t++)
            step = NiceStep(min, max, t);
        double scale = Math.Max(Math.Abs(min), Math.Abs(max));
        // Scientific labels (m x 10^e, per tick) when plain decimals would be long: tiny or huge numbers.
        bool scientific = scale >= 1e5 || scale < 1e-3;
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        if (IsQuarter(step))
            decimals++;

        var ticks = new List<Tick>();
        long first = (long)Math.Ceiling(min / step - 1e-9);
        for (long i = first; ; i++)
        {
            double v = i * step;
            if (v > max + step * 1e-9)
                break;
            if (Math.Abs(v) < step * 1e-9)
                v = 0; // no "-0" or 1e-17 labels
            ticks.Add(scientific ? ScientificTick(v) : LinearTick(v, 0, decimals));
        }
        return ticks;
    }

    public static IReadOnlyList<Tick> Log(double min, double max)
    {
        RequireRange(min, max);
        if (min <= 0)
            throw new ArgumentException($"log axis: the range must be positive, got [{min}, {max}]");
        int lo = (int)Math.Floor(Math.Log10(min) + 1e-9);
        int hi = (int)Math.Ceiling(Math.Log10(max) - 1e-9);
        int decades = hi - lo;
        int every = Math.Max(1, (int)Math.Ceiling(decades / 8.0));
        bool fewDecades = Math.Pow(10, lo + 1) > max * (1 + 1e-9) || decades <= 1;

        var ticks = new List<Tick>();
        for (int k = lo; k <= hi; k++)
        {
            double decade = Math.Pow(10, k);
            if (Inside(decade, min, max))
                ticks.Add(new Tick(decade, "10", k.ToString(CultureInfo.InvariantCulture), Major: (k - lo) % every == 0));
            if (decades > 10)
                continue;
            for (int m = 2; m <= 9; m++)
            {
                double v = m * decade;
                if (Inside(v, min, max))
                    ticks.Add(fewDecades ? LinearTick(v, 0, Math.Max(0, -k)) with { Major = true } : new Tick(v, "", null, false));
            }
        }
        return ticks;
    }

    private static Tick LinearTick(double v, int exponent, int decimals)
    {
        double mantissa = v / Math.Pow(10, exponent);
        string text = mantissa.ToString("F" + decimals, CultureInfo.InvariantCulture);
        if (exponent == 0)
            return new Tick(v, text, null, true);
        return v == 0 ? new Tick(v, "0", null, true) : new Tick(v, text + "×10", exponent.ToString(CultureInfo.InvariantCulture), true);
    }

    /// <summary>"m×10" with exponent e, 1 &lt;= |m| &lt; 10, e.g. 2.5×10^-11.</summary>
    private static Tick ScientificTick(double v)
    {
        if (v == 0)
            return new Tick(0, "0", null, true);
        int e = (int)Math.Floor(Math.Log10(Math.Abs(v)) + 1e-9);
        double m = Math.Round(v / Math.Pow(10, e), 6);
        return new Tick(v, m.ToString("0.##", CultureInfo.InvariantCulture) + "×10", e.ToString(CultureInfo.InvariantCulture), true);
    }

    private static long CountMultiples(double min, double max, double step) =>
        (long)Math.Floor(max / step + 1e-9) - (long)Math.Ceiling(min / step - 1e-9) + 1;

    private static bool IsQuarter(double step)
    {
        double m = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return Math.Abs(m - 2.5) < 1e-9;
    }

    private static bool Inside(double v, double min, double max) =>
        v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);

    private static void RequireRange(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(min < max))
            throw new ArgumentException($"axis range must be finite with min < max, got [{min}, {max}]");
    }
}
