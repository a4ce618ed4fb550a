namespace SpectralFit.Minimization;

/// <summary>
/// Minuit's transformations between bounded external values and unbounded internal ones
/// (F. James, MINUIT reference manual, section 1.2.1):
/// two limits a, b: ext = a + (b - a)/2 (sin x + 1);
/// lower only: ext = a - 1 + sqrt(x^2 + 1); upper only: ext = b + 1 - sqrt(x^2 + 1).
/// </summary>
internal static class BoundTransform
{
    public static double ToExternal(double x, double lower, double upper)
    {
        bool lo = !double.IsNegativeInfinity(lower), hi = !double.IsPositiveInfinity(upper);
        if (lo && hi)
            return lower + 0.5 * (upper - lower) * (Math.Sin(x) + 1);
        if (lo)
            return lower - 1 + Math.Sqrt(x * x + 1);
        if (hi)
            return upper + 1 - Math.Sqrt(x * x + 1);
        return x;
    }

    /// <summary>d ext / d x.</summary>
    public static double Derivative(double x, double lower, double upper)
    {
        bool lo = !double.IsNegativeInfinity(lower), hi = !double.IsPositiveInfinity(upper);
        if (lo && hi)
            return 0.5 * (upper - lower) * Math.Cos(x);
        if (lo)
            return x / Math.Sqrt(x * x + 1);
        if (hi)
            return -x / Math.Sqrt(x * x + 1);
        return 1;
    }

    /// <summary>d^2 ext / d x^2.</summary>
    public static double SecondDerivative(double x, double lower, double upper)
    {
        bool lo = !double.IsNegativeInfinity(lower), hi = !double.IsPositiveInfinity(upper);
        if (lo && hi)
            return -0.5 * (upper - lower) * Math.Sin(x);
        double r = Math.Pow(x * x + 1, -1.5);
        if (lo)
            return r;
        if (hi)
            return -r;
        return 0;
    }

    /// <summary>
    /// Internal value of <paramref name="ext"/>. A start exactly on a limit (where d ext/d x = 0 and
    /// the search could not move) is first nudged inside by <paramref name="nudge"/>.
    /// </summary>
    public static double ToInternal(double ext, double lower, double upper, double nudge)
    {
        bool lo = !double.IsNegativeInfinity(lower), hi = !double.IsPositiveInfinity(upper);
        if (lo && hi)
        {
            double span = upper - lower;
            double e = Math.Clamp(ext, lower + Math.Min(nudge, 0.01 * span), upper - Math.Min(nudge, 0.01 * span));
            return Math.Asin(Math.Clamp(2 * (e - lower) / span - 1, -1, 1));
        }
        if (lo)
        {
            double e = Math.Max(ext, lower + nudge);
            double t = e - lower + 1;
            return Math.Sqrt(t * t - 1);
        }
        if (hi)
        {
            double e = Math.Min(ext, upper - nudge);
            double t = upper - e + 1;
            return Math.Sqrt(t * t - 1);
        }
        return ext;
    }
}
