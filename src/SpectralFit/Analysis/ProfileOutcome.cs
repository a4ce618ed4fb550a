using SpectralFit.Profiles;

namespace SpectralFit.Analysis;

/// <summary>
/// The profile in mu_nu and its 90% C.L. limits (physics.md §7): the Bayesian limit (integral of
/// exp(-Delta/2) x prior from 0) and, for comparison, the crossing Delta chi^2 = 2.71 (NaN if the scan ends first).
/// Moments in mu_B.
/// </summary>
/// <param name="Scan">Profile in the fit parameter mu_nu [1e-11 mu_B].</param>
/// <param name="Best">The global fit (mu_nu &gt;= 0) with its quality.</param>
public sealed record ProfileOutcome(
    ProfileScan Scan,
    FitOutcome Best,
    BayesianLimit Bayesian,
    double UpperLimit90,
    double DeltaChiSquareLimit90,
    LimitPrior Prior,
    TimeSpan Elapsed)
{
    /// <summary>Scan points [mu_B].</summary>
    public double[] MomentGrid => [.. Scan.Grid.Select(m => m * Modeling.FitParameterFactory.MomentUnit)];
}
