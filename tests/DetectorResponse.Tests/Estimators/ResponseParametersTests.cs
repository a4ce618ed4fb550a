using DetectorResponse.Estimators;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Estimators;

public class ResponseParametersTests
{
    [Test]
    public void With_NegativeLightYield_ThrowsNamingTheParameter()
    {
        var ex = Assert.Throws<UserInputException>(() => _ = new ResponseParameters() with { LightYield = -5 });
        Assert.That(ex!.Message, Does.StartWith("LightYield").And.Contain("-5"));
    }

    [Test]
    public void Init_BadValues_ThrowNamingEachParameter()
    {
        Assert.That(Assert.Throws<UserInputException>(() => _ = new ResponseParameters { Kb = 0.1 })!.Message, Does.StartWith("Kb"));
        Assert.That(Assert.Throws<UserInputException>(() => _ = new ResponseParameters { CherenkovFraction = double.NaN })!.Message, Does.StartWith("CherenkovFraction"));
        Assert.That(Assert.Throws<UserInputException>(() => _ = new ResponseParameters { VarianceFactor = -0.1 })!.Message, Does.StartWith("VarianceFactor"));
        Assert.That(Assert.Throws<UserInputException>(() => _ = new ResponseParameters { ConstantTerm = 1 })!.Message, Does.StartWith("ConstantTerm"));
        Assert.That(Assert.Throws<UserInputException>(() => _ = new ResponseParameters { LivePmts = 10 })!.Message, Does.StartWith("LivePmts"));
    }

    [Test]
    public void With_ChangesOneValueAndKeepsTheOriginal()
    {
        var a = new ResponseParameters();
        var b = a with { LightYield = 520 };
        Assert.That(a.LightYield, Is.EqualTo(500));
        Assert.That(b.LightYield, Is.EqualTo(520));
        Assert.That(b.Kb, Is.EqualTo(a.Kb));
        Assert.That(b, Is.Not.EqualTo(a));
        Assert.That(a with { }, Is.EqualTo(a));
    }
}
