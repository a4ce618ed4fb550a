using SolarFlux.Common;

namespace SpectralFit.Profiles;

/// <summary>Scan grids for profiles.</summary>
public static class ScanGrid
{
    /// <summary><paramref name="points"/> equally spaced values from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static double[] Linear(double from, double to, int points)
    {
        UserInputException.RequireFinite(from, "scan start");
        UserInputException.RequireFinite(to, "scan end");
        if (points < 2)
            throw new UserInputException($"scan: expected at least 2 points, got {points}");
        if (!(to > from))
            throw new UserInputException($"scan: the end {to} must be above the start {from}");
        var grid = new double[points];
        for (int i = 0; i < points; i++)
            grid[i] = from + (to - from) * i / (points - 1);
        grid[^1] = to;
        return grid;
    }
}
