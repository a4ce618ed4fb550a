using SolarFlux.Common;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.Parameters;

public class ParameterTests
{
    [Test]
    public void Constructor_MinAboveMax_ThrowsNamingParameter()
    {
        var e = Assert.Throws<UserInputException>(() => new Parameter("light_yield", 500, 5, 600, 400));
        Assert.That(e!.Message, Does.Contain("light_yield").And.Contain("lower limit 600").And.Contain("upper limit 400"));
    }

    [Test]
    public void Constructor_ValueOutsideLimits_ThrowsNamingParameter()
    {
        var e = Assert.Throws<UserInputException>(() => new Parameter("r_pp", -1, 1, 0, 200));
        Assert.That(e!.Message, Does.Contain("r_pp").And.Contain("outside its limits"));
    }

    [Test]
    public void Constructor_NonPositiveStepOrSigma_Throws()
    {
        Assert.Throws<UserInputException>(() => new Parameter("a", 1, 0));
        Assert.Throws<UserInputException>(() => new Parameter("a", 1, 1, prior: new GaussianPrior(1, 0, "a")));
        Assert.Throws<UserInputException>(() => new Parameter("a", double.NaN, 1));
    }

    [Test]
    public void FixedAt_KeepsLimitsAndPrior()
    {
        var p = new Parameter("a", 1, 0.5, 0, 10, prior: new GaussianPrior(2, 0.3)).FixedAt(3);
        Assert.That((p.Value, p.IsFixed, p.Lower, p.Upper, p.Prior!.Mean), Is.EqualTo((3.0, true, 0.0, 10.0, 2.0)));
        Assert.Throws<UserInputException>(() => p.FixedAt(11));
    }
}
