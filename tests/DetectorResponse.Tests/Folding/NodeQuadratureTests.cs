using DetectorResponse.Estimators;
using DetectorResponse.Folding;

namespace DetectorResponse.Tests.Folding;

/// <summary>
/// The node quadrature of SpectrumFolder (LightNodeSet: hat-function projection, Gaussian kernel at the nodes) against
/// a direct integral over true energy, in the far upper tail of a beta-like spectrum: where the 14C end point meets the
/// N_h 93 threshold of the Phase-II window, and where the hat projection's extra variance h^2/6 mattered.
/// </summary>
public class NodeQuadratureTests
{
    [Test]
    public void Fold_BetaSpectrumFarTail_MatchesDirectIntegral()
    {
        const double q = 0.156; // a 14C-like end point [MeV]
        var shape = FoldingTestModels.BetaLike(q, "C14-like");
        double[] edges = [-200, 92.5, 100.5, 110.5, 3000];
        var p = new FoldingParameters { Response = new ResponseParameters { Kb = FoldingTestModels.Kb } };
        var folder = new SpectrumFolder(FoldingTestModels.Electrons, FoldingTestModels.Positrons, FoldingTestModels.Gammas,
            EnergyEstimator.Nh, new ObservableBinning(edges), [new ElectronSpectrumComponent("C14", shape)], p);
        var folded = new double[4];
        folder.Fold(p, folded);

        // Direct: sum over the histogram's bins, each split into 200 sub-bins, of content x P(x > t | T).
        var r = new EstimatorResponse(EnergyEstimator.Nh, p.Response);
        double[] thresholds = [92.5, 100.5, 110.5];
        var direct = new double[3];
        var e = shape.Edges;
        for (int i = 0; i < shape.Count; i++)
        {
            for (int k = 0; k < 200; k++)
            {
                double t = e[i] + (e[i + 1] - e[i]) * (k + 0.5) / 200;
                double mu = r.Mean(FoldingTestModels.Electrons.VisibleEnergy(t, p.Response.CherenkovFraction));
                double s = Math.Sqrt(r.Variance(mu));
                for (int j = 0; j < 3; j++)
                    direct[j] += shape.Contents[i] / 200 * 0.5 * MathNet.Numerics.SpecialFunctions.Erfc((thresholds[j] - mu) / (s * Math.Sqrt(2)));
            }
        }
        double[] fold = [folded[1] + folded[2] + folded[3], folded[2] + folded[3], folded[3]];
        for (int j = 0; j < 3; j++)
        {
            TestContext.Out.WriteLine($"P(x > {thresholds[j]}): fold / direct = {fold[j] / direct[j]:F4} (direct {direct[j]:E3} of {shape.Total})");
            // Measured 1.011 / 1.019 / 1.032 with the node variance taken out (LightNodeSet.VarianceScale); the plain hat
            // projection gave 1.049 at x > 92.5. The rest grows into the tail: the end point's vanishing density is not
            // uniform between two nodes, which the average h^2/6 assumes.
            Assert.That(fold[j] / direct[j], Is.EqualTo(1).Within(0.04), $"x > {thresholds[j]}");
            if (j == 0)
                Assert.That(fold[j] / direct[j], Is.LessThan(1.02), "x > 92.5: the node variance is taken out");
        }
    }
}
