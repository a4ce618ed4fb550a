using SolarFlux.Gallium;
using SolarFlux.Tests.TestDoubles;

namespace SolarFlux.Tests.Gallium;

public class GalliumRatesTests
{
    // Flux-averaged 71Ga cross sections without oscillation [1e-46 cm^2], Bahcall, PRC 56, 3391 (1997)
    // (as quoted in physics.md §7). Spectra here are the reference tables of ../shared/data, so the test checks the
    // cross-section parametrization and the integration, not the project's spectrum models.
    // Tolerances: 2% for pp: averaging the two shared tables directly (linear interpolation of both, 2e5 midpoints,
    // no parametrization) gives 11.90, 1.5% above the published 11.72, and so does our parametrization (11.89);
    // the gap is between Bahcall's published average and these tables, not in our fit.
    // 1% for 7Be, pep, CNO (fit within 0.1%; the residual is spectrum-table interpolation and
    // the 7Be lines taken as delta functions); 3% for 8B (Winter et al. 2006 spectrum, not the one Bahcall averaged
    // over) and 1.5% for hep (fit residuals up to 0.8% above 1.45 MeV).
    [TestCase(NeutrinoSpecies.Pp, 11.72, 0.02)]
    [TestCase(NeutrinoSpecies.Pep, 204.0, 0.01)]
    [TestCase(NeutrinoSpecies.Be7, 71.7, 0.01)]
    [TestCase(NeutrinoSpecies.N13, 60.4, 0.01)]
    [TestCase(NeutrinoSpecies.O15, 113.7, 0.01)]
    [TestCase(NeutrinoSpecies.F17, 114.1, 0.01)]
    [TestCase(NeutrinoSpecies.B8, 2.40e4, 0.03)]
    [TestCase(NeutrinoSpecies.Hep, 7.14e4, 0.015)]
    public void AverageCrossSection_NoOscillation_MatchesBahcall1997(NeutrinoSpecies species, double published, double tolerance)
    {
        double sigma = GalliumRates.AverageCrossSection(species, TestSpectra.For(species)) / 1e-46;
        TestContext.Out.WriteLine($"{species}: {sigma:G5} vs {published}");
        Assert.That(sigma / published, Is.EqualTo(1.0).Within(tolerance));
    }

    [Test]
    public void SpeciesRate_IsFluxTimesAveragedCrossSectionTimesPee()
    {
        var pp = TestSpectra.For(NeutrinoSpecies.Pp);
        var noOsc = GalliumRates.SpeciesRate(NeutrinoSpecies.Pp, pp, 5.98e10, 0.006, null);
        var half = GalliumRates.SpeciesRate(NeutrinoSpecies.Pp, pp, 5.98e10, 0.006, FixedSurvival.Constant(0.5));
        double expected = 5.98e10 * GalliumRates.AverageCrossSection(NeutrinoSpecies.Pp, pp) / 1e-36;
        Assert.That(noOsc.Rate, Is.EqualTo(expected).Within(1e-12).Percent);
        Assert.That(half.Rate, Is.EqualTo(0.5 * expected).Within(1e-12).Percent);
        Assert.That(noOsc.FluxUncertainty, Is.EqualTo(0.006 * noOsc.Rate).Within(1e-12).Percent);
        // pp capture is to the ground state only: ~2.2% cross-section uncertainty (Bahcall 1997: +-3 sigma ~ +-6.6%).
        Assert.That(noOsc.CrossSectionUncertainty / noOsc.Rate, Is.InRange(0.018, 0.026));
    }

    [Test]
    public void AverageCrossSection_MatchesFineIntegration()
    {
        // 64 x 20-point reference between every step of the parametrization, with an MSW-like P_ee.
        var spectrum = TestSpectra.Analytic(16.0);
        var survival = FixedSurvival.LmaLike;
        var edges = GalliumCrossSection.SegmentEdges.ToArray();
        double reference = 0;
        for (int s = 0; s < edges.Length - 1; s++)
        {
            reference += SolarFlux.Common.EndpointQuadrature.Reference.Integrate(
                e => spectrum.ContinuumDensity(e) * survival.Pee(NeutrinoSpecies.B8, e) * GalliumCrossSection.CrossSection(e),
                edges[s], Math.Min(edges[s + 1], 16.0));
        }
        double fast = GalliumRates.AverageCrossSection(NeutrinoSpecies.B8, spectrum, survival);
        Assert.That(fast, Is.EqualTo(reference).Within(1e-4).Percent);
    }

    [Test]
    public void Predict_NoOscillation_IsAboutTwiceTheOscillatedRate()
    {
        // Without oscillation the B16-GS98 fluxes give ~120-130 SNU (Bahcall 1997: SSMs 120-141 SNU since 1968);
        // with P_ee ~ 0.55 at low energy about half of that.
        var fluxes = SolarFlux.Solar.SsmFluxes.B16(SolarFlux.Solar.SolarModelName.Gs98);
        var noOsc = GalliumRates.Predict(fluxes, null);
        var osc = GalliumRates.Predict(fluxes, FixedSurvival.Constant(0.55));
        Assert.That(noOsc.Total, Is.InRange(120.0, 132.0));
        Assert.That(osc.Total, Is.EqualTo(0.55 * noOsc.Total).Within(1e-9).Percent);
        Assert.That(noOsc.Species, Has.Count.EqualTo(8));
    }

    [Test]
    public void Combine_AddsFluxPartsInQuadratureAndCrossSectionPartsLinearly()
    {
        var a = new GalliumSpeciesRate(NeutrinoSpecies.Pp, 40, 3, 1);
        var b = new GalliumSpeciesRate(NeutrinoSpecies.Be7, 20, 4, 2);
        var total = GalliumPrediction.Combine([a, b]);
        Assert.That(total.Total, Is.EqualTo(60));
        Assert.That(total.Uncertainty, Is.EqualTo(Math.Sqrt(9 + 16 + 9)).Within(1e-12));
    }
}
