using SolarFlux.Common;
using SolarFlux.CrossSections;
using SolarFlux.Oscillations;
using SolarFlux.Recoil;
using SolarFlux.Solar;
using SolarFlux.Spectra;
using SolarFlux.Tests.TestDoubles;

namespace SolarFlux.Tests.Recoil;

public class RecoilSpectrumBuilderTests
{
    private const double Ne = PhysicalConstants.BorexinoElectronsPer100t;
    private const double Flux = 1e9;

    private static double[] Grid(double lo, double hi, double step)
    {
        int n = (int)Math.Round((hi - lo) / step) + 1;
        return Enumerable.Range(0, n).Select(i => lo + i * step).ToArray();
    }

    [Test]
    public void Build_Continuum_MatchesFineDirectIntegration_To1e4()
    {
        // Stated accuracy: relative error < 1e-4 against a direct 64 x 20-point integration that calls P_ee itself.
        var spectrum = TestSpectra.Analytic(1.732);
        var survival = FixedSurvival.LmaLike;
        double[] grid = Grid(0.01, 1.5, 0.0229);
        var built = RecoilSpectrumBuilder.Build(NeutrinoSpecies.O15, spectrum, Flux, survival, grid);
        for (int j = 0; j < grid.Length; j++)
        {
            double t = grid[j];
            double a = ElectronScattering.MinNeutrinoEnergy(t);
            double weak = EndpointQuadrature.Reference.Integrate(e =>
            {
                double p = survival.Pee(NeutrinoSpecies.O15, e);
                return spectrum.ContinuumDensity(e) * ElectronScattering.EffectiveDifferentialCrossSection(e, t, p);
            }, a, spectrum.MaxEnergy);
            double moment = EndpointQuadrature.Reference.Integrate(
                e => spectrum.ContinuumDensity(e) * MagneticMomentScattering.DifferentialCrossSection(e, t, RecoilSpectrum.ReferenceMoment),
                a, spectrum.MaxEnergy);
            double scale = Ne * Flux * 86400;
            Assert.That(built.StandardModel[j], Is.EqualTo(scale * weak).Within(1e-4 * scale * weak), $"SM at T = {t}");
            Assert.That(built.MagneticMoment[j], Is.EqualTo(scale * moment).Within(1e-4 * scale * moment), $"MM at T = {t}");
        }
    }

    [TestCase(NeutrinoSpecies.Pp)]
    [TestCase(NeutrinoSpecies.Be7)]
    [TestCase(NeutrinoSpecies.Pep)]
    [TestCase(NeutrinoSpecies.N13)]
    [TestCase(NeutrinoSpecies.O15)]
    [TestCase(NeutrinoSpecies.F17)]
    [TestCase(NeutrinoSpecies.B8)]
    [TestCase(NeutrinoSpecies.Hep)]
    public void Build_SolarSpecies_DefaultRuleMatchesReferenceRule_To1e4(NeutrinoSpecies species)
    {
        // The project's spectra and MSW P_ee on 0.1-3 MeV: default 3 x 8 rule vs 64 x 20 reference (measured <= 2.5e-6).
        var model = SolarModel.Standard(SolarModelName.Gs98);
        var survival = new MswSurvivalProbability(model, MixingPresets.Get("pdg2016"));
        var spectrum = SolarNeutrinoSpectra.For(species);
        double[] grid = Grid(0.1, 3.0, 0.0725);
        var fast = RecoilSpectrumBuilder.Build(species, spectrum, Flux, survival, grid);
        var reference = RecoilSpectrumBuilder.Build(species, spectrum, Flux, survival, grid, quadrature: EndpointQuadrature.Reference);
        for (int j = 0; j < grid.Length; j++)
        {
            Assert.That(fast.StandardModel[j], Is.EqualTo(reference.StandardModel[j]).Within(1e-4 * reference.StandardModel[j]), $"SM at T = {grid[j]}");
            Assert.That(fast.MagneticMoment[j], Is.EqualTo(reference.MagneticMoment[j]).Within(1e-4 * reference.MagneticMoment[j]), $"MM at T = {grid[j]}");
        }
    }

    [Test]
    public void Build_Line_IsFluxTimesCrossSectionAndEndsAtComptonEdge()
    {
        var line = TestSpectra.Lines(new SpectralLine(0.8613, 1.0));
        double[] grid = Grid(0.05, 0.75, 0.05);
        var built = RecoilSpectrumBuilder.Build(NeutrinoSpecies.Be7, line, Flux, FixedSurvival.Constant(0.55), grid);
        double scale = Ne * Flux * 86400;
        for (int j = 0; j < grid.Length; j++)
        {
            double t = grid[j];
            double sm = scale * ElectronScattering.EffectiveDifferentialCrossSection(0.8613, t, 0.55);
            double mm = scale * MagneticMomentScattering.DifferentialCrossSection(0.8613, t, 1e-11);
            Assert.That(built.StandardModel[j], Is.EqualTo(sm).Within(1e-12).Percent);
            Assert.That(built.MagneticMoment[j], Is.EqualTo(mm).Within(1e-12).Percent);
        }
        for (int j = 0; j < grid.Length; j++)
        {
            if (grid[j] > 0.6643)
                Assert.That(built.StandardModel[j], Is.Zero, $"above the 0.6643 MeV edge, T = {grid[j]}");
        }
    }

    [Test]
    public void Build_IntegratedSpectrum_EqualsInteractionRate()
    {
        // Two independent paths: integrating dR/dT over T must give the rate from sigma_total(E).
        var spectrum = TestSpectra.Analytic(1.2);
        var survival = FixedSurvival.LmaLike;
        double[] grid = Grid(0.0005, 1.0, 0.0005);
        var built = RecoilSpectrumBuilder.Build(NeutrinoSpecies.N13, spectrum, Flux, survival, grid);
        double fromSpectrum = built.IntegrateStandardModel(grid[0], grid[^1]) + grid[0] * built.StandardModel[0];
        var rate = InteractionRates.Compute(NeutrinoSpecies.N13, spectrum, Flux, survival);
        Assert.That(fromSpectrum, Is.EqualTo(rate.Rate).Within(0.05).Percent);

        var above = InteractionRates.Compute(NeutrinoSpecies.N13, spectrum, Flux, survival, minRecoilEnergy: 0.3);
        Assert.That(built.IntegrateStandardModel(0.3, grid[^1]), Is.EqualTo(above.Rate).Within(0.05).Percent);
    }

    [Test]
    public void Build_LineMomentIntegral_MatchesClosedForm()
    {
        // integral_T1^Tmax pi r_e^2 mu^2 (1/T - 1/E) dT = pi r_e^2 mu^2 [ln(Tmax/T1) - (Tmax - T1)/E], times N_e Phi 86400.
        double e = 0.8613, t1 = 0.2, tmax = ElectronScattering.MaxRecoilEnergy(e);
        double[] grid = [.. Grid(t1, 0.664, 0.0005), tmax];
        var built = RecoilSpectrumBuilder.Build(NeutrinoSpecies.Be7, TestSpectra.Lines(new SpectralLine(e, 1.0)), Flux, FixedSurvival.Constant(0.5), grid);
        double closed = Ne * Flux * 86400 * MagneticMomentScattering.PiElectronRadiusSquared * 1e-22
                        * (Math.Log(tmax / t1) - (tmax - t1) / e);
        Assert.That(built.IntegrateMagneticMoment(t1, tmax), Is.EqualTo(closed).Within(0.01).Percent);
    }

    [Test]
    public void BuildAll_GivesEverySpeciesWithItsSsmFlux()
    {
        var model = SolarModel.Standard(SolarModelName.Gs98);
        var survival = new MswSurvivalProbability(model, MixingPresets.Get("pdg2016"));
        double[] grid = Grid(0.1, 1.5, 0.1);
        var all = RecoilSpectrumBuilder.BuildAll(model.Fluxes, survival, grid);
        Assert.That(all.Keys, Is.EquivalentTo(SpeciesNames.All));
        var be7 = RecoilSpectrumBuilder.Build(NeutrinoSpecies.Be7, SolarNeutrinoSpectra.For(NeutrinoSpecies.Be7),
            model.Fluxes.Flux(NeutrinoSpecies.Be7), survival, grid);
        Assert.That(all[NeutrinoSpecies.Be7].StandardModel.ToArray(), Is.EqualTo(be7.StandardModel.ToArray()));
        Assert.That(all[NeutrinoSpecies.Pp].StandardModelAt(0.35), Is.Zero, "pp recoils end at 0.26 MeV");
    }

    [Test]
    public void Build_MomentPartRisesAsOneOverT()
    {
        var built = RecoilSpectrumBuilder.Build(NeutrinoSpecies.Pp, TestSpectra.Analytic(0.42), Flux, FixedSurvival.Constant(0.55), [0.001, 0.002, 0.01]);
        Assert.That(built.MagneticMoment[0] / built.MagneticMoment[1], Is.EqualTo(2.0).Within(3).Percent);
        Assert.That(built.MagneticMoment[0] / built.StandardModel[0], Is.GreaterThan(built.MagneticMoment[2] / built.StandardModel[2]));
    }

    [Test]
    public void Build_RejectsBadGrid()
    {
        var s = TestSpectra.Analytic(1.0);
        Assert.Throws<ArgumentException>(() => RecoilSpectrumBuilder.Build(NeutrinoSpecies.Pp, s, Flux, FixedSurvival.Constant(1), [0.2, 0.1]));
        Assert.Throws<ArgumentException>(() => RecoilSpectrumBuilder.Build(NeutrinoSpecies.Pp, s, Flux, FixedSurvival.Constant(1), [0.0, 0.1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoilSpectrumBuilder.Build(NeutrinoSpecies.Pp, s, double.NaN, FixedSurvival.Constant(1), [0.1, 0.2]));
    }
}
