using DetectorResponse.Estimators;
using DetectorResponse.Folding;

namespace DetectorResponse.Tests.Folding;

/// <summary>
/// SpectrumFolder.FoldDerivatives (one pass over the nodes for all parameters, components weighted) against the
/// per-parameter, per-component FoldDerivative weighted by hand: the same derivative of sum_c w_c F_c.
/// </summary>
public class WeightedDerivativesTests
{
    private static readonly FoldingParameter[] All =
    [
        FoldingParameter.LightYield, FoldingParameter.CherenkovFraction, FoldingParameter.VarianceFactor, FoldingParameter.ConstantTerm,
        FoldingParameter.DarkNoise, FoldingParameter.PeakPosition, FoldingParameter.PeakWidth, FoldingParameter.PositronShift,
    ];

    private static readonly FoldingParameters Parameters = new()
    {
        Response = new ResponseParameters { Kb = FoldingTestModels.Kb, LightYield = 530, VarianceFactor = 0.3, ConstantTerm = 0.01, DarkNoise = 6 },
        PeakPosition = 0.41,
        PeakWidth = 0.035,
        PositronShift = 0.01,
    };

    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(true, true)]
    public void FoldDerivatives_EqualWeightedSumOfFoldDerivative(bool skew, bool aliasing)
    {
        var binning = ObservableBinning.Integers(93, 950);
        var folder = new SpectrumFolder(FoldingTestModels.Electrons, FoldingTestModels.Positrons, FoldingTestModels.Gammas,
            EnergyEstimator.Nh, binning, FoldingTestModels.ReferenceComponents(),
            aliasing: aliasing ? new PmtNormalizationAliasing(2000, 1400, 1800, binning) : null, electronCountingSkew: skew);
        int nb = folder.BinCount, nc = folder.ComponentCount;
        double[] weights = [3.0e4, 0.0, 17.5, 2.0, 250.0]; // one component weighted 0 (skipped nodes must not matter)

        var fast = new double[All.Length * nb];
        folder.FoldDerivatives(Parameters, All, weights, fast);

        var perComponent = new double[nc * nb];
        double largest = 0, worst = 0;
        for (int i = 0; i < All.Length; i++)
        {
            folder.FoldDerivative(Parameters, All[i], perComponent);
            var expected = new double[nb];
            for (int c = 0; c < nc; c++)
                for (int j = 0; j < nb; j++)
                    expected[j] += weights[c] * perComponent[c * nb + j];
            double scale = expected.Max(Math.Abs);
            largest = Math.Max(largest, scale);
            for (int j = 0; j < nb; j++)
                worst = Math.Max(worst, Math.Abs(fast[i * nb + j] - expected[j]) / Math.Max(scale, 1e-300));
            Assert.That(scale, Is.GreaterThan(0), $"{All[i]}: the test needs a non-zero derivative");
        }
        TestContext.Out.WriteLine($"largest |difference| / largest |derivative| per parameter: {worst:E2}");
        Assert.That(worst, Is.LessThan(1e-9));
    }

    [Test]
    public void FoldDerivatives_WrongLengths_Throw()
    {
        var folder = FoldingTestModels.NhFolder(FoldingTestModels.ReferenceComponents());
        Assert.Throws<ArgumentException>(() => folder.FoldDerivatives(Parameters, All, new double[2], new double[All.Length * folder.BinCount]));
        Assert.Throws<ArgumentException>(() => folder.FoldDerivatives(Parameters, All, new double[folder.ComponentCount], new double[folder.BinCount]));
    }
}
