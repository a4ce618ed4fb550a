using DetectorResponse.Folding;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Folding;

public class PmtNormalizationAliasingTests
{
    /// <summary>Unit bins [k - 1, k) for k = 93..950, as Borexino's published N_h (Phase2SpectrumReader).</summary>
    private static ObservableBinning UpperEdgeBins() =>
        new(Enumerable.Range(92, 859).Select(k => (double)k).ToArray(), "N_h [k - 1, k)");

    /// <summary>Direct lattice sum: sum_m P(m) sum_{n: x_n in bin} f(x_n) R/m, x_n = n R/m.</summary>
    private static double[] LatticeSum(ObservableBinning b, double reference, int lo, int hi, Func<double, double> f)
    {
        var edges = b.Edges.ToArray();
        var result = new double[b.Count];
        for (int m = lo; m <= hi; m++)
        {
            double s = reference / m;
            for (long n = (long)(edges[0] / s); n * s < edges[^1]; n++)
            {
                double x = n * reference / m;
                if (x < edges[0])
                    continue;
                int k = Array.BinarySearch(edges, x);
                k = k >= 0 ? k : ~k - 1;
                result[k] += f(x) * s / (hi - lo + 1);
            }
        }
        return result;
    }

    [Test]
    public void Weights_BinsEndingAtSimpleFractionsOf2000_LoseEvents_NextBinsGainThem()
    {
        var a = new PmtNormalizationAliasing(2000, 1400, 1800, UpperEdgeBins());
        double W(int upper) => a.Weights[upper - 93];
        // 2000/10 = 200, 2000/8 = 250, 2000/5 = 400: points exactly there belong to [200, 201) etc., and the
        // lattice avoids the values just below (Farey gaps). Borexino's data: N_h 200 / 201 are 0.87 / 1.09 of a
        // smooth fit, 250 / 251 0.85 / 1.05 (README.md, Reproducing Borexino).
        foreach (int v in new[] { 200, 250, 400 })
        {
            Assert.That(W(v), Is.LessThan(0.95), $"bin [{v - 1}, {v})");
            Assert.That(W(v + 1), Is.GreaterThan(1.05), $"bin [{v}, {v + 1})");
        }
        // Away from simple fractions the lattice fills bins evenly, and the average weight is 1.
        Assert.That(W(212), Is.EqualTo(1).Within(0.02));
        Assert.That(a.Weights.ToArray().Average(), Is.EqualTo(1).Within(2e-3));
    }

    [Test]
    public void Apply_LinearDensity_MatchesTheLatticeSum()
    {
        // For f(x) = a + b x the first-order map W F + C f' is exact in the interior bins.
        var bins = UpperEdgeBins();
        var aliasing = new PmtNormalizationAliasing(2000, 1500, 1700, bins);
        Func<double, double> f = x => 50 + 0.3 * x;
        var exact = LatticeSum(bins, 2000, 1500, 1700, f);
        var row = Enumerable.Range(0, bins.Count).Select(k => f(bins.Edges[k] + 0.5)).ToArray(); // smooth bin contents
        aliasing.Apply(row, new double[bins.Count]);
        double worst = 0;
        for (int k = 1; k < bins.Count - 1; k++)
            worst = Math.Max(worst, Math.Abs(row[k] / exact[k] - 1));
        Assert.That(worst, Is.LessThan(1e-9));
    }

    [Test]
    public void Apply_CurvedDensity_FollowsTheLatticeSumToSecondOrder()
    {
        // A 210Po-like peak (sigma 11 hits): the first-order map leaves only curvature terms, ~1e-3 of a bin.
        var bins = UpperEdgeBins();
        var aliasing = new PmtNormalizationAliasing(2000, 1400, 1800, bins);
        Func<double, double> f = x => 1e4 * Math.Exp(-0.5 * Math.Pow((x - 190) / 11, 2));
        var exact = LatticeSum(bins, 2000, 1400, 1800, f);
        var smooth = Enumerable.Range(0, bins.Count).Select(k => f(bins.Edges[k] + 0.5)).ToArray();
        var row = (double[])smooth.Clone();
        aliasing.Apply(row, new double[bins.Count]);
        double withMap = 0, without = 0;
        for (int k = 170 - 93; k <= 210 - 93; k++)
        {
            withMap = Math.Max(withMap, Math.Abs(row[k] - exact[k]) / f(190));
            without = Math.Max(without, Math.Abs(smooth[k] - exact[k]) / f(190));
        }
        TestContext.Out.WriteLine($"max |model - lattice| / peak: {withMap:E2} with the map, {without:E2} smooth");
        Assert.That(without, Is.GreaterThan(0.03));
        Assert.That(withMap, Is.LessThan(0.002));
    }

    [Test]
    public void Folder_WithAliasing_AppliesTheMapToShapesAndDerivatives()
    {
        var bins = UpperEdgeBins();
        var aliasing = new PmtNormalizationAliasing(2000, 1400, 1800, bins);
        var components = FoldingTestModels.ReferenceComponents();
        var plain = new SpectrumFolder(FoldingTestModels.Electrons, FoldingTestModels.Positrons, FoldingTestModels.Gammas,
            DetectorResponse.Estimators.EnergyEstimator.Nh, bins, components);
        var aliased = new SpectrumFolder(FoldingTestModels.Electrons, FoldingTestModels.Positrons, FoldingTestModels.Gammas,
            DetectorResponse.Estimators.EnergyEstimator.Nh, bins, components, aliasing: aliasing);
        var p = new FoldingParameters { Response = new DetectorResponse.Estimators.ResponseParameters { Kb = FoldingTestModels.Kb } };
        int n = bins.Count, size = components.Length * n;
        var expected = new double[size];
        var actual = new double[size];
        plain.Fold(p, expected);
        aliased.Fold(p, actual);
        for (int c = 0; c < components.Length; c++)
            aliasing.Apply(expected.AsSpan(c * n, n), new double[n]);
        Assert.That(actual, Is.EqualTo(expected).Within(1e-12));
        Assert.That(actual, Is.Not.EqualTo(new double[size]));
        FoldingDerivativeCheck.AssertMatchesCentralDifference(aliased, p, FoldingParameter.LightYield, 0.05, 1e-4);
    }

    [Test]
    public void Constructor_LiveRangeReversed_NamesTheRange()
    {
        var ex = Assert.Throws<UserInputException>(() => new PmtNormalizationAliasing(2000, 1800, 1400, UpperEdgeBins()));
        Assert.That(ex!.Message, Does.Contain("1800-1400"));
    }
}
