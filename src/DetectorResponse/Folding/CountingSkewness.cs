using DetectorResponse.Estimators;

namespace DetectorResponse.Folding;

/// <summary>
/// Third cumulant of an estimator value from its counting statistics, and the skewed kernel that carries it
/// (used for peaks; the electron nodes keep the Gaussian kernel). Counting model (physics.md §6, the Monte Carlo twin
/// DetectorResponse.Simulation.SimulatedEstimator): x = Poisson(g N) + sqrt(v1 g N) z + (Poisson(sigma_d^2) - sigma_d^2),
/// g = 1 + sigma_T z'. Law of total cumulance over g:
///   kappa3 = E[kappa3 | g] + 3 Cov(E[x|g], Var[x|g]) = N + sigma_d^2 + 3 (1 + v1) sigma_T^2 N^2
/// (the Poisson third cumulant equals its mean; the Gaussian terms add none). At the 210Po peak on N_h
/// (N ~ 199 hits, sigma ~ 17.2) this is ~288 hits^3, skewness ~0.057.
/// Kernel: the first-order Cornish-Fisher transform (Cornish &amp; Fisher 1937; Fisher &amp; Cornish, Technometrics 2 (1960) 209) of a standard
/// of a standard normal w, x = mu + sigma (w + a (w^2 - 1)) with a = gamma/6, gamma = kappa3 / sigma^3: a proper distribution
/// (non-negative density, monotone map for w &gt; -1/(2a)) with mean mu, variance sigma^2 (1 + 2a^2) and third
/// cumulant sigma^3 (6a + 8a^3), i.e. kappa3 up to O(gamma^2) (a = 0.01 at the 210Po peak: width +0.01%).
/// Bin contents are CDF differences, F(x) = Phi(w(u)), u = (x - mu)/sigma,
///   w(u) = 2 (u + a) / (1 + sqrt(1 + 4a (u + a)))   (the root of a w^2 + w - a - u = 0 that tends to u as a -&gt; 0),
///   dw = (du - (w^2 - 1) da) / (1 + 2 a w).
/// </summary>
internal static class CountingSkewness
{
    /// <summary>kappa3(N) = N + sigma_d^2 + 3 (1 + v1) sigma_T^2 N^2 [estimator units^3].</summary>
    public static double ThirdCumulant(in EstimatorResponse r, double mean)
    {
        var p = r.Parameters;
        return mean + p.DarkNoise * p.DarkNoise + 3 * (1 + p.VarianceFactor) * p.ConstantTerm * p.ConstantTerm * mean * mean;
    }

    /// <summary>Kernel skew a = kappa3 / (6 sigma^3) of a kernel of width sigma at mean N.</summary>
    public static double KernelSkew(in EstimatorResponse r, double mean, double sigma) =>
        ThirdCumulant(r, mean) / (6 * sigma * sigma * sigma);

    /// <summary>
    /// da / d(parameter) = dkappa3 / (6 sigma^3) - 3 a dsigma / sigma, with dkappa3 = kappa3'(N) dN + dkappa3 / d(parameter) at fixed N.
    /// </summary>
    public static double KernelSkewDerivative(in EstimatorResponse r, double mean, double sigma, double a, double dMean,
        double dSigma, FoldingParameter which) =>
        (ThirdCumulantSlope(r, mean) * dMean + ThirdCumulantDerivative(r, mean, which)) / (6 * sigma * sigma * sigma)
        - 3 * a * dSigma / sigma;

    /// <summary>d kappa3 / dN.</summary>
    public static double ThirdCumulantSlope(in EstimatorResponse r, double mean)
    {
        var p = r.Parameters;
        return 1 + 6 * (1 + p.VarianceFactor) * p.ConstantTerm * p.ConstantTerm * mean;
    }

    /// <summary>d kappa3 / d(parameter) at fixed N, for the variance-model parameters (zero for the others).</summary>
    public static double ThirdCumulantDerivative(in EstimatorResponse r, double mean, FoldingParameter which)
    {
        var p = r.Parameters;
        return which switch
        {
            FoldingParameter.VarianceFactor => 3 * p.ConstantTerm * p.ConstantTerm * mean * mean,
            FoldingParameter.ConstantTerm => 6 * (1 + p.VarianceFactor) * p.ConstantTerm * mean * mean,
            FoldingParameter.DarkNoise => 2 * p.DarkNoise,
            _ => 0.0,
        };
    }

    /// <summary>
    /// The normal argument w(u) of the skewed kernel at standardized distance u = (x - mu)/sigma, with a = gamma/6 &gt;= 0
    /// (minus infinity below the support, u &lt; -a - 1/(4a)).
    /// </summary>
    public static double NormalArgument(double u, double a)
    {
        double disc = 1 + 4 * a * (u + a);
        return disc <= 0 ? double.NegativeInfinity : 2 * (u + a) / (1 + Math.Sqrt(disc));
    }

    /// <summary>Skewed CDF for the tails (accurate Phi).</summary>
    public static double Cdf(double u, double a)
    {
        double w = NormalArgument(u, a);
        return double.IsNegativeInfinity(w) ? 0 : NormalDistribution.Cdf(w);
    }
}
