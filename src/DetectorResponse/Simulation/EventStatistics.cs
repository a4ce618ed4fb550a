namespace DetectorResponse.Simulation;

/// <summary>How the Monte Carlo draws an estimator value around its mean (<see cref="SimulatedEstimator"/>).</summary>
public enum EventStatistics
{
    /// <summary>Photoelectron/hit counting: Poisson around the fluctuated mean, plus excess spread and dark noise (skewed at low N, as in the detector).</summary>
    Poisson,

    /// <summary>A normal variate with the same mean and variance: exactly the Gaussian kernel of the analytic folding.</summary>
    Gaussian,
}
