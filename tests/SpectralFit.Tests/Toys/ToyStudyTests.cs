using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Profiles;
using SpectralFit.Tests.Profiles;
using SpectralFit.Tests.TestModels;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Toys;

public class ToyStudyTests
{
    [Test]
    public void AsimovFit_FiveTemplates_ReturnsInputs()
    {
        double[] truth = [4000, 2500, 1200, 800, 300];
        var model = SyntheticSpectra.Linear(truth, 60);
        var fit = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, PseudoData.Asimov(model, truth)));
        Assert.That(fit.IsValid, Is.True, fit.ToString());
        for (int k = 0; k < truth.Length; k++)
            Assert.That((fit.Values[k] - truth[k]) / fit.Errors[k], Is.EqualTo(0).Within(0.01), fit.Names[k]);
        Assert.That(fit.MinimumDeviance, Is.LessThan(1e-4));
    }

    [Test]
    public void Run_200PoissonToys_PullsAreStandardNormal()
    {
        double[] truth = [3000, 2000, 1000];
        var model = SyntheticSpectra.Linear(truth, 30);
        var study = new ToyStudy(model, data => CompositeLikelihood.ForModel(model, data));
        var result = study.Run(truth, new ToyStudyOptions { Toys = 200, Seed = 2017 });

        Assert.That(result.FailedFits, Is.EqualTo(0));
        foreach (var pull in result.Pulls)
        {
            Assert.That(pull.Count, Is.EqualTo(200));
            Assert.That(Math.Abs(pull.Mean), Is.LessThan(3 * pull.MeanError), $"{pull.ParameterName} mean {pull.Mean}");
            Assert.That(pull.Width, Is.EqualTo(1).Within(0.1), $"{pull.ParameterName} width");
        }
    }

    [Test]
    public void Run_ConstraintWithDrawnCentralValue_GivesUnitPullsForConstrainedRate()
    {
        // A Gaussian measurement of r0 (sigma 20, tighter than the data's ~60) whose central value is
        // drawn per toy (global observable): the pulls of r0 stay standard normal.
        double[] truth = [3000, 2000, 1000];
        var model = SyntheticSpectra.Linear(truth, 30);
        var study = new ToyStudy(model, (data, random) =>
        {
            double measured = MathNet.Numerics.Distributions.Normal.Sample(random, truth[0], 20);
            return CompositeLikelihood.ForModel(model, data, new GaussianPull(model.Parameters, "r0", measured, 20));
        });
        var pull = study.Run(truth, new ToyStudyOptions { Toys = 200, Seed = 91 }).Pull("r0");
        Assert.That(Math.Abs(pull.Mean), Is.LessThan(3 * pull.MeanError));
        Assert.That(pull.Width, Is.EqualTo(1).Within(0.1));
    }

    [Test]
    public void Run_SameSeed_SameResultWhateverTheParallelism()
    {
        double[] truth = [3000, 2000, 1000];
        var model = SyntheticSpectra.Linear(truth, 30);
        var study = new ToyStudy(model, data => CompositeLikelihood.ForModel(model, data));
        var serial = study.Run(truth, new ToyStudyOptions { Toys = 12, Seed = 5, MaxDegreeOfParallelism = 1 });
        var parallel = study.Run(truth, new ToyStudyOptions { Toys = 12, Seed = 5, MaxDegreeOfParallelism = 2 });
        var other = study.Run(truth, new ToyStudyOptions { Toys = 12, Seed = 6, MaxDegreeOfParallelism = 2 });
        Assert.That(parallel.PullValues["r0"], Is.EqualTo(serial.PullValues["r0"]));
        Assert.That(other.PullValues["r0"], Is.Not.EqualTo(serial.PullValues["r0"]));
    }

    [Test]
    public void Run_WithParameterOfInterest_GivesOrderedLimitBand()
    {
        var model = ProfileLikelihoodTests.SignalPlusBackground();
        var study = new ToyStudy(model, data => CompositeLikelihood.ForModel(model, data));
        var result = study.Run([0.0, 5000, 3000], new ToyStudyOptions
        {
            Toys = 24,
            Seed = 3,
            ParameterOfInterest = "s",
            LimitGrid = ScanGrid.Linear(0, 600, 31),
        });
        var band = result.Band!;
        Assert.That(result.Limits, Has.Count.EqualTo(24));
        Assert.That(result.Limits.All(l => l > 0), Is.True);
        Assert.That(new[] { band.Minus2Sigma, band.Minus1Sigma, band.Median, band.Plus1Sigma, band.Plus2Sigma }, Is.Ordered);
        // The Asimov (median-sensitivity) limit lies inside the +-1 sigma band of the toys.
        var asimov = new ProfileLikelihood().Scan(CompositeLikelihood.ForModel(model, PseudoData.Asimov(model, [0.0, 5000, 3000])), "s", ScanGrid.Linear(0, 600, 31));
        Assert.That(UpperLimit.Bayesian(asimov).Limit, Is.InRange(band.Minus1Sigma, band.Plus1Sigma));
    }

    [Test]
    public void LimitBand_UniformValues_QuantilesAtGaussianProbabilities()
    {
        var values = Enumerable.Range(0, 100001).Select(i => i / 100000.0).ToArray();
        var band = LimitBand.From(values);
        Assert.That(band.Median, Is.EqualTo(0.5).Within(1e-6));
        Assert.That(band.Minus1Sigma, Is.EqualTo(0.158655).Within(1e-5));
        Assert.That(band.Plus2Sigma, Is.EqualTo(0.977250).Within(1e-5));
    }
}
