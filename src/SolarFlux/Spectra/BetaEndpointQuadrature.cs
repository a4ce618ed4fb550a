using MathNet.Numerics.Integration;

namespace SolarFlux.Spectra;

/// <summary>
/// Integrals of beta-spectrum quantities over the charged-lepton kinetic energy T in [a, b] within [0, Q].
/// Beta spectra behave like sqrt(T) (through p_e) near T = 0, so we integrate in u = sqrt(T)
/// (dT = 2 u du), where the integrand is smooth, with composite 8-point Gauss-Legendre panels.
/// </summary>
public static class BetaEndpointQuadrature
{
    private const int Order = 8;
    private static readonly double[] Nodes;
    private static readonly double[] Weights;

    static BetaEndpointQuadrature()
    {
        var rule = new GaussLegendreRule(-1, 1, Order);
        Nodes = rule.Abscissas;
        Weights = rule.Weights;
    }

    /// <summary>Integral of f(T) dT over [a, b] (0 &lt;= a &lt;= b) using <paramref name="panels"/> panels in sqrt(T).</summary>
    public static double Integrate(Func<double, double> f, double a, double b, int panels = 32)
    {
        if (!(a >= 0) || !(b >= a))
            throw new ArgumentOutOfRangeException(nameof(a), $"need 0 <= a <= b, got a = {a}, b = {b}");
        if (panels < 1)
            throw new ArgumentOutOfRangeException(nameof(panels), panels, "need at least one panel");
        double ua = Math.Sqrt(a), ub = Math.Sqrt(b);
        double h = (ub - ua) / panels;
        double sum = 0;
        for (int k = 0; k < panels; k++)
        {
            double mid = ua + (k + 0.5) * h;
            for (int i = 0; i < Order; i++)
            {
                double u = mid + 0.5 * h * Nodes[i];
                sum += Weights[i] * f(u * u) * 2 * u;
            }
        }
        return 0.5 * h * sum;
    }
}
