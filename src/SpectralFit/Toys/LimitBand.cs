using MathNet.Numerics.Statistics;
using SolarFlux.Common;

namespace SpectralFit.Toys;

/// <summary>
/// Expected-limit band from toy limits: the median and the quantiles at the Gaussian +-1 and +-2 sigma
/// probabilities (15.87%/84.13%, 2.28%/97.72%).
/// </summary>
public sealed record LimitBand(int Count, double Minus2Sigma, double Minus1Sigma, double Median, double Plus1Sigma, double Plus2Sigma)
{
    public static LimitBand From(IReadOnlyList<double> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Count == 0)
            throw new UserInputException("expected-limit band: no toy limits");
        var data = limits.ToArray();
        double Q(double z) => Statistics.Quantile(data, MathNet.Numerics.Distributions.Normal.CDF(0, 1, z));
        return new LimitBand(data.Length, Q(-2), Q(-1), Statistics.Median(data), Q(1), Q(2));
    }
}
