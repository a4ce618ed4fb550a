using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Parameters;

namespace SpectralFit.Profiles;

/// <summary>
/// Profiles the deviance in a parameter of interest (by name; mu_nu in the magnetic-moment analysis):
/// a global fit, then at each grid value the parameter is fixed and the others refitted,
/// warm-started from the neighbouring point, walking up and down from the grid point nearest the
/// best fit. A point whose warm-started fit is not valid is refitted from the global minimum and the
/// lower deviance kept. With <see cref="PhysicalNonNegative"/> the parameter is limited to &gt;= 0 in the
/// global fit and scan points below 0 are a user error.
/// </summary>
public sealed class ProfileLikelihood
{
    public ProfileLikelihood(VariableMetricMinimizer? minimizer = null) => Minimizer = minimizer ?? new VariableMetricMinimizer();

    public VariableMetricMinimizer Minimizer { get; }

    /// <summary>Restrict the parameter of interest to its physical region &gt;= 0 (default true).</summary>
    public bool PhysicalNonNegative { get; init; } = true;

    public ProfileScan Scan(CompositeLikelihood likelihood, string parameterOfInterest, IReadOnlyList<double> grid,
        IProgress<int>? progress = null, CancellationToken cancellation = default) =>
        Scan(likelihood, likelihood.Parameters, parameterOfInterest, grid, progress, cancellation);

    /// <param name="progress">Receives the number of grid points finished so far.</param>
    public ProfileScan Scan(ILikelihoodTerm objective, ParameterSet parameters, string parameterOfInterest,
        IReadOnlyList<double> grid, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var allowed = AllowedParameters(parameters, parameterOfInterest);
        ValidateGrid(allowed, parameterOfInterest, grid);
        var global = Minimizer.Minimize(objective, allowed);
        var points = ScanPoints(objective, allowed, parameterOfInterest, grid, global, progress, cancellation);
        return Build(parameterOfInterest, grid, global, points);
    }

    /// <summary>
    /// The fit's parameters with the parameter of interest free (a configuration may hold it fixed,
    /// e.g. at 0 for a plain spectral fit) and restricted to &gt;= 0 when physical.
    /// </summary>
    public ParameterSet AllowedParameters(ParameterSet parameters, string parameterOfInterest)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var poi = parameters[parameterOfInterest];
        if (poi.Lower == poi.Upper)
            throw new UserInputException($"parameter of interest '{parameterOfInterest}': its limits [{poi.Lower}, {poi.Upper}] leave no room to scan");
        var released = poi.IsFixed ? parameters.Released(parameterOfInterest) : parameters;
        if (!PhysicalNonNegative || poi.Lower >= 0)
            return released;
        if (poi.Upper <= 0)
            throw new UserInputException($"parameter of interest '{parameterOfInterest}': upper limit {poi.Upper} excludes the physical region > 0");
        return released.Replace(parameterOfInterest, p => p.WithValue(Math.Max(p.Value, 0)).WithLimits(0, p.Upper));
    }

    /// <summary>Scan values must increase and lie inside the (physical) limits of the parameter of interest.</summary>
    public static void ValidateGrid(ParameterSet allowed, string parameterOfInterest, IReadOnlyList<double> grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ProfileScan.ValidateGrid(parameterOfInterest, grid);
        var poi = allowed[parameterOfInterest];
        if (grid[0] < poi.Lower || grid[^1] > poi.Upper)
            throw new UserInputException(
                $"profile in '{parameterOfInterest}': scan range [{grid[0]}, {grid[^1]}] leaves the allowed range [{poi.Lower}, {poi.Upper}]" +
                (poi.Lower == 0 ? " (the parameter is physical only for values >= 0)" : ""));
    }

    /// <summary>One conditional fit per grid value, warm-started outward from the best fit (in grid order).</summary>
    public IReadOnlyList<FitResult> ScanPoints(ILikelihoodTerm objective, ParameterSet allowed, string parameterOfInterest,
        IReadOnlyList<double> grid, FitResult global, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(global);
        var results = new FitResult[grid.Count];
        double best = global.Value(parameterOfInterest);
        int start = 0;
        for (int i = 1; i < grid.Count; i++)
            if (Math.Abs(grid[i] - best) < Math.Abs(grid[start] - best))
                start = i;
        int done = 0;
        ParameterSet warm = global.Parameters;
        for (int i = start; i < grid.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            results[i] = FitPoint(objective, warm, global.Parameters, parameterOfInterest, grid[i]);
            warm = results[i].Parameters;
            progress?.Report(++done);
        }
        warm = results[start].Parameters;
        for (int i = start - 1; i >= 0; i--)
        {
            cancellation.ThrowIfCancellationRequested();
            results[i] = FitPoint(objective, warm, global.Parameters, parameterOfInterest, grid[i]);
            warm = results[i].Parameters;
            progress?.Report(++done);
        }
        return results;
    }

    /// <summary>Assembles the scan from a global fit and per-point fits (used by parallel runners).</summary>
    public static ProfileScan Build(string parameterOfInterest, IReadOnlyList<double> grid, FitResult global, IReadOnlyList<FitResult> points) =>
        new(parameterOfInterest, grid, points.Select(p => p.MinimumDeviance).ToArray(), global.MinimumDeviance, global.Value(parameterOfInterest))
        {
            GlobalFit = global,
            FittedValues = points.Select(p => p.Values).ToArray(),
            PointValid = points.Select(p => p.IsValid).ToArray(),
        };

    private FitResult FitPoint(ILikelihoodTerm objective, ParameterSet warm, ParameterSet globalBest, string poi, double value)
    {
        var fit = Minimizer.Minimize(objective, warm.FixedAt(poi, value));
        if (fit.IsValid)
            return fit;
        var retry = Minimizer.Minimize(objective, globalBest.FixedAt(poi, value));
        return retry.IsValid || retry.MinimumDeviance < fit.MinimumDeviance ? retry : fit;
    }
}
