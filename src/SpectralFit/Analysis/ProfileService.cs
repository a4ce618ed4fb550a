using System.Diagnostics;
using SolarFlux.Common;
using SpectralFit.Configuration;
using SpectralFit.Modeling;
using SpectralFit.Profiles;

namespace SpectralFit.Analysis;

/// <summary>
/// Profiles the deviance in mu_nu over the configured scan (magnetic_moment:scan, warm-started walk of
/// <see cref="ProfileLikelihood"/>) and derives the 90% C.L. limits.
/// </summary>
public sealed class ProfileService
{
    public ProfileService(ProfileLikelihood? profiler = null) => Profiler = profiler ?? new ProfileLikelihood();

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
        var scan = Profiler.Scan(fit.Likelihood, FitParameterFactory.MomentName, Grid(spec), progress, cancellation);
        var best = FitService.Evaluate(fit, scan.GlobalFit!, clock.Elapsed);
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
