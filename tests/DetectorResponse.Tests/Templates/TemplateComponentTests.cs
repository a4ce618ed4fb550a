using DetectorResponse.Spectra;
using DetectorResponse.Templates;

namespace DetectorResponse.Tests.Templates;

public class TemplateComponentTests
{
    private static TemplateComponent Triangle()
    {
        // a ramp on 10 uniform bins of width 10 on [100, 200]
        var edges = Enumerable.Range(0, 11).Select(i => 100.0 + 10 * i).ToArray();
        var contents = Enumerable.Range(0, 10).Select(i => (double)(i + 1)).ToArray();
        return new TemplateComponent("ramp", new EnergyHistogram(edges, contents, "ramp"), TemplateAxis.ObservableEnergy);
    }

    [Test]
    public void ExpectedCounts_IdentityOnTemplateBins_ReproducesShares()
    {
        var t = Triangle();
        double[] counts = t.ExpectedCounts(t.Shape.Edges, TemplateNuisance.Identity, 550);
        Assert.That(counts, Is.EqualTo(Enumerable.Range(1, 10).Select(i => (double)i * 10).ToArray()).Within(1e-9));
    }

    [Test]
    public void ExpectedCounts_ScaleAndShift_MoveTheBinsLinearly()
    {
        var t = Triangle();
        // y = 0.4 x + 3: template bin [100,110] -> [43, 47]
        var n = new TemplateNuisance(0.4, 3, 0, 0);
        double[] edges = Enumerable.Range(0, 11).Select(i => 43.0 + 4 * i).ToArray();
        double[] counts = t.ExpectedCounts(edges, n, 55);
        Assert.That(counts, Is.EqualTo(Enumerable.Range(1, 10).Select(i => (double)i).ToArray()).Within(1e-9));
        // half a bin: [43, 45] holds half of the first bin
        Assert.That(t.ExpectedCounts([43.0, 45.0], n, 55)[0], Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void ExpectedCounts_Smearing_ConservesTotalAndMeanAndAddsVariance()
    {
        var t = Triangle();
        const double sigma = 7;
        var n = new TemplateNuisance(1, 0, sigma, 0);
        double[] edges = Enumerable.Range(0, 3001).Select(i => 0.1 * i).ToArray(); // 0..300, fine bins
        double[] smeared = t.ExpectedCounts(edges, n, 1);
        double[] sharp = t.ExpectedCounts(edges, TemplateNuisance.Identity, 1);
        (double total, double mean, double variance) Moments(double[] c)
        {
            double s = 0, m = 0, m2 = 0;
            for (int k = 0; k < c.Length; k++)
            {
                double y = 0.5 * (edges[k] + edges[k + 1]);
                s += c[k]; m += c[k] * y; m2 += c[k] * y * y;
            }
            m /= s;
            return (s, m, m2 / s - m * m);
        }
        var a = Moments(sharp);
        var b = Moments(smeared);
        Assert.That(b.total, Is.EqualTo(1).Within(1e-12));
        Assert.That(b.mean, Is.EqualTo(a.mean).Within(1e-6));
        Assert.That(b.variance, Is.EqualTo(a.variance + sigma * sigma).Within(5e-3));
        Assert.That(smeared[950], Is.GreaterThan(0)); // y = 95, below the template, reached by the tail
    }

    [Test]
    public void ExpectedCounts_StochasticSmearing_MatchesBruteForceIntegration()
    {
        var t = Triangle();
        var n = new TemplateNuisance(1.1, -5, 1, 0.6);
        double[] edges = [95, 120, 150, 151, 190, 230];
        double[] exact = t.ExpectedCounts(edges, n, 1);
        // brute force: fine sub-bins of each template bin, each smeared with its own bin-centre sigma
        double[] brute = new double[edges.Length - 1];
        var shape = t.Shape;
        for (int i = 0; i < shape.Count; i++)
        {
            double a = 1.1 * shape.Low(i) - 5, b = 1.1 * shape.High(i) - 5;
            double s = n.Sigma(0.5 * (a + b));
            const int sub = 2000;
            for (int j = 0; j < sub; j++)
            {
                double y = a + (j + 0.5) * (b - a) / sub;
                double w = shape.Contents[i] / shape.Total / sub;
                for (int k = 0; k < brute.Length; k++)
                    brute[k] += w * (Phi((edges[k + 1] - y) / s) - Phi((edges[k] - y) / s));
            }
        }
        Assert.That(exact, Is.EqualTo(brute).Within(1e-6));
    }

    [Test]
    public void ExpectedCounts_SpanForm_DoesNotAllocate()
    {
        var t = Triangle();
        double[] edges = Enumerable.Range(0, 101).Select(i => 40.0 + i).ToArray();
        double[] output = new double[100];
        var n = new TemplateNuisance(0.4, 2, 1, 0.1);
        t.ExpectedCounts(edges, n, 1, output);
        long before = GC.GetAllocatedBytesForCurrentThread();
        t.ExpectedCounts(edges, n, 1, output);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.EqualTo(0));
    }

    private static double Phi(double x) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-x / Math.Sqrt(2));
}
