using DetectorResponse.Estimators;
using DetectorResponse.Folding;

namespace DetectorResponse.Tests.Folding;

public class EstimatorFoldingTests
{
    [TestCase(EnergyEstimator.Npe, 100, 1500)]
    [TestCase(EnergyEstimator.Nh, 93, 950)]
    [TestCase(EnergyEstimator.Npmts, 80, 900)]
    [TestCase(EnergyEstimator.NpmtsDt1, 80, 900)]
    [TestCase(EnergyEstimator.NpmtsDt2, 80, 900)]
    public void Fold_EachEstimator_ConservesCountsAndHasConsistentDerivative(EnergyEstimator estimator, int first, int last)
    {
        var components = FoldingTestModels.ReferenceComponents();
        var folder = new SpectrumFolder(FoldingTestModels.Electrons, FoldingTestModels.Positrons, FoldingTestModels.Gammas,
            estimator, ObservableBinning.Integers(first, last), components);
        var p = new FoldingParameters();
        int n = folder.ComponentCount * folder.BinCount;
        var output = new double[n];
        folder.Fold(p, output);
        for (int c = 0; c < folder.ComponentCount; c++)
        {
            var (below, above) = folder.OutsideWindow(p, c);
            double inside = output.AsSpan(c * folder.BinCount, folder.BinCount).ToArray().Sum();
            Assert.That(inside + below + above, Is.EqualTo(components[c].Total).Within(1e-6).Percent, components[c].Name);
        }

        var analytic = new double[n];
        var up = new double[n];
        var down = new double[n];
        folder.FoldDerivative(p, FoldingParameter.LightYield, analytic);
        folder.Fold(p.With(FoldingParameter.LightYield, 500.5), up);
        folder.Fold(p.With(FoldingParameter.LightYield, 499.5), down);
        double maxAbs = 0, maxErr = 0;
        for (int i = 0; i < n; i++)
        {
            double numeric = up[i] - down[i];
            maxAbs = Math.Max(maxAbs, Math.Abs(numeric));
            maxErr = Math.Max(maxErr, Math.Abs(numeric - analytic[i]));
        }
        Assert.That(maxErr, Is.LessThan(2e-3 * maxAbs));
    }
}
