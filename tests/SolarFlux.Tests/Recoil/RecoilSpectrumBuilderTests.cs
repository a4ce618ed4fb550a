using SolarFlux.Common;
using SolarFlux.CrossSections;
using SolarFlux.Recoil;
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
