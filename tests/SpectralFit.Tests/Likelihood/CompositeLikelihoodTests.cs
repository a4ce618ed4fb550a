using SpectralFit.Likelihood;
using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.Likelihood;

public class CompositeLikelihoodTests
{
    [Test]
    public void ForModel_AddsPoissonPriorsAndExtraTerms()
    {
        var model = new LinearTemplateModel(
            [new Parameter("a", 1, 1, prior: new GaussianPrior(2, 0.5)), new Parameter("b", 1, 1)],
            [new double[] { 1, 0 }, new double[] { 0, 1 }]);
        var extra = new GaussianPull(model.Parameters, "b", 3, 1);
        var likelihood = CompositeLikelihood.ForModel(model, [4.0, 5.0], extra);
        double[] p = [3.0, 5.0];
        double poisson = new PoissonDeviance(model, [4.0, 5.0]).Value(p);
        Assert.That(likelihood.Terms, Has.Count.EqualTo(3));
        Assert.That(likelihood.Value(p), Is.EqualTo(poisson + 4.0 + 4.0).Within(1e-12));
        Assert.That(likelihood.Contributions(p).Sum(), Is.EqualTo(likelihood.Value(p)).Within(1e-12));
        var g = new double[2];
        likelihood.ValueAndGradient(p, g);
        // d/da: Poisson 2 (1 - 4/3) + prior 2 (3 - 2)/0.25; d/db: Poisson 0 + pull 2 (5 - 3).
        Assert.That(g[0], Is.EqualTo(2 * (1 - 4.0 / 3) + 8).Within(1e-12));
        Assert.That(g[1], Is.EqualTo(4).Within(1e-12));
    }
}
