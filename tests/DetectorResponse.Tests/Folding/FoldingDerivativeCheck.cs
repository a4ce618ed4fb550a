using DetectorResponse.Folding;

namespace DetectorResponse.Tests.Folding;

/// <summary>Compares SpectrumFolder's analytic derivative with a central difference of Fold.</summary>
internal static class FoldingDerivativeCheck
{
    /// <summary>
    /// Asserts max |analytic - numeric| &lt; <paramref name="relativeTolerance"/> x max |numeric| over every
    /// component and bin, and that the derivative is not identically zero.
    /// </summary>
    public static void AssertMatchesCentralDifference(
        SpectrumFolder folder, FoldingParameters p, FoldingParameter which, double h, double relativeTolerance)
    {
        int n = folder.ComponentCount * folder.BinCount;
        var analytic = new double[n];
        var up = new double[n];
        var down = new double[n];
        folder.FoldDerivative(p, which, analytic);
        double v = p.Get(which);
        folder.Fold(p.With(which, v + h), up);
        folder.Fold(p.With(which, v - h), down);
        double maxAbs = 0, maxErr = 0;
        for (int i = 0; i < n; i++)
        {
            double numeric = (up[i] - down[i]) / (2 * h);
            maxAbs = Math.Max(maxAbs, Math.Abs(numeric));
            maxErr = Math.Max(maxErr, Math.Abs(numeric - analytic[i]));
        }
        TestContext.Out.WriteLine($"{which}: max |d| = {maxAbs:E3}, max |analytic - numeric| = {maxErr:E3}");
        Assert.That(maxAbs, Is.GreaterThan(0));
        Assert.That(maxErr, Is.LessThan(relativeTolerance * maxAbs));
    }
}
