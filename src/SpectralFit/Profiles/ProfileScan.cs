using SolarFlux.Common;
using SpectralFit.Minimization;

namespace SpectralFit.Profiles;

/// <summary>
/// A profile likelihood in one parameter of interest: at each grid value the other parameters are
/// refitted and the minimum deviance D(mu) recorded. <see cref="DeltaDeviances"/> = D(mu) - D_min =
/// -2 Delta ln L(mu), relative to the global minimum (over the allowed range, e.g. mu &gt;= 0).
/// </summary>
public sealed record ProfileScan
{
    public ProfileScan(string parameterName, IReadOnlyList<double> grid, IReadOnlyList<double> deviances,
        double minimumDeviance, double bestFitValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parameterName);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(deviances);
        ValidateGrid(parameterName, grid);
        if (deviances.Count != grid.Count)
            throw new UserInputException($"profile in '{parameterName}': {deviances.Count} deviances for {grid.Count} grid points");
        for (int i = 0; i < deviances.Count; i++)
            UserInputException.RequireFinite(deviances[i], $"profile in '{parameterName}': deviance at {parameterName} = {grid[i]}");
        UserInputException.RequireFinite(minimumDeviance, $"profile in '{parameterName}': minimum deviance");
        ParameterName = parameterName;
        Grid = grid.ToArray();
        Deviances = deviances.ToArray();
        // The global minimum is never above a scanned point (an imperfect global fit is corrected here).
        MinimumDeviance = Math.Min(minimumDeviance, Deviances.Min());
        BestFitValue = minimumDeviance <= Deviances.Min() ? bestFitValue : Grid[Array.IndexOf(Deviances.ToArray(), Deviances.Min())];
        DeltaDeviances = Deviances.Select(d => d - MinimumDeviance).ToArray();
    }

    /// <summary>A profile given directly as deviances on a grid (e.g. read from a file); D_min = min over the grid.</summary>
    public static ProfileScan FromDeviances(string parameterName, IReadOnlyList<double> grid, IReadOnlyList<double> deviances)
    {
        ArgumentNullException.ThrowIfNull(deviances);
        if (deviances.Count == 0)
            throw new UserInputException($"profile in '{parameterName}': no points");
        double min = deviances.Min();
        return new ProfileScan(parameterName, grid, deviances, min, grid[deviances.ToList().IndexOf(min)]);
    }

    public string ParameterName { get; }

    /// <summary>Scan values of the parameter of interest, strictly increasing.</summary>
    public IReadOnlyList<double> Grid { get; }

    /// <summary>Absolute profiled deviance D(mu) at each grid point.</summary>
    public IReadOnlyList<double> Deviances { get; }

    /// <summary>-2 Delta ln L(mu) = D(mu) - D_min.</summary>
    public IReadOnlyList<double> DeltaDeviances { get; }

    public double MinimumDeviance { get; }

    /// <summary>Value of the parameter of interest at the global minimum.</summary>
    public double BestFitValue { get; }

    /// <summary>The global fit (null for profiles given as numbers).</summary>
    public FitResult? GlobalFit { get; init; }

    /// <summary>Fitted values of all parameters at each grid point (empty for profiles given as numbers).</summary>
    public IReadOnlyList<IReadOnlyList<double>> FittedValues { get; init; } = [];

    /// <summary>Whether each point's conditional fit was valid (empty for profiles given as numbers).</summary>
    public IReadOnlyList<bool> PointValid { get; init; } = [];

    public bool AllPointsValid => PointValid.All(v => v);

    /// <summary>Strictly increasing, finite, at least two points; otherwise a user error naming the parameter.</summary>
    public static void ValidateGrid(string parameterName, IReadOnlyList<double> grid)
    {
        if (grid.Count < 2)
            throw new UserInputException($"profile in '{parameterName}': expected at least 2 scan points, got {grid.Count}");
        for (int i = 0; i < grid.Count; i++)
        {
            UserInputException.RequireFinite(grid[i], $"profile in '{parameterName}': scan point {i}");
            if (i > 0 && grid[i] <= grid[i - 1])
                throw new UserInputException($"profile in '{parameterName}': scan points must increase strictly, but point {i} ({grid[i]}) follows {grid[i - 1]}");
        }
    }
}
