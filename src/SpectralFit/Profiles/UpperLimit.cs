using MathNet.Numerics.Integration;
using SolarFlux.Common;

namespace SpectralFit.Profiles;

/// <summary>
/// Upper limits from a profile (physics.md section 7): the Bayesian limit mu_up solves
/// integral_0^mu_up L(mu) pi(mu) dmu = CL x integral_0^inf L(mu) pi(mu) dmu with
/// L(mu) = exp(-Delta(mu)/2) and a flat prior pi in mu (or in mu^2); and, for comparison, the
/// frequentist-style crossing Delta(mu) = 2.71 above the best fit.
/// Delta is interpolated by an Akima spline and the integrand integrated with 16-point
/// Gauss-Legendre per scan interval; beyond the last point Delta continues with its last slope.
/// </summary>
public static class UpperLimit
{
    private const int GaussOrder = 16;

    /// <summary>Delta = 2.71: the one-sided 95% / two-sided 90% chi-square (1 dof) threshold.</summary>
    public const double DeltaChiSquare90 = 2.71;

    public static BayesianLimit Bayesian(ProfileScan scan, double credibility = 0.9, LimitPrior prior = LimitPrior.FlatInParameter)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (!(credibility > 0 && credibility < 1))
            throw new UserInputException($"limit credibility: expected a value between 0 and 1, got {credibility}");
        var grid = scan.Grid;
        if (Math.Abs(grid[0]) > 1e-12 * (grid[^1] - grid[0]))
            throw new UserInputException(
                $"profile in '{scan.ParameterName}': the Bayesian limit integrates from {scan.ParameterName} = 0, but the scan starts at {grid[0]}; start the scan at 0");
        var curve = new ProfileCurve(scan);
        Func<double, double> integrand = prior == LimitPrior.FlatInSquare
            ? mu => mu * Math.Exp(-0.5 * curve.Delta(mu))
            : mu => Math.Exp(-0.5 * curve.Delta(mu));

        int n = grid.Count;
        var segment = new double[n - 1];
        double inside = 0;
        for (int i = 0; i < n - 1; i++)
        {
            segment[i] = GaussLegendreRule.Integrate(integrand, grid[i], grid[i + 1], GaussOrder);
            inside += segment[i];
        }
        var tail = Tail.Create(scan, curve, prior);
        double total = inside + tail.Integral;
        if (!(total > 0))
            throw new UserInputException($"profile in '{scan.ParameterName}': the likelihood integral vanishes (is the profile finite?)");

        double target = credibility * total, cumulative = 0;
        for (int i = 0; i < n - 1; i++)
        {
            if (cumulative + segment[i] >= target)
            {
                double need = target - cumulative, a = grid[i], b = grid[i + 1];
                for (int it = 0; it < 100 && b - a > 1e-13 * (1 + Math.Abs(b)); it++)
                {
                    double m = 0.5 * (a + b);
                    if (GaussLegendreRule.Integrate(integrand, grid[i], m, GaussOrder) < need)
                        a = m;
                    else
                        b = m;
                }
                return new BayesianLimit(scan.ParameterName, credibility, 0.5 * (a + b), prior, tail.Integral / total);
            }
            cumulative += segment[i];
        }
        return new BayesianLimit(scan.ParameterName, credibility, tail.Solve(target - cumulative), prior, tail.Integral / total);
    }

    /// <summary>
    /// The value above the best fit where Delta(mu) first reaches <paramref name="threshold"/>
    /// (default 2.71); a user error if the scan ends before.
    /// </summary>
    public static double DeltaChiSquareCrossing(ProfileScan scan, double threshold = DeltaChiSquare90)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (!(threshold > 0))
            throw new UserInputException($"Delta chi-square threshold: expected a value > 0, got {threshold}");
        var curve = new ProfileCurve(scan);
        int start = Array.IndexOf(curve.Y, curve.Y.Min());
        for (int i = start + 1; i < curve.X.Length; i++)
            if (curve.Y[i] >= threshold)
                return curve.Crossing(curve.X[i - 1], curve.X[i], threshold);
        throw new UserInputException(
            $"profile in '{scan.ParameterName}': -2 Delta ln L stays below {threshold} up to the end of the scan ({scan.ParameterName} = {curve.X[^1]}, Delta = {curve.Y[^1]:G4}); extend the scan");
    }

    /// <summary>Exponential continuation L(mu) = L_end exp(-s (mu - m) / 2) beyond the last point m.</summary>
    private sealed record Tail(double End, double LEnd, double Slope, LimitPrior Prior, double Integral)
    {
        public static Tail Create(ProfileScan scan, ProfileCurve curve, LimitPrior prior)
        {
            double m = curve.X[^1], lEnd = Math.Exp(-0.5 * curve.Y[^1]);
            double s = (curve.Y[^1] - curve.Y[^2]) / (curve.X[^1] - curve.X[^2]);
            if (!(s > 0))
            {
                if (lEnd > 1e-6)
                    throw new UserInputException(
                        $"profile in '{scan.ParameterName}': -2 Delta ln L does not rise at the end of the scan ({scan.ParameterName} = {m}, Delta = {curve.Y[^1]:G4}); extend the scan to larger values");
                return new Tail(m, 0, 1, prior, 0);
            }
            return new Tail(m, lEnd, s, prior, Cumulative(m, lEnd, s, prior, double.PositiveInfinity));
        }

        /// <summary>Integral of the continued integrand from the scan end to end + u.</summary>
        private static double Cumulative(double m, double lEnd, double s, LimitPrior prior, double u)
        {
            double e = double.IsPositiveInfinity(u) ? 0 : Math.Exp(-0.5 * s * u);
            if (prior == LimitPrior.FlatInParameter)
                return lEnd * 2 / s * (1 - e);
            double full = 2 * m / s + 4 / (s * s);
            double rest = double.IsPositiveInfinity(u) ? 0 : e * (2 * (m + u) / s + 4 / (s * s));
            return lEnd * (full - rest);
        }

        public double Solve(double need)
        {
            double a = 0, b = 1 / Slope;
            while (Cumulative(End, LEnd, Slope, Prior, b) < need && b < 1e6 / Slope)
                b *= 2;
            for (int it = 0; it < 200; it++)
            {
                double u = 0.5 * (a + b);
                if (Cumulative(End, LEnd, Slope, Prior, u) < need)
                    a = u;
                else
                    b = u;
            }
            return End + 0.5 * (a + b);
        }
    }
}
