namespace SolarFlux.CrossSections;

/// <summary>
/// The real dilogarithm Li2(x) = -integral_0^x ln(1 - t)/t dt for x &lt;= 1, and the Spence function
/// of Bahcall, Kamionkowski and Sirlin (PRD 51, 6146 (1995), App. B), L(x) = integral_0^x ln|1 - t|/t dt = -Li2(x).
/// </summary>
internal static class Dilogarithm
{
    private const double PiSquaredOverSix = Math.PI * Math.PI / 6.0;

    // Li2(x) = sum_n B_n u^(n+1) / (n+1)!, u = -ln(1 - x) (Bernoulli numbers B_n; the expansion used by
    // 't Hooft & Veltman, Nucl. Phys. B 153, 365 (1979)).
    // For x <= 1/2, u <= ln 2 and the series converges like (u / 2 pi)^n: 12 odd terms give 1e-16.
    private static readonly double[] BernoulliSeries = BuildSeries();

    /// <summary>Li2(x) for -1 &lt;= x &lt;= 1.</summary>
    public static double Li2(double x)
    {
        if (x > 1.0 || x < -1.0)
            throw new ArgumentOutOfRangeException(nameof(x), x, "Li2 implemented for -1 <= x <= 1");
        if (x == 1.0)
            return PiSquaredOverSix;
        if (x > 0.5)
            // Euler reflection: Li2(x) + Li2(1 - x) = pi^2/6 - ln x ln(1 - x).
            return PiSquaredOverSix - Math.Log(x) * Math.Log(1.0 - x) - Series(1.0 - x);
        return Series(x);
    }

    /// <summary>BKS's L(x) = integral_0^x ln|1 - t|/t dt = -Li2(x).</summary>
    public static double SpenceBks(double x) => -Li2(x);

    private static double Series(double x)
    {
        double u = -Math.Log(1.0 - x);
        double u2 = u * u;
        // B_0 u + B_1 u^2/2 + sum over even n >= 2 of B_n u^(n+1)/(n+1)!
        double sum = 0.0;
        for (int k = BernoulliSeries.Length - 1; k >= 0; k--)
            sum = sum * u2 + BernoulliSeries[k];
        return u - 0.25 * u2 + u * u2 * sum;
    }

    private static double[] BuildSeries()
    {
        // Even Bernoulli numbers B_2 ... B_24.
        double[] b =
        [
            1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510,
            43867.0 / 798, -174611.0 / 330, 854513.0 / 138, -236364091.0 / 2730,
        ];
        var c = new double[b.Length];
        double factorial = 2.0; // (n+1)! for n = 2 starts at 3! = 6
        int n = 2;
        for (int k = 0; k < b.Length; k++, n += 2)
        {
            factorial = 1.0;
            for (int i = 2; i <= n + 1; i++)
                factorial *= i;
            c[k] = b[k] / factorial; // coefficient of u^(n+1) = u^3 * (u^2)^k
        }
        return c;
    }
}
