using SolarFlux.Common;
using SolarFlux.Oscillations;

namespace SolarFlux.Tests.Oscillations;

public class MixingParametersTests
{
    [Test]
    public void Pdg2016_MatchesPhysicsBriefValues()
    {
        // physics.md §3 / PDG 2016: s12^2 0.304, s13^2 0.0219, s23^2 0.51 (NO), dm21 7.53e-5 eV^2,
        // Delta m^2_32 = 2.44e-3 eV^2 (NO).
        var p = MixingPresets.Get("pdg2016");
        Assert.Multiple(() =>
        {
            Assert.That(p.Sin2Theta12, Is.EqualTo(0.304));
            Assert.That(p.Sin2Theta13, Is.EqualTo(0.0219));
            Assert.That(p.Sin2Theta23, Is.EqualTo(0.51));
            Assert.That(p.DeltaM21Sq, Is.EqualTo(7.53e-5));
            Assert.That(p.DeltaM32Sq, Is.EqualTo(2.44e-3).Within(1e-12));
            Assert.That(p.Ordering, Is.EqualTo(MassOrdering.Normal));
        });
    }

    [Test]
    public void Pdg2016Inverted_HasInvertedOrderingAndTheta23Of050()
    {
        var p = MixingPresets.Get("PDG2016-IO");
        Assert.Multiple(() =>
        {
            Assert.That(p.Ordering, Is.EqualTo(MassOrdering.Inverted));
            Assert.That(p.Sin2Theta23, Is.EqualTo(0.50));
            Assert.That(p.DeltaM32Sq, Is.EqualTo(-2.51e-3).Within(1e-12));
            Assert.That(p.Sin2Theta12, Is.EqualTo(0.304));
        });
    }

    [Test]
    public void NuFit52_MatchesPublishedNormalOrderingBestFit()
    {
        // NuFIT 5.2 (2022), www.nu-fit.org, NO with SK atmospheric data (method: Esteban et al., JHEP 09 (2020) 178).
        var p = MixingPresets.Get("nufit52");
        Assert.Multiple(() =>
        {
            Assert.That(p.Sin2Theta12, Is.EqualTo(0.303));
            Assert.That(p.Sin2Theta13, Is.EqualTo(0.02225));
            Assert.That(p.DeltaM21Sq, Is.EqualTo(7.41e-5));
            Assert.That(p.DeltaM31Sq, Is.EqualTo(2.507e-3));
            Assert.That(p.DeltaCp * 180 / Math.PI, Is.EqualTo(232).Within(1e-9));
        });
    }

    [Test]
    public void Names_AllResolve()
    {
        foreach (var name in MixingPresets.Names)
            Assert.That(MixingPresets.Get(name), Is.Not.Null, name);
    }

    [Test]
    public void Get_UnknownPreset_ThrowsNamingThePresetAndChoices()
    {
        var e = Assert.Throws<UserInputException>(() => MixingPresets.Get("nufit99"));
        Assert.That(e!.Message, Does.Contain("nufit99").And.Contain("pdg2016"));
    }

    [Test]
    public void ElementsOfFirstRow_AreUnitary()
    {
        var p = MixingPresets.NuFit52;
        Assert.That(p.Ue1Sq + p.Ue2Sq + p.Ue3Sq, Is.EqualTo(1.0).Within(1e-15));
        Assert.That(p.Ue2Sq, Is.EqualTo(0.303 * (1 - 0.02225)).Within(1e-15));
    }

    [Test]
    public void DoubleAngleHelpers_AgreeWithTrigonometry()
    {
        var p = MixingPresets.Pdg2016;
        double theta12 = Math.Asin(Math.Sqrt(p.Sin2Theta12));
        Assert.That(p.CosDoubleTheta12, Is.EqualTo(Math.Cos(2 * theta12)).Within(1e-14));
        Assert.That(p.Sin2DoubleTheta12, Is.EqualTo(Math.Pow(Math.Sin(2 * theta12), 2)).Within(1e-14));
    }

    [Test]
    public void SinCosHelpers_AgreeWithAngles()
    {
        var p = MixingPresets.NuFit52;
        double theta23 = Math.Asin(Math.Sqrt(0.451));
        Assert.That(p.SinTheta23, Is.EqualTo(Math.Sin(theta23)).Within(1e-14));
        Assert.That(p.CosTheta23, Is.EqualTo(Math.Cos(theta23)).Within(1e-14));
        Assert.That(p.CosTheta12 * p.CosTheta12 + p.SinTheta12 * p.SinTheta12, Is.EqualTo(1).Within(1e-14));
        Assert.That(p.CosTheta13 * p.CosTheta13, Is.EqualTo(1 - 0.02225).Within(1e-14));
    }

    [Test]
    public void With_ReplacesOneParameterAndKeepsTheRest()
    {
        var p = MixingPresets.Pdg2016.With("SIN2_THETA12", 0.31);
        Assert.That(p.Sin2Theta12, Is.EqualTo(0.31));
        Assert.That(p.DeltaM21Sq, Is.EqualTo(MixingPresets.Pdg2016.DeltaM21Sq));
        Assert.That(MixingPresets.Pdg2016.Sin2Theta12, Is.EqualTo(0.304), "preset unchanged");
    }

    [TestCase("sin2_theta12", 1.2)]
    [TestCase("sin2_theta13", -0.1)]
    [TestCase("sin2_theta23", double.NaN)]
    [TestCase("dm21sq", 0.0)]
    [TestCase("dm21sq", -7e-5)]
    [TestCase("dm31sq", 0.0)]
    [TestCase("dm31sq", double.PositiveInfinity)]
    [TestCase("delta_cp", double.NaN)]
    public void With_InvalidValue_ThrowsNamingTheKey(string key, double value)
    {
        var e = Assert.Throws<UserInputException>(() => MixingPresets.Pdg2016.With(key, value));
        Assert.That(e!.Message, Does.StartWith(key));
    }

    [Test]
    public void With_UnknownKey_ThrowsListingKeys()
    {
        var e = Assert.Throws<UserInputException>(() => MixingPresets.Pdg2016.With("theta99", 0.1));
        Assert.That(e!.Message, Does.Contain("theta99").And.Contain("dm21sq"));
    }

    [Test]
    public void WithExpression_ValidatesToo()
    {
        Assert.Throws<UserInputException>(() => _ = MixingPresets.Pdg2016 with { Sin2Theta12 = 2 });
        Assert.Throws<UserInputException>(() => _ = new MixingParameters(0.3, 0.02, 0.5, 7.5e-5, 0, 0));
    }
}
