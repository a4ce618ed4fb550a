namespace DetectorResponse.Estimators;

/// <summary>
/// Mean and variance of an energy estimator for an event of visible energy E [MeV] (physics.md §6).
/// Mean, with N_pe = LY E:
///   npe:        N = N_pe
///   nh:         N = L_h (1 - exp(-h N_pe / L_h))               (h hits per pe, saturation scale L_h)
///   npmts:      N = N_live (1 - exp(-N_pe / N_live))           (Poisson occupancy of N_live PMTs)
///   npmts_dt1:  N = N_live (1 - exp(-w1 N_pe / N_live))        (w1: fraction of pe within 230 ns)
///   npmts_dt2:  N = N_live (1 - exp(-w2 N_pe / N_live))        (w2: within 400 ns)
/// Variance: sigma^2(N) = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2 (Poisson with an excess factor v1, a
/// constant relative term sigma_T, a noise term sigma_d). Pure functions of the parameters; cheap to
/// build (a struct: one per parameter change without allocation).
/// </summary>
public readonly struct EstimatorResponse
{
    private readonly double _yield;      // estimator units (or occupancy pe) per MeV
    private readonly bool _saturating;
    private readonly double _live;
    private readonly double _v1, _sigmaTSq, _sigmaDSq;

    public EstimatorResponse(EnergyEstimator estimator, ResponseParameters parameters)
    {
        Estimator = estimator;
        Parameters = parameters;
        double ly = parameters.LightYield;
        (_yield, _saturating) = estimator switch
        {
            EnergyEstimator.Npe => (ly, false),
            EnergyEstimator.Nh => (ly * parameters.HitsPerPhotoelectron, true),
            EnergyEstimator.Npmts => (ly, true),
            EnergyEstimator.NpmtsDt1 => (ly * parameters.WindowFractionDt1, true),
            EnergyEstimator.NpmtsDt2 => (ly * parameters.WindowFractionDt2, true),
            _ => throw new ArgumentOutOfRangeException(nameof(estimator), estimator, "unknown estimator"),
        };
        _live = estimator == EnergyEstimator.Nh ? parameters.HitCapacity : parameters.LivePmts;
        _v1 = parameters.VarianceFactor;
        _sigmaTSq = parameters.ConstantTerm * parameters.ConstantTerm;
        _sigmaDSq = parameters.DarkNoise * parameters.DarkNoise;
    }

    public EnergyEstimator Estimator { get; }

    public ResponseParameters Parameters { get; }

    /// <summary>Mean estimator value N(E) for visible energy E [MeV].</summary>
    public double Mean(double visibleEnergy) =>
        _saturating ? _live * (1 - Math.Exp(-_yield * visibleEnergy / _live)) : _yield * visibleEnergy;

    /// <summary>dN/dE [per MeV].</summary>
    public double MeanSlope(double visibleEnergy) =>
        _saturating ? _yield * Math.Exp(-_yield * visibleEnergy / _live) : _yield;

    /// <summary>dN/dLY at fixed E [per (pe/MeV)].</summary>
    public double MeanDerivativeLightYield(double visibleEnergy) =>
        MeanSlope(visibleEnergy) * visibleEnergy / Parameters.LightYield;

    /// <summary>d(dN/dE)/dLY [per MeV per (pe/MeV)].</summary>
    public double MeanSlopeDerivativeLightYield(double visibleEnergy)
    {
        double slopeOverLy = _yield / Parameters.LightYield;
        if (!_saturating)
            return slopeOverLy;
        double x = _yield * visibleEnergy / _live;
        return slopeOverLy * Math.Exp(-x) * (1 - x);
    }

    /// <summary>d^2N/dE^2 [per MeV^2].</summary>
    public double MeanCurvature(double visibleEnergy) =>
        _saturating ? -_yield * _yield / _live * Math.Exp(-_yield * visibleEnergy / _live) : 0.0;

    /// <summary>Visible energy [MeV] whose mean estimator value is N (inverse of <see cref="Mean"/>).</summary>
    public double VisibleEnergyFor(double mean)
    {
        if (!_saturating)
            return mean / _yield;
        if (mean >= _live)
            return double.PositiveInfinity;
        return -_live / _yield * Math.Log(1 - mean / _live);
    }

    /// <summary>sigma^2(N) = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2.</summary>
    public double Variance(double mean) => (1 + _v1) * mean + _sigmaTSq * mean * mean + _sigmaDSq;

    /// <summary>d sigma^2 / dN.</summary>
    public double VarianceSlope(double mean) => 1 + _v1 + 2 * _sigmaTSq * mean;

    /// <summary>d sigma^2 / d v1.</summary>
    public static double VarianceDerivativeVarianceFactor(double mean) => mean;

    /// <summary>d sigma^2 / d sigma_T.</summary>
    public double VarianceDerivativeConstantTerm(double mean) => 2 * Parameters.ConstantTerm * mean * mean;

    /// <summary>d sigma^2 / d sigma_d.</summary>
    public double VarianceDerivativeDarkNoise() => 2 * Parameters.DarkNoise;
}
