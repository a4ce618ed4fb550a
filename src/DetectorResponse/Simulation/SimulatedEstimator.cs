using DetectorResponse.Estimators;
using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>
/// The event-level model of one energy estimator in the Monte Carlo. For an event of visible energy E:
///   g   = 1 + sigma_T z1                       (light-yield non-uniformity, z1 ~ N(0,1), shared by the event's estimators)
///   n   ~ Poisson(g N(E))                      (photoelectron / hit statistics)
///   x   = n + sqrt(v1 g N(E)) z2 + (Poisson(sigma_d^2) - sigma_d^2)   (excess statistical spread, dark noise minus its mean)
/// (<see cref="EventStatistics.Poisson"/>), or x = N(E) + sigma z (<see cref="EventStatistics.Gaussian"/>, the
/// kernel of the analytic folding), so that mean(x) = N(E) and variance(x) = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2, the moments of the
/// analytic response (physics.md §6; B1's DetectorResponse.Estimators.EstimatorResponse). N(E) carries
/// the estimator's light yield and the N_pmts saturation N_live (1 - exp(-N_pe / N_live)).
/// </summary>
public sealed class SimulatedEstimator
{
    private readonly Func<double, double> _mean;

    /// <param name="name">Estimator name written into datasets (e.g. "nh", "npmts_dt1").</param>
    /// <param name="mean">N(E): mean estimator value at visible energy E [MeV]; increasing.</param>
    /// <param name="varianceFactor">v1 &gt;= 0.</param>
    /// <param name="constantTerm">sigma_T &gt;= 0 (relative).</param>
    /// <param name="darkNoise">sigma_d &gt;= 0 (estimator units).</param>
    /// <param name="statistics">Poisson counting (default) or the Gaussian kernel of the analytic folding.</param>
    public SimulatedEstimator(string name, Func<double, double> mean, double varianceFactor, double constantTerm, double darkNoise,
        EventStatistics statistics = EventStatistics.Poisson)
    {
        Statistics = statistics;
        Name = name;
        _mean = mean;
        VarianceFactor = UserInputException.RequireNonNegative(varianceFactor, $"{name}: variance factor v1");
        ConstantTerm = UserInputException.RequireNonNegative(constantTerm, $"{name}: constant term sigma_T");
        DarkNoise = UserInputException.RequireNonNegative(darkNoise, $"{name}: dark noise sigma_d");
    }

    /// <summary>
    /// The Monte Carlo twin of an analytic estimator response: same mean N(E) (light yield, hits per pe,
    /// N_pmts saturation, window fractions) and same variance parameters v1, sigma_T, sigma_d.
    /// </summary>
    public static SimulatedEstimator FromResponse(EstimatorResponse response, EventStatistics statistics = EventStatistics.Poisson) =>
        new(EnergyEstimatorNames.Name(response.Estimator), response.Mean, response.Parameters.VarianceFactor,
            response.Parameters.ConstantTerm, response.Parameters.DarkNoise, statistics);

    public string Name { get; }

    public EventStatistics Statistics { get; }

    public double VarianceFactor { get; }

    public double ConstantTerm { get; }

    public double DarkNoise { get; }

    public double Mean(double visibleEnergy) => _mean(visibleEnergy);

    /// <summary>sigma^2 = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2 at mean N.</summary>
    public double Variance(double mean) =>
        (1 + VarianceFactor) * mean + ConstantTerm * ConstantTerm * mean * mean + DarkNoise * DarkNoise;

    /// <summary>One estimator value for an event of visible energy E; z1 is the event's shared normal variate.</summary>
    public double Sample(double visibleEnergy, double z1, Xoshiro256 rng)
    {
        if (Statistics == EventStatistics.Gaussian)
        {
            double mean = _mean(visibleEnergy);
            return mean + Math.Sqrt(Variance(mean)) * rng.NextGaussian();
        }
        double g = Math.Max(1 + ConstantTerm * z1, 0);
        double m = g * _mean(visibleEnergy);
        double x = rng.Poisson(m);
        if (VarianceFactor > 0)
            x += Math.Sqrt(VarianceFactor * m) * rng.NextGaussian();
        if (DarkNoise > 0)
        {
            double d2 = DarkNoise * DarkNoise;
            x += rng.Poisson(d2) - d2;
        }
        return x;
    }

    /// <summary>
    /// Lowest visible energy [MeV] whose mean plus <paramref name="sigmas"/> standard deviations reaches
    /// <paramref name="value"/> (bisection on the increasing mean). Events below it are skipped.
    /// </summary>
    public double VisibleEnergyReaching(double value, double sigmas, double maxEnergy = 100)
    {
        double Reach(double e)
        {
            double m = _mean(e);
            return m + sigmas * Math.Sqrt(Variance(m)) + 1;
        }
        if (Reach(0) >= value)
            return 0;
        double lo = 0, hi = maxEnergy;
        if (Reach(hi) < value)
            return hi;
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Reach(mid) < value)
                lo = mid;
            else
                hi = mid;
        }
        return lo;
    }
}
