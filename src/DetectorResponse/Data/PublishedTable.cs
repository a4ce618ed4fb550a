using System.Globalization;
using SolarFlux.Common;

namespace DetectorResponse.Data;

/// <summary>Parsing helpers shared by the readers of published tables.</summary>
internal static class PublishedTable
{
    public static string[] ReadLines(string path)
    {
        if (!File.Exists(path))
            throw new UserInputException($"{path}: file not found");
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot read the file ({e.Message})", e);
        }
    }

    /// <summary>A finite number; with allowMinusInfinity, "-inf" gives NaN (an undefined residual).</summary>
    public static double Number(string path, int lineNo, string text, bool allowMinusInfinity = false)
    {
        string t = text.Trim();
        if (allowMinusInfinity && t is "-inf" or "-Inf" or "-INF")
            return double.NaN;
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            throw UserInputException.InFile(path, lineNo, $"'{t}' is not a finite number");
        return x;
    }

    public static int Integer(string path, int lineNo, double x, string what)
    {
        if (x != Math.Round(x) || x < int.MinValue || x > int.MaxValue)
            throw UserInputException.InFile(path, lineNo, $"{what} must be a whole number, got {x}");
        return (int)x;
    }
}
