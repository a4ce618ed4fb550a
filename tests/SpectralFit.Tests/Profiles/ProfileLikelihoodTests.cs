using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Models;
using SpectralFit.Parameters;
using SpectralFit.Profiles;
using SpectralFit.Tests.TestModels;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Profiles;

public class ProfileLikelihoodTests
{
    private static readonly double[,] Covariance =
    {
        { 4.0, 1.2, -0.2 },
        { 1.2, 1.0, 0.3 },
        { -0.2, 0.3, 0.5 },
    };

    [Test]
    public void Scan_GaussianLikelihood_GivesParabolaAndConditionalNuisances()
    {
        var parameters = new ParameterSet(new Parameter("a", 0.5, 1), new Parameter("b", 0, 1), new Parameter("c", 0, 1));
        var objective = new QuadraticObjective([1.0, -2.0, 3.0], Covariance);
        var grid = ScanGrid.Linear(0, 6, 13);
        var scan = new ProfileLikelihood().Scan(objective, parameters, "a", grid);

        Assert.That(scan.AllPointsValid, Is.True);
        Assert.That(scan.BestFitValue, Is.EqualTo(1.0).Within(0.01));
        for (int i = 0; i < grid.Length; i++)
        {
            Assert.That(scan.DeltaDeviances[i], Is.EqualTo(Math.Pow(grid[i] - 1, 2) / 4).Within(1e-4), $"a = {grid[i]}");
            Assert.That(scan.FittedValues[i][1], Is.EqualTo(-2 + 1.2 / 4 * (grid[i] - 1)).Within(5e-3), $"b at a = {grid[i]}");
        }
    }

    [Test]
    public void Scan_ParameterOfInterestFixedInInput_IsReleasedForTheGlobalFit()
    {
        var parameters = new ParameterSet(new Parameter("a", 0, 1, isFixed: true), new Parameter("b", 0, 1), new Parameter("c", 0, 1));
        var scan = new ProfileLikelihood().Scan(new QuadraticObjective([1.0, -2.0, 3.0], Covariance), parameters, "a", ScanGrid.Linear(0, 6, 7));
        Assert.That(scan.BestFitValue, Is.EqualTo(1.0).Within(0.01));
        Assert.That(scan.DeltaDeviances[0], Is.EqualTo(0.25).Within(1e-4));
    }

    [Test]
    public void Scan_NegativeScanPoint_ThrowsPhysicalRangeError()
    {
        var parameters = new ParameterSet(new Parameter("mu_nu", 0.5, 1), new Parameter("b", 0, 1), new Parameter("c", 0, 1));
        var objective = new QuadraticObjective([1.0, -2.0, 3.0], Covariance);
        var e = Assert.Throws<UserInputException>(() => new ProfileLikelihood().Scan(objective, parameters, "mu_nu", [-1.0, 0.0, 1.0]));
        Assert.That(e!.Message, Does.Contain("mu_nu").And.Contain(">= 0"));
    }

    [Test]
    public void Scan_BackgroundOnlyAsimov_LimitNearHalfGaussianOfHessianError()
    {
        // Signal peak on a falling background, Asimov data without signal: the profile in the signal
        // rate is close to a half-parabola of width sigma_s (the Hessian error at s = 0), so the
        // 90% limit is close to 1.645 sigma_s (Poisson curvature makes it differ by a few %).
        var model = SignalPlusBackground();
        var data = PseudoData.Asimov(model, [0.0, 5000, 3000]);
        var likelihood = CompositeLikelihood.ForModel(model, data);
        var atZero = new SpectralFit.Minimization.VariableMetricMinimizer().Minimize(likelihood, likelihood.Parameters.FixedAt("s", 0).Released("s").WithLimits("s", 0, 1e4));
        double sigma = atZero.Error("s");
        var scan = new ProfileLikelihood().Scan(likelihood, "s", ScanGrid.Linear(0, 6 * sigma, 61));
        var limit = UpperLimit.Bayesian(scan);
        Assert.That(scan.BestFitValue, Is.EqualTo(0).Within(1e-3 * sigma));
        Assert.That(limit.Limit, Is.EqualTo(1.645 * sigma).Within(0.05 * sigma));
    }

    [Test]
    public void Bayesian_MomentProfileFlatInSquare_EqualsRateProfileFlatInRate()
    {
        // A signal entering as mu^2 (magnetic moment): the limit on mu with a prior flat in mu^2
        // must equal sqrt of the limit on the rate s = mu^2 with a prior flat in s.
        var rateModel = SignalPlusBackground();
        var data = PseudoData.Asimov(rateModel, [0.0, 5000, 3000]);
        var rateScan = new ProfileLikelihood().Scan(CompositeLikelihood.ForModel(rateModel, data), "s", ScanGrid.Linear(0, 600, 121));
        var momentModel = SignalPlusBackground(AmplitudeLaw.Square);
        var momentScan = new ProfileLikelihood().Scan(CompositeLikelihood.ForModel(momentModel, data), "s", ScanGrid.Linear(0, Math.Sqrt(600), 121));

        double rateLimit = UpperLimit.Bayesian(rateScan).Limit;
        double momentLimit = UpperLimit.Bayesian(momentScan, 0.9, LimitPrior.FlatInSquare).Limit;
        Assert.That(momentLimit * momentLimit, Is.EqualTo(rateLimit).Within(0.005 * rateLimit));
    }

    internal static RateTemplateModel SignalPlusBackground(AmplitudeLaw signalLaw = AmplitudeLaw.Linear) => new(
        new SignalOnBackground(),
        [new Parameter("s", 10, 20, 0, 1e4), new Parameter("b1", 4000, 70, 0, 1e6), new Parameter("b2", 2500, 60, 0, 1e6)],
        [signalLaw, AmplitudeLaw.Linear, AmplitudeLaw.Linear]);

    /// <summary>Fixed templates: a peak (signal), a falling exponential and a flat background on 30 bins.</summary>
    private sealed class SignalOnBackground : ITemplateProvider
    {
        private readonly double[][] _t = SyntheticSpectra.Templates(3, 30);

        public SignalOnBackground()
        {
            // Template 2 of SyntheticSpectra is a peak; use it as the signal (index 0).
            _t = [_t[2], _t[0], _t[1]];
        }

        public int TemplateCount => 3;

        public int BinCount => 30;

        public ParameterSet ShapeParameters { get; } = new();

        public void Templates(ReadOnlySpan<double> theta, Span<double> templates)
        {
            for (int k = 0; k < 3; k++)
                _t[k].CopyTo(templates.Slice(k * 30, 30));
        }
    }
}
