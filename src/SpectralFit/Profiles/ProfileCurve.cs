using MathNet.Numerics.Interpolation;

namespace SpectralFit.Profiles;

/// <summary>
/// Delta(mu) between the scan points: Akima spline (local, no overshoot at kinks where a nuisance
/// parameter reaches its limit) with 5 or more points, linear otherwise.
/// </summary>
internal sealed class ProfileCurve
{
    private readonly IInterpolation _interpolation;

    public ProfileCurve(ProfileScan scan)
    {
        X = scan.Grid.ToArray();
        Y = scan.DeltaDeviances.ToArray();
        _interpolation = X.Length >= 5
            ? CubicSpline.InterpolateAkimaSorted(X, Y)
            : LinearSpline.InterpolateSorted(X, Y);
    }

    public double[] X { get; }

    public double[] Y { get; }

    public double Delta(double mu) => _interpolation.Interpolate(mu);

    /// <summary>Root of Delta(mu) = level in [a, b] by bisection (Delta(a) &lt; level &lt;= Delta(b) assumed).</summary>
    public double Crossing(double a, double b, double level)
    {
        for (int i = 0; i < 100 && b - a > 1e-14 * (1 + Math.Abs(b)); i++)
        {
            double m = 0.5 * (a + b);
            if (Delta(m) < level)
                a = m;
            else
                b = m;
        }
        return 0.5 * (a + b);
    }
}
