namespace SpectralFit.Moments;

/// <summary>
/// One row of the comparison table: a bound and its ratio to this framework's solar mu_eff limit
/// (ratio &gt; 1: the published bound is weaker).
/// </summary>
public sealed record BoundComparisonRow(PublishedBound Bound, double RatioToThisWork, bool IsThisWork);
