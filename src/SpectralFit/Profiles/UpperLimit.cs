using MathNet.Numerics.Integration;
using SolarFlux.Common;

namespace SpectralFit.Profiles;

/// <summary>
/// Upper limits from a profile (physics.md section 7): the Bayesian limit mu_up solves
/// integral_0^mu_up L(mu) pi(mu) dmu = CL x integral_0^inf L(mu) pi(mu) dmu with
/// L(mu) = exp(-Delta(mu)/2) and a flat prior pi in mu (or in mu^2); and, for comparison, the
/// frequentist-style crossing Delta(mu) = 2.71 above the best fit.
/// Delta is interpolated by an Akima spline and the integrand integrated with 16-point
/// Gauss-Legendre per scan interval; beyond the last point Delta continues as the parabola through
/// the last three points (see <see cref="BayesianLimit.TailFraction"/>).
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

    /// <summary>
    /// Continuation beyond the last scan point m: Delta(m + u) = Delta_m + s u + c u^2 / 2 with slope s and
    /// curvature c &gt;= 0 of the parabola through the last three points (exact for a Gaussian profile),
    /// integrated numerically until Delta has risen by 60.
    /// </summary>
    private sealed class Tail
    {
        private const int Pieces = 64;
        private readonly double _end, _deltaEnd, _slope, _curvature, _span;
        private readonly LimitPrior _prior;

        private Tail(double end, double deltaEnd, double slope, double curvature, LimitPrior prior)
        {
            (_end, _deltaEnd, _slope, _curvature, _prior) = (end, deltaEnd, slope, curvature, prior);
            // Rise of 60 in Delta: s u + c u^2 / 2 = 60.
            _span = curvature > 0 ? (-slope + Math.Sqrt(slope * slope + 120 * curvature)) / curvature : 60 / slope;
            Integral = slope > 0 ? Cumulative(_span) : 0;
        }

        public double Integral { get; }

        public static Tail Create(ProfileScan scan, ProfileCurve curve, LimitPrior prior)
        {
            double[] x = curve.X, y = curve.Y;
            int n = x.Length;
            double last = (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
            double c = 0;
            if (n >= 3)
            {
                double before = (y[n - 2] - y[n - 3]) / (x[n - 2] - x[n - 3]);
                c = Math.Max(0, 2 * (last - before) / (x[n - 1] - x[n - 3]));
            }
            double s = last + 0.5 * c * (x[n - 1] - x[n - 2]);
            if (!(s > 0))
            {
                if (Math.Exp(-0.5 * y[n - 1]) > 1e-6)
                    throw new UserInputException(
                        $"profile in '{scan.ParameterName}': -2 Delta ln L does not rise at the end of the scan ({scan.ParameterName} = {x[n - 1]}, Delta = {y[n - 1]:G4}); extend the scan to larger values");
                return new Tail(x[n - 1], y[n - 1], 0, 0, prior);
            }
            return new Tail(x[n - 1], y[n - 1], s, c, prior);
        }

        private double Integrand(double u)
        {
            double l = Math.Exp(-0.5 * (_deltaEnd + _slope * u + 0.5 * _curvature * u * u));
            return _prior == LimitPrior.FlatInSquare ? (_end + u) * l : l;
        }

        /// <summary>Integral of the continued integrand from the scan end to end + u.</summary>
        private double Cumulative(double u)
        {
            double sum = 0, w = _span / Pieces;
            for (int i = 0; i < Pieces && i * w < u; i++)
                sum += GaussLegendreRule.Integrate(Integrand, i * w, Math.Min((i + 1) * w, u), GaussOrder);
            return sum;
        }

        public double Solve(double need)
        {
            double a = 0, b = _span;
            for (int it = 0; it < 100 && b - a > 1e-13 * (1 + _end + b); it++)
            {
                double u = 0.5 * (a + b);
                if (Cumulative(u) < need)
                    a = u;
                else
                    b = u;
            }
            return _end + 0.5 * (a + b);
        }
    }
}
