using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.Likelihood;

public class GalliumConstraintTests
{
    [Test]
    public void TotalSigma_PublishedInputs_AddsRelativeUncertaintiesInQuadrature()
    {
        // physics.md section 7 / Borexino PRD 96, 091103: 66.1 +- 3.1 SNU (SAGE + GALLEX/GNO),
        // cross section ~4 %, fiducial volume ~1 %: sqrt(3.1^2 + 66.1^2 (0.04^2 + 0.01^2)) = 4.128 SNU.
        var m = new GalliumMeasurement();
        Assert.That(m.RateSnu, Is.EqualTo(66.1));
        Assert.That(m.TotalSigmaSnu, Is.EqualTo(4.1277).Within(1e-3));
    }

    [Test]
    public void Create_PredictsFromRatesPlusFixedSpecies()
    {
        var set = new ParameterSet(new Parameter("r_pp", 134, 10), new Parameter("r_Be7", 48, 1), new Parameter("r_Bi210", 17, 2));
        var coefficients = new Dictionary<string, double> { ["r_pp"] = 0.3, ["r_Be7"] = 0.4 };
        var term = GalliumConstraint.Create(set, coefficients, fixedSpeciesSnu: 6.0);
        double[] p = [134, 48, 17];
        double predicted = 0.3 * 134 + 0.4 * 48 + 6.0;
        Assert.That(term.Predicted(p), Is.EqualTo(predicted).Within(1e-12));
        Assert.That(term.Value(p), Is.EqualTo(Math.Pow((predicted - 66.1) / new GalliumMeasurement().TotalSigmaSnu, 2)).Within(1e-12));
    }

    [Test]
    public void Measurement_NegativeUncertainty_Throws()
    {
        Assert.Throws<UserInputException>(() => new GalliumMeasurement(crossSectionRelative: -0.04));
        Assert.Throws<UserInputException>(() => new GalliumMeasurement(sigmaSnu: 0));
    }
}
