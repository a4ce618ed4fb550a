using SolarFlux.Common;
using SolarFlux.CrossSections;
using SolarFlux.Recoil;
using SolarFlux.Tests.TestDoubles;

namespace SolarFlux.Tests.Recoil;

public class InteractionRatesTests
{
    [Test]
    public void Compute_MatchesReferenceRule()
    {
        var spectrum = TestSpectra.Analytic(1.732);
        var fast = InteractionRates.Compute(NeutrinoSpecies.O15, spectrum, 2e8, FixedSurvival.LmaLike);
        var reference = InteractionRates.Compute(NeutrinoSpecies.O15, spectrum, 2e8, FixedSurvival.LmaLike, quadrature: EndpointQuadrature.Reference);
        Assert.That(fast.Rate, Is.EqualTo(reference.Rate).Within(1e-4).Percent);
        Assert.That(fast.MeanSurvivalProbability, Is.EqualTo(reference.MeanSurvivalProbability).Within(1e-6));
    }

    [Test]
    public void Compute_Line_IsElectronsTimesFluxTimesEffectiveCrossSection()
    {
        double flux = 4.93e9;
        var rate = InteractionRates.Compute(NeutrinoSpecies.Be7, TestSpectra.Pep, flux, FixedSurvival.Constant(0.5));
        ElectronScattering.TotalCrossSections(1.442, 0, out double se, out double smu);
        double expected = PhysicalConstants.BorexinoElectronsPer100t * flux * 86400 * (0.5 * se + 0.5 * smu);
        Assert.That(rate.Rate, Is.EqualTo(expected).Within(1e-10).Percent);
        Assert.That(rate.MeanSurvivalProbability, Is.EqualTo(0.5).Within(1e-12));
        double unoscillated = PhysicalConstants.BorexinoElectronsPer100t * flux * 86400 * se;
        Assert.That(rate.UnoscillatedRate, Is.EqualTo(unoscillated).Within(1e-10).Percent);
    }

    [Test]
    public void Compute_MeanSurvival_IsConstantForConstantPee_AndBetweenExtremesOtherwise()
    {
        var s = TestSpectra.Analytic(16.0);
        Assert.That(InteractionRates.Compute(NeutrinoSpecies.B8, s, 1, FixedSurvival.Constant(0.37)).MeanSurvivalProbability,
            Is.EqualTo(0.37).Within(1e-12));
        double mean = InteractionRates.Compute(NeutrinoSpecies.B8, s, 1, FixedSurvival.LmaLike).MeanSurvivalProbability;
        Assert.That(mean, Is.InRange(0.32, 0.55));
    }

    [Test]
    public void Compute_NoOscillationBe7_MatchesHandEstimate()
    {
        // 7Be without oscillation: N_e Phi 86400 (0.8956 sigma(0.8613) + 0.1044 sigma(0.3843)),
        // sigma(0.8613) = 5.78e-45 cm^2 (ElectronScatteringTests) -> ~ 75 cpd/100t for 4.93e9 cm^-2 s^-1.
        var rate = InteractionRates.Compute(NeutrinoSpecies.Be7, TestSpectra.Be7, 4.93e9, FixedSurvival.Constant(1.0));
        Assert.That(rate.Rate, Is.InRange(72.0, 78.0));
    }
}
