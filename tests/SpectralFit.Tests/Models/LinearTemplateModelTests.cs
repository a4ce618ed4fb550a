using SolarFlux.Common;
using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.Models;

public class LinearTemplateModelTests
{
    [Test]
    public void Expected_IsRateWeightedSumOfTemplates()
    {
        var model = new LinearTemplateModel(
            [new Parameter("a", 1, 1), new Parameter("b", 1, 1)],
            [new double[] { 1, 2, 3 }, new double[] { 0.5, 0, 1 }]);
        var mu = new double[3];
        model.Expected([2.0, 4.0], mu);
        Assert.That(mu, Is.EqualTo(new[] { 4.0, 4.0, 10.0 }));
    }

    [Test]
    public void ExpectedAndJacobian_JacobianIsTemplates()
    {
        var model = new LinearTemplateModel(
            [new Parameter("a", 1, 1), new Parameter("b", 1, 1)],
            [new double[] { 1, 2, 3 }, new double[] { 0.5, 0, 1 }]);
        var mu = new double[3];
        var jac = new double[6];
        model.ExpectedAndJacobian([2.0, 4.0], mu, jac);
        Assert.That(jac, Is.EqualTo(new[] { 1, 2, 3, 0.5, 0, 1 }));
    }

    [Test]
    public void Constructor_TemplateLengthMismatch_ThrowsNamingTemplate()
    {
        var e = Assert.Throws<UserInputException>(() => new LinearTemplateModel(
            [new Parameter("a", 1, 1), new Parameter("r_Kr85", 1, 1)],
            [new double[] { 1, 2, 3 }, new double[] { 0.5, 0 }]));
        Assert.That(e!.Message, Does.Contain("r_Kr85"));
    }
}
