using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;
using SpectralFit.Likelihood;
using SpectralFit.Models;
using SpectralFit.Parameters;
using SpectralFit.Tests.TestModels;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Toys;

public class AuxiliaryMeasurementsTests
{
    [Test]
    public void Redrawn_PriorAndLinearConstraint_CentralValuesScatterAroundTheTruthWithTheirSigma()
    {
        double[] truth = [3000, 2000, 1000];
        var linear = SyntheticSpectra.Linear(truth, 30);
        // The prior's own mean (2900) is not where the toys' central values scatter: that is the truth (3000).
        var parameters = linear.Parameters.Replace("r0", p => p.WithPrior(new GaussianPrior(2900, 20)));
        var model = new LinearTemplateModel([.. parameters], SyntheticSpectra.Templates(3, 30));
        var sum = new LinearGaussianConstraint("r1 + r2", model.Parameters, new Dictionary<string, double> { ["r1"] = 1, ["r2"] = 1 }, 10, 2500, 30);
        var build = AuxiliaryMeasurements.Redrawn(model, truth, sum);

        var counts = PseudoData.Asimov(model, truth);
        var random = new Xoshiro256StarStar(4);
        var priorMeans = new List<double>();
        var measured = new List<double>();
        for (int k = 0; k < 4000; k++)
        {
            var likelihood = build(counts, random);
            priorMeans.Add(likelihood.Terms.OfType<GaussianPull>().Single().Mean);
            var constraint = likelihood.Terms.OfType<LinearGaussianConstraint>().Single();
            Assert.That(constraint.Sigma, Is.EqualTo(30));
            measured.Add(constraint.Measured);
        }
        // Standard errors: 20/sqrt(4000) = 0.32 and 30/sqrt(4000) = 0.47 on the means; ~1.1% on the widths.
        Assert.That(priorMeans.Mean(), Is.EqualTo(3000).Within(1.5));
        Assert.That(priorMeans.StandardDeviation(), Is.EqualTo(20).Within(20 * 0.05));
        Assert.That(measured.Mean(), Is.EqualTo(3010).Within(2.0), "R(truth) = 10 + 2000 + 1000");
        Assert.That(measured.StandardDeviation(), Is.EqualTo(30).Within(30 * 0.05));
    }

    [Test]
    public void Redrawn_TruthOfWrongLength_Throws()
    {
        var model = SyntheticSpectra.Linear([3000, 2000, 1000], 30);
        Assert.Throws<ArgumentException>(() => AuxiliaryMeasurements.Redrawn(model, [3000, 2000]));
    }
}
