using System.Globalization;

namespace SpectralFit.Reports;

/// <summary>
/// Numbers as physicists write them in tables: an uncertainty with two significant digits and the value
/// rounded to the same decimal place ("134.2 ± 9.8", "(2.81 ± 0.34)e-11"). Non-finite values print as
/// "—", never as NaN or Infinity.
/// </summary>
public static class ReportNumbers
{
    public const string Missing = "—";

    /// <summary>A value with <paramref name="significant"/> significant digits (scientific when tiny or huge).</summary>
    public static string Value(double value, int significant = 4)
    {
        if (!double.IsFinite(value))
            return Missing;
        if (value == 0)
            return "0";
        double a = Math.Abs(value);
        if (a < 1e-3 || a >= 1e6)
            return value.ToString("0." + new string('#', Math.Max(0, significant - 1)) + "e+0", CultureInfo.InvariantCulture).Replace("e+", "e");
        int decimals = Math.Clamp(significant - 1 - (int)Math.Floor(Math.Log10(a)), 0, 12);
        return value.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>"value ± error", the error with two significant digits; without a usable error just the value.</summary>
    public static string WithError(double value, double error)
    {
        if (!double.IsFinite(value))
            return Missing;
        if (!double.IsFinite(error) || error <= 0)
            return Value(value);
        int errorExponent = (int)Math.Floor(Math.Log10(error));
        double scale = Math.Max(Math.Abs(value), error);
        int exponent = scale < 1e-3 || scale >= 1e6 ? (int)Math.Floor(Math.Log10(scale)) : 0;
        int decimals = Math.Max(0, exponent - errorExponent + 1);
        double f = Math.Pow(10, exponent);
        string v = (value / f).ToString("F" + decimals, CultureInfo.InvariantCulture);
        string e = (error / f).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return exponent == 0 ? $"{v} ± {e}" : $"({v} ± {e})e{exponent}";
    }
}
