using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// A peak in visible energy centred at <see cref="FoldingParameters.PeakPosition"/> with width
/// <see cref="FoldingParameters.PeakWidth"/> (both in MeV of visible energy, free in the fit; physics.md §7):
/// the 210Po alpha peak. Mapped to the observable by the estimator's mean response and its local slope:
/// mu = N(E_pk), sigma^2 = sigma_det^2(mu) + (w dN/dE(E_pk))^2 with the estimator resolution sigma_det^2 of every event
/// (<see cref="AddsDetectorResolution"/>, default), or sigma = w dN/dE(E_pk). Its shape in the observable is Gaussian plus, by default, the skew of
/// the detector's counting statistics (third cumulant kappa3(mu), see CountingSkewness: Cornish-Fisher
/// kernel, integrated over each bin), which a line at ~200 hits shows at 1e6 events.
/// </summary>
public sealed class GaussianPeakComponent : FoldingComponent
{
    private readonly double _total;

    public GaussianPeakComponent(string name, double total) : base(name)
    {
        _total = UserInputException.RequireNonNegative(total, $"{name}: peak total");
    }

    public override double Total => _total;

    /// <summary>
    /// True (default): skewness kappa3(mu) / sigma^3 from Poisson-like counting statistics. False: a symmetric
    /// Gaussian (the kernel of a Gaussian-statistics Monte Carlo).
    /// </summary>
    public bool CountingSkew { get; init; } = true;

    /// <summary>
    /// True (default): the peak is the detector's response to a line of intrinsic width w in visible energy, so the
    /// estimator's resolution adds in quadrature, sigma^2 = sigma_det^2(mu) + (w dN/dE)^2 (<see cref="DetectorResponse.Estimators.EstimatorResponse.Variance"/>,
    /// the variance every event of mean mu has). False: w is the whole width, sigma = w dN/dE.
    /// </summary>
    public bool AddsDetectorResolution { get; init; } = true;
}
