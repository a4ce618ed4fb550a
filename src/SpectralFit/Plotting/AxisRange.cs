namespace SpectralFit.Plotting;

/// <summary>The drawn range of an axis: its fixed limits, or the data's extent with a small margin.</summary>
public static class AxisRange
{
    /// <param name="data">All values shown on the axis; non-finite ones (and non-positive ones on a log axis) are ignored.</param>
    public static (double Min, double Max) Resolve(Axis axis, IEnumerable<double> data)
    {
        bool log = axis.Scale == AxisScale.Log;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double v in data)
        {
            if (!double.IsFinite(v) || (log && v <= 0))
                continue;
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }

        if (axis.Min is double fixedMin)
            lo = fixedMin;
        if (axis.Max is double fixedMax)
            hi = fixedMax;
        if (!double.IsFinite(lo) || !double.IsFinite(hi))
        {
            if (log)
                throw new ArgumentException($"axis '{axis.Label}': no positive values to show on a log axis; give the axis a positive min and max or use a linear axis");
            (lo, hi) = (0, 1);
        }
        if (lo > hi)
            throw new ArgumentException($"axis '{axis.Label}': the data lie outside the fixed limit (range [{lo}, {hi}])");
        return log ? PadLog(axis, lo, hi) : PadLinear(axis, lo, hi);
    }

    private static (double, double) PadLinear(Axis axis, double lo, double hi)
    {
        if (lo == hi)
        {
            double d = lo == 0 ? 1 : Math.Abs(lo) * 0.1;
            return (axis.Min ?? lo - d, axis.Max ?? hi + d);
        }
        double pad = 0.04 * (hi - lo);
        return (axis.Min ?? lo - pad, axis.Max ?? hi + pad);
    }

    private static (double, double) PadLog(Axis axis, double lo, double hi)
    {
        if (lo == hi)
            return (axis.Min ?? lo / 2, axis.Max ?? hi * 2);
        double f = Math.Pow(hi / lo, 0.04);
        return (axis.Min ?? lo / f, axis.Max ?? hi * f);
    }
}
