namespace SolarFlux.Solar;

/// <summary>Sum_k c_k T_k(x) by Clenshaw's recurrence (x in [-1, 1]).</summary>
internal static class ChebyshevSeries
{
    public static double Evaluate(ReadOnlySpan<double> c, double x)
    {
        double b1 = 0, b2 = 0;
        for (int k = c.Length - 1; k >= 1; k--)
        {
            double b0 = 2 * x * b1 - b2 + c[k];
            b2 = b1;
            b1 = b0;
        }
        return x * b1 - b2 + c[0];
    }
}
