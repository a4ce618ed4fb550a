using System.Numerics;
using SolarFlux.Common;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class PmnsMatrixTests
{
    [Test]
    public void U_RandomParameters_IsUnitary()
    {
        var rng = new Random(2016);
        for (int trial = 0; trial < 50; trial++)
        {
            var u = MomentTestData.RandomPmns(rng).U;
            Assert.That((u * u.Adjoint()).MaxDifference(ComplexMatrix3.Identity), Is.LessThan(1e-14));
            Assert.That((u.Adjoint() * u).MaxDifference(ComplexMatrix3.Identity), Is.LessThan(1e-14));
        }
    }

    [Test]
    public void U_Pdg2016_ElementModuliMatchStandardParametrization()
    {
        // PDG RPP 2016 eq. 14.33: |U_e1|^2 = c12^2 c13^2, |U_e2|^2 = s12^2 c13^2, |U_e3|^2 = s13^2,
        // |U_mu3|^2 = s23^2 c13^2, |U_tau3|^2 = c23^2 c13^2, independent of the phases.
        var pmns = PmnsMatrix.Standard(0.304, 0.0219, 0.51, deltaCp: 1.3, alpha21: 0.4, alpha31: -2.0);
        var u = pmns.U;
        double c13Sq = 1 - 0.0219;
        Assert.That(pmns.ElectronRowSquared(0), Is.EqualTo((1 - 0.304) * c13Sq).Within(1e-15));
        Assert.That(pmns.ElectronRowSquared(1), Is.EqualTo(0.304 * c13Sq).Within(1e-15));
        Assert.That(pmns.ElectronRowSquared(2), Is.EqualTo(0.0219).Within(1e-15));
        Assert.That(u[1, 2].Magnitude * u[1, 2].Magnitude, Is.EqualTo(0.51 * c13Sq).Within(1e-15));
        Assert.That(u[2, 2].Magnitude * u[2, 2].Magnitude, Is.EqualTo(0.49 * c13Sq).Within(1e-15));
        // U_e3 = s13 e^{-i delta} e^{i alpha31/2}
        Assert.That(u[0, 2].Phase, Is.EqualTo(-1.3 - 1.0).Within(1e-14));
    }

    [Test]
    public void Determinant_WithMajoranaPhases_IsExpOfHalfTheirSum()
    {
        // det V = 1 for the rotations R23 U13(delta) R12; the Majorana phase matrix contributes e^{i(a21+a31)/2}.
        var pmns = PmnsMatrix.Standard(0.3, 0.02, 0.45, 0.7, 1.1, 2.5);
        var expected = Complex.FromPolarCoordinates(1, (1.1 + 2.5) / 2);
        Assert.That((pmns.U.Determinant() - expected).Magnitude, Is.LessThan(1e-14));
    }

    [Test]
    public void From_NuFit52Preset_CarriesAnglesAndDeltaCp()
    {
        var mixing = SolarFlux.Oscillations.MixingPresets.Get("nufit52");
        var pmns = PmnsMatrix.From(mixing);
        Assert.That(pmns.ElectronRowSquared(2), Is.EqualTo(mixing.Sin2Theta13).Within(1e-15));
        Assert.That(pmns.DeltaCp, Is.EqualTo(mixing.DeltaCp));
        Assert.That(pmns.U[0, 2].Phase, Is.EqualTo(Math.Atan2(Math.Sin(-mixing.DeltaCp), Math.Cos(-mixing.DeltaCp))).Within(1e-14));
    }

    [TestCase(-0.1, 0.02, 0.5, "sin^2 theta12")]
    [TestCase(0.3, 1.2, 0.5, "sin^2 theta13")]
    [TestCase(0.3, 0.02, double.NaN, "sin^2 theta23")]
    public void Standard_SinSquaredOutsideUnitInterval_ThrowsNamingTheAngle(double s12, double s13, double s23, string name)
    {
        var e = Assert.Throws<UserInputException>(() => PmnsMatrix.Standard(s12, s13, s23));
        Assert.That(e!.Message, Does.StartWith(name).And.Contain("[0, 1]"));
    }
}
