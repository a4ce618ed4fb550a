using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Parameters;
using SpectralFit.Tests.TestModels;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Likelihood;

public class LinearGaussianConstraintTests
{
    [Test]
    public void ValueAndGradient_OfLinearCombination()
    {
        var set = new ParameterSet(new Parameter("r1", 1, 1), new Parameter("r2", 1, 1), new Parameter("x", 1, 1));
        var term = new LinearGaussianConstraint("c", set, new Dictionary<string, double> { ["r1"] = 2, ["r2"] = 0.5 }, 1.0, 10, 2);
        var g = new double[3];
        double[] p = [3, 4, 100];
        // R = 1 + 2*3 + 0.5*4 = 9; z = (9 - 10)/2 = -0.5.
        Assert.That(term.Predicted(p), Is.EqualTo(9));
        Assert.That(term.ValueAndGradient(p, g), Is.EqualTo(0.25).Within(1e-15));
        Assert.That(g, Is.EqualTo(new[] { 2 * -0.5 * 2 / 2, 2 * -0.5 * 0.5 / 2, 0 }).Within(1e-15));
    }

    [Test]
    public void Constructor_UnknownParameterOrBadSigma_Throws()
    {
        var set = new ParameterSet(new Parameter("r1", 1, 1));
        Assert.Throws<UserInputException>(() => new LinearGaussianConstraint("c", set, new Dictionary<string, double> { ["r_pp"] = 1 }, 0, 1, 1));
        Assert.Throws<UserInputException>(() => new LinearGaussianConstraint("c", set, new Dictionary<string, double> { ["r1"] = 1 }, 0, 1, 0));
    }

    [Test]
    public void Fit_ConstraintAboveData_ShiftsRatesAsGaussianCombinationDemands()
    {
        // Asimov data fix (r1, r2) = truth with covariance V. A measurement M +- s of c.r pulls the
        // fit to r = truth + V c (M - c.truth) / (c^T V c + s^2) (Gaussian combination).
        double[] truth = [1000, 500];
        var model = SyntheticSpectra.Linear(truth, 20);
        var data = PseudoData.Asimov(model, truth);
        var minimizer = new VariableMetricMinimizer();
        var free = minimizer.Minimize(CompositeLikelihood.ForModel(model, data));
        var c = new Dictionary<string, double> { ["r0"] = 1.0, ["r1"] = 0.5 };
        double measured = 1000 + 0.5 * 500 + 60, sigma = 10;
        var constraint = new LinearGaussianConstraint("r0 + r1/2", model.Parameters, c, 0, measured, sigma);
        var fit = minimizer.Minimize(CompositeLikelihood.ForModel(model, data, constraint));

        double[] cv = [1.0, 0.5];
        double vc0 = free.Covariance[0, 0] * cv[0] + free.Covariance[0, 1] * cv[1];
        double vc1 = free.Covariance[1, 0] * cv[0] + free.Covariance[1, 1] * cv[1];
        double cvc = cv[0] * vc0 + cv[1] * vc1;
        double gain = 60 / (cvc + sigma * sigma);
        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.Value("r0") - 1000, Is.EqualTo(vc0 * gain).Within(0.05 * Math.Abs(vc0 * gain)));
        Assert.That(fit.Value("r1") - 500, Is.EqualTo(vc1 * gain).Within(0.05 * Math.Abs(vc1 * gain) + 0.05 * Math.Sqrt(free.Covariance[1, 1])));
        Assert.That(fit.Value("r0"), Is.GreaterThan(1000 + 0.5 * free.Error("r0")));
    }
}
