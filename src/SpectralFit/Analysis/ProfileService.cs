using System.Diagnostics;
using SolarFlux.Common;
using SpectralFit.Configuration;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using SpectralFit.Profiles;

namespace SpectralFit.Analysis;

/// <summary>
/// Profiles the deviance in mu_nu over the configured scan (magnetic_moment:scan, warm-started walk of
/// <see cref="ProfileLikelihood"/>) and derives the 90% C.L. limits.
/// </summary>
public sealed class ProfileService
{
    /// <param name="minimizer">Minimizer of the global fit (with errors); the scan points reuse its options without errors.</param>
    public ProfileService(VariableMetricMinimizer? minimizer = null)
    {
        Minimizer = minimizer ?? new VariableMetricMinimizer();
        Profiler = new ProfileLikelihood(new VariableMetricMinimizer(Minimizer.Options with { ComputeErrors = false }));
    }

    public VariableMetricMinimizer Minimizer { get; }

    /// <summary>Walks the scan; its minimizer skips the Hessian (the points need only their minimum deviance).</summary>
    public ProfileLikelihood Profiler { get; }

    /// <summary>The scan grid in the fit's unit (1e-11 mu_B).</summary>
    public static double[] Grid(MagneticMomentSpec spec) =>
        [.. spec.Scan.Values().Select(v => v / FitParameterFactory.MomentUnit)];

    public static LimitPrior Prior(MomentPrior prior) =>
        prior == MomentPrior.FlatMu ? LimitPrior.FlatInParameter : LimitPrior.FlatInSquare;

    public ProfileOutcome Profile(AssembledFit fit, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var spec = fit.Configuration.MagneticMoment;
        string poi = FitParameterFactory.MomentName;
        var grid = Grid(spec);
        var allowed = Profiler.AllowedParameters(fit.Likelihood.Parameters, poi);
        ProfileLikelihood.ValidateGrid(allowed, poi, grid);
        var global = Minimizer.Minimize(fit.Likelihood, allowed);
        var best = FitService.Evaluate(fit, global, clock.Elapsed);
        var points = Profiler.ScanPoints(fit.Likelihood, allowed, poi, grid, global, progress, cancellation);
        var scan = ProfileLikelihood.Build(poi, grid, global, points);
        var prior = Prior(spec.Prior);
        return Limits(scan, best, prior, clock.Elapsed);
    }

    /// <summary>Limits of a finished scan (Bayesian with <paramref name="prior"/>, and Delta chi^2 = 2.71).</summary>
    public static ProfileOutcome Limits(ProfileScan scan, FitOutcome best, LimitPrior prior, TimeSpan elapsed)
    {
        var bayes = UpperLimit.Bayesian(scan, 0.9, prior);
        double crossing;
        try
        {
            crossing = UpperLimit.DeltaChiSquareCrossing(scan) * FitParameterFactory.MomentUnit;
        }
        catch (UserInputException)
        {
            crossing = double.NaN;
        }
        return new ProfileOutcome(scan, best, bayes, bayes.Limit * FitParameterFactory.MomentUnit, crossing, prior, elapsed);
    }
}
