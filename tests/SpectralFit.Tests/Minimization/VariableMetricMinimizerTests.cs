using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Models;
using SpectralFit.Parameters;
using SpectralFit.Tests.TestModels;

namespace SpectralFit.Tests.Minimization;

public class VariableMetricMinimizerTests
{
    private static readonly double[] Mean = [1.0, -2.0, 3.0];

    private static readonly double[,] Covariance =
    {
        { 4.0, 1.2, -0.2 },
        { 1.2, 1.0, 0.3 },
        { -0.2, 0.3, 0.5 },
    };

    [Test]
    public void Minimize_CorrelatedQuadratic_RecoversMeanAndCovariance()
    {
        var parameters = new ParameterSet(
            new Parameter("a", 0, 1), new Parameter("b", 0, 1), new Parameter("c", 0, 1));
        var fit = new VariableMetricMinimizer().Minimize(new QuadraticObjective(Mean, Covariance), parameters);

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.HasAccurateCovariance, Is.True);
        for (int i = 0; i < 3; i++)
        {
            Assert.That(fit.Values[i], Is.EqualTo(Mean[i]).Within(1e-3));
            for (int j = 0; j < 3; j++)
                Assert.That(fit.Covariance[i, j], Is.EqualTo(Covariance[i, j]).Within(1e-6), $"V[{i},{j}]");
        }
        Assert.That(fit.Correlation[0, 1], Is.EqualTo(1.2 / 2.0).Within(1e-6));
        Assert.That(fit.MinimumDeviance, Is.LessThan(1e-4));
        Assert.That(fit.Edm, Is.LessThan(1e-4));
    }

    [Test]
    public void Minimize_WithFixedParameter_KeepsItAndProfilesTheOthers()
    {
        var parameters = new ParameterSet(
            new Parameter("a", 0, 1), new Parameter("b", 0, 1, isFixed: true), new Parameter("c", 0, 1));
        var fit = new VariableMetricMinimizer().Minimize(new QuadraticObjective(Mean, Covariance), parameters);

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.Value("b"), Is.EqualTo(0));
        Assert.That(fit.Error("b"), Is.EqualTo(0));
        // Conditional mean of (a, c) given b = 0: m_ac + V_ac,b / V_bb (0 - m_b).
        // Conditional errors: sqrt(4 - 1.2^2) = 1.6 and sqrt(0.5 - 0.3^2) = 0.64; agree to 1% of them.
        Assert.That(fit.Value("a"), Is.EqualTo(1.0 + 1.2 * 2.0).Within(0.016));
        Assert.That(fit.Value("c"), Is.EqualTo(3.0 + 0.3 * 2.0).Within(0.0064));
    }

    [Test]
    public void Minimize_MinimumBeyondLimit_StopsAtLimitAndFlagsIt()
    {
        var parameters = new ParameterSet(
            new Parameter("a", 0.5, 1, 0, 10), new Parameter("b", 0, 1), new Parameter("c", 2.5, 1, 2.5, double.PositiveInfinity));
        var shifted = new QuadraticObjective([-1.0, -2.0, 3.0], Covariance);
        var fit = new VariableMetricMinimizer().Minimize(shifted, parameters);

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.Value("a"), Is.EqualTo(0).Within(1e-4));
        Assert.That(fit.AtLimit[0], Is.True);
        Assert.That(fit.HasParametersAtLimit, Is.True);
    }

    [Test]
    public void Minimize_PoissonSingleBin_MatchesAnalyticMleAndError()
    {
        // One bin, mu = r: the MLE is r = n and the Hessian error sqrt(n) (d^2 D/dr^2 = 2n/r^2).
        var model = new LinearTemplateModel([new Parameter("r", 10, 3, 0, 1e4)], [new double[] { 1.0 }]);
        var likelihood = CompositeLikelihood.ForModel(model, [37.0]);
        var fit = new VariableMetricMinimizer().Minimize(likelihood);

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.Value("r"), Is.EqualTo(37).Within(0.01 * Math.Sqrt(37)));
        Assert.That(fit.Error("r"), Is.EqualTo(Math.Sqrt(37)).Within(1e-3 * Math.Sqrt(37)));
        Assert.That(fit.MinimumDeviance, Is.EqualTo(0).Within(1e-4));
    }

    [Test]
    public void Minimize_TwoTemplatesAsimov_MatchesFisherCovariance()
    {
        // Asimov data n = mu(r_true): the fit returns r_true and the inverse Fisher matrix
        // I_kl = sum_i T_ki T_li / mu_i as covariance.
        double[] truth = [500, 300];
        var model = SyntheticSpectra.Linear(truth, 20);
        var asimov = new double[20];
        model.Expected(truth, asimov);
        var fit = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, asimov));

        var fisher = new double[2, 2];
        for (int i = 0; i < 20; i++)
            for (int k = 0; k < 2; k++)
                for (int l = 0; l < 2; l++)
                    fisher[k, l] += model.Template(k)[i] * model.Template(l)[i] / asimov[i];
        var expected = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(fisher).Inverse();

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        for (int k = 0; k < 2; k++)
        {
            Assert.That(fit.Values[k], Is.EqualTo(truth[k]).Within(1e-3 * truth[k]));
            for (int l = 0; l < 2; l++)
                Assert.That(fit.Covariance[k, l], Is.EqualTo(expected[k, l]).Within(1e-3 * Math.Sqrt(expected[k, k] * expected[l, l])));
        }
    }

    [Test]
    public void Minimize_FifteenOverlappingTemplates_ConvergesWithFisherErrors()
    {
        // Borexino-size parameter count (15) with strongly overlapping shapes: the search must reach
        // EDM < goal with the accurate Hessian and the errors must be the Asimov (Fisher) errors.
        double[] truth = Enumerable.Range(0, 15).Select(k => 2000.0 + 300 * k).ToArray();
        var model = SyntheticSpectra.Linear(truth, 200);
        var asimov = new double[200];
        model.Expected(truth, asimov);
        var fit = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, asimov));

        var fisher = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(15, 15,
            (k, l) => Enumerable.Range(0, 200).Sum(i => model.Template(k)[i] * model.Template(l)[i] / asimov[i]));
        var expected = fisher.Inverse();
        Assert.That(fit.IsValid, Is.True, fit.ToString());
        for (int k = 0; k < 15; k++)
        {
            Assert.That(fit.Values[k], Is.EqualTo(truth[k]).Within(0.01 * fit.Errors[k]), fit.Names[k]);
            Assert.That(fit.Errors[k], Is.EqualTo(Math.Sqrt(expected[k, k])).Within(1e-3 * fit.Errors[k]), fit.Names[k]);
        }
    }

    [Test]
    public void Minimize_ShapeParameterFreeInAsimovData_RecoversPeakPosition()
    {
        var model = new RateTemplateModel(new PeakOnFlatTemplates(50, position: 4.6),
            [new Parameter("peak", 800, 40, 0, 1e6), new Parameter("flat", 3000, 60, 0, 1e6)]);
        double[] truth = [1000, 2500, 5.13];
        var asimov = new double[50];
        model.Expected(truth, asimov);
        var fit = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, asimov));

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        for (int k = 0; k < 3; k++)
            Assert.That(fit.Values[k], Is.EqualTo(truth[k]).Within(0.01 * fit.Errors[k]), fit.Names[k]);
    }

    [Test]
    public void Minimize_ModelWithoutJacobian_AgreesWithAnalyticGradientFit()
    {
        double[] truth = [900, 600, 300];
        var model = SyntheticSpectra.Linear(truth, 25);
        var data = SpectralFit.Toys.PseudoData.Poisson(model, truth, 11);
        var analytic = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, data));
        var numeric = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(new JacobianHidden(model), data));

        Assert.That(numeric.IsValid, Is.True, numeric.ToString());
        for (int k = 0; k < 3; k++)
        {
            Assert.That(numeric.Values[k], Is.EqualTo(analytic.Values[k]).Within(0.01 * analytic.Errors[k]));
            Assert.That(numeric.Errors[k], Is.EqualTo(analytic.Errors[k]).Within(1e-3 * analytic.Errors[k]));
        }
    }

    [Test]
    public void Constructor_NonPositiveEdmGoal_ThrowsUserError()
    {
        Assert.Throws<SolarFlux.Common.UserInputException>(() => new VariableMetricMinimizer(new MinimizerOptions { EdmGoal = 0 }));
    }

    [Test]
    public void Minimize_AllParametersFixed_ReturnsObjectiveAtStart()
    {
        var parameters = new ParameterSet(new Parameter("a", 2, 1, isFixed: true), new Parameter("b", -1, 1, isFixed: true), new Parameter("c", 3, 1, isFixed: true));
        var objective = new QuadraticObjective(Mean, Covariance);
        var fit = new VariableMetricMinimizer().Minimize(objective, parameters);
        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.MinimumDeviance, Is.EqualTo(objective.Value([2.0, -1.0, 3.0])).Within(1e-12));
        Assert.That(fit.Errors, Is.EqualTo(new[] { 0.0, 0.0, 0.0 }));
    }

    [Test]
    public void Minimize_CallLimitReached_ReportsItWithErrorsForDiagnosis()
    {
        double[] truth = Enumerable.Range(0, 15).Select(k => 2000.0 + 300 * k).ToArray();
        var model = SyntheticSpectra.Linear(truth, 200);
        var data = SpectralFit.Toys.PseudoData.Poisson(model, truth, 4);
        var fit = new VariableMetricMinimizer(new MinimizerOptions { MaxCalls = 40 }).Minimize(CompositeLikelihood.ForModel(model, data));
        Assert.That(fit.IsValid, Is.False);
        Assert.That(fit.ReachedCallLimit, Is.True);
        Assert.That(fit.Message, Does.Contain("call limit"));
        Assert.That(fit.Errors.All(e => e > 0), Is.True);
    }

    [Test]
    public void Minimize_NonFiniteStart_ReportsInsteadOfThrowing()
    {
        var parameters = new ParameterSet(new Parameter("a", 0, 1));
        var fit = new VariableMetricMinimizer().Minimize(new NanObjective(), parameters);

        Assert.That(fit.IsValid, Is.False);
        Assert.That(fit.Message, Does.Contain("not finite"));
    }

    [Test]
    public void Minimize_SignalAsSquareStartingAtZero_LeavesTheStationaryPoint()
    {
        // D(mu, b) = (mu^2 + b - 5)^2 + (b - 1)^2, mu >= 0: like a magnetic-moment signal (~ mu^2) on a background b.
        // Along mu = 0 the slope in mu vanishes: at (0, 3), the best point with mu = 0 (D = 8), the gradient is zero
        // and a gradient search started there stops at once. The minimum is D = 0 at mu = 2, b = 1.
        var parameters = new ParameterSet(new Parameter("mu", 0, 1, 0, 40), new Parameter("b", 3, 1));
        // Without the Hessian step (as in profile scans).
        var fit = new VariableMetricMinimizer(new MinimizerOptions { ComputeErrors = false }).Minimize(new SquareSignal(), parameters);

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.Value("mu"), Is.EqualTo(2).Within(0.01), fit.ToString());
        Assert.That(fit.Value("b"), Is.EqualTo(1).Within(0.01));
    }

    [Test]
    public void Minimize_RealMinimumOnTheLimit_StaysThere()
    {
        // Same shape, but the data disfavour the signal: D = (mu^2 + b - 1)^2 + (b - 1)^2 has its minimum at mu = 0.
        var parameters = new ParameterSet(new Parameter("mu", 0, 1, 0, 40), new Parameter("b", 0, 1));
        var fit = new VariableMetricMinimizer().Minimize(new SquareSignal(1), parameters);

        Assert.That(fit.IsValid, Is.True, fit.ToString());
        Assert.That(fit.Value("mu"), Is.LessThan(0.1));
        Assert.That(fit.MinimumDeviance, Is.LessThan(1e-3), "not the stationary point at D = 8");
    }

    private sealed class SquareSignal(double total = 5) : ILikelihoodTerm
    {
        public string Name => "mu^2 signal";

        public double Value(ReadOnlySpan<double> p) => Math.Pow(p[0] * p[0] + p[1] - total, 2) + Math.Pow(p[1] - 1, 2);

        public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
        {
            double r = p[0] * p[0] + p[1] - total;
            gradient[0] += 4 * p[0] * r;
            gradient[1] += 2 * r + 2 * (p[1] - 1);
            return Value(p);
        }
    }

    private sealed class NanObjective : ILikelihoodTerm
    {
        public string Name => "nan";

        public double Value(ReadOnlySpan<double> p) => double.NaN;

        public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient) => double.NaN;
    }
}
