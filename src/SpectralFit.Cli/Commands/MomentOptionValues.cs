using System.Globalization;
using SolarFlux.Common;
using SpectralFit.Moments;

namespace SpectralFit.Cli.Commands;

/// <summary>Parses the comma-separated numbers of the `moments` and `effective` options.</summary>
internal static class MomentOptionValues
{
    /// <summary>Exactly <paramref name="count"/> finite numbers separated by commas, e.g. "1e-11,0,2e-11".</summary>
    public static double[] Parse(string text, string option, int count, bool nonNegative = false)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != count)
            throw new UserInputException($"{option}: expected {count} comma-separated numbers, got {parts.Length} ('{text}')");
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                throw new UserInputException($"{option}: component {i + 1} '{parts[i]}' is not a finite number");
            if (nonNegative && values[i] < 0)
                throw new UserInputException($"{option}: component {i + 1} is a modulus and must be >= 0, got {parts[i]}");
        }
        return values;
    }

    public static RecoilWindow ParseWindow(string text)
    {
        var v = Parse(text, "--window", 2);
        return new RecoilWindow(v[0], v[1], "--window");
    }

    public static double RequirePositive(double value, string option)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new UserInputException($"{option}: expected a finite value > 0, got {value.ToString(CultureInfo.InvariantCulture)}");
        return value;
    }

    public static string Format(double value) => value.ToString("0.00e+00", CultureInfo.InvariantCulture);
}
