namespace DetectorResponse.Folding;

/// <summary>
/// Standard normal CDF and density. <see cref="Cdf"/>: erfc of Numerical Recipes (Press et al., 2nd ed.,
/// §6.2, "erfcc"), fractional error &lt; 1.2e-7 everywhere, also far in the tails (used for tails).
/// <see cref="TableCdf"/>: the hot-loop version on |z| &lt;= <see cref="TableRange"/>, cubic Hermite
/// interpolation of an exact table (MathNet) using the density as slope, absolute error &lt; 1e-9.
/// </summary>
internal static class NormalDistribution
{
    public const double TableRange = 6.5;
    private const int StepsPerUnit = 64;
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    private static readonly double[] CdfTable = Build(z => MathNet.Numerics.Distributions.Normal.CDF(0, 1, z));
    private static readonly double[] PdfTable = Build(Pdf);

    public static double Cdf(double z)
    {
        double x = -z * InvSqrt2;
        double ax = Math.Abs(x);
        double t = 1.0 / (1.0 + 0.5 * ax);
        double erfc = t * Math.Exp(-ax * ax - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
            t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return 0.5 * (x >= 0 ? erfc : 2.0 - erfc);
    }

    public static double Pdf(double z) => InvSqrt2Pi * Math.Exp(-0.5 * z * z);

    /// <summary>Phi(z) for |z| &lt;= TableRange (clamped outside).</summary>
    public static double TableCdf(double z)
    {
        double u = (Math.Clamp(z, -TableRange, TableRange) + TableRange) * StepsPerUnit;
        int i = Math.Min((int)u, CdfTable.Length - 2);
        double f = u - i;
        const double h = 1.0 / StepsPerUnit;
        double g = 1 - f;
        // Cubic Hermite basis.
        return (1 + 2 * f) * g * g * CdfTable[i] + f * g * g * h * PdfTable[i]
             + f * f * (3 - 2 * f) * CdfTable[i + 1] - f * f * g * h * PdfTable[i + 1];
    }

    private static double[] Build(Func<double, double> f)
    {
        int n = (int)(2 * TableRange * StepsPerUnit) + 1;
        var table = new double[n];
        for (int i = 0; i < n; i++)
            table[i] = f(-TableRange + (double)i / StepsPerUnit);
        return table;
    }
}
