using SolarFlux;
using SolarFlux.CrossSections;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SolarFlux.Spectra;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class MagneticMomentSignalTests
{
    private static readonly RecoilWindow Window = RecoilWindow.BorexinoPhase2;

    [TestCase(0.8613)]
    [TestCase(0.4)]
    [TestCase(5.0)]
    public void WindowCrossSection_MatchesNumericalIntegralOfTheDifferentialCrossSection(double energy)
    {
        // Midpoint rule over dsigma/dT = pi r_e^2 (1/T - 1/E) (physics.md §4) in the window, up to T_max(E).
        double tMax = Math.Min(Window.Max, ElectronScattering.MaxRecoilEnergy(energy));
        const int n = 200000;
        double h = (tMax - Window.Min) / n, sum = 0;
        for (int i = 0; i < n; i++)
            sum += MagneticMomentScattering.DifferentialCrossSection(energy, Window.Min + (i + 0.5) * h, 1.0) * h;
        Assert.That(MagneticMomentSignal.WindowCrossSection(energy, Window), Is.EqualTo(sum).Within(1e-6 * sum));
    }

    [Test]
    public void WindowCrossSection_BelowThreshold_IsZero()
    {
        double threshold = ElectronScattering.MinNeutrinoEnergy(Window.Min);
        Assert.That(MagneticMomentSignal.WindowCrossSection(0.999 * threshold, Window), Is.EqualTo(0));
        Assert.That(MagneticMomentSignal.WindowCrossSection(1.01 * threshold, Window), Is.GreaterThan(0));
    }

    [Test]
    public void Weights_Be7_AreTheTwoLinesWithBranchingTimesCrossSection()
    {
        // The 0.384 MeV line gives T_max = 0.231 MeV, so it contributes only between 0.19 and 0.231 MeV.
        var points = MagneticMomentSignal.Weights(NeutrinoSpecies.Be7, SolarNeutrinoSpectra.For(NeutrinoSpecies.Be7), 1.0, Window);
        Assert.That(points, Has.Count.EqualTo(2));
        Assert.That(points[0].Weight, Is.EqualTo(0.8956 * MagneticMomentSignal.WindowCrossSection(0.8613, Window)).Within(1e-30));
        Assert.That(points[1].Weight, Is.LessThan(0.02 * points[0].Weight));
    }

    [Test]
    public void Weights_Pp_StartAtTheWindowThreshold()
    {
        var points = MagneticMomentSignal.Weights(NeutrinoSpecies.Pp, SolarNeutrinoSpectra.For(NeutrinoSpecies.Pp), 6e10, Window);
        Assert.That(points.Min(p => p.Energy), Is.EqualTo(ElectronScattering.MinNeutrinoEnergy(Window.Min)).Within(1e-12));
        Assert.That(points.Sum(p => p.Weight), Is.GreaterThan(0));
    }

    [Test]
    public void Create_Pdg2016_AveragedMassStatesSumToOneWithPe3EqualS13Sq()
    {
        // physics.md §3: P_e3 = s13^2 at every energy, P_e1 + P_e2 = c13^2.
        var scenario = SolarMixingScenarios.Create("pdg2016", SolarModel.Standard(SolarModelName.Gs98),
            MixingPresets.Get("pdg2016"), Window);
        Assert.That(scenario.MassStates.Pe3, Is.EqualTo(0.0219).Within(1e-12));
        Assert.That(scenario.MassStates.Pe1 + scenario.MassStates.Pe2, Is.EqualTo(1 - 0.0219).Within(1e-12));
        // The signal in 0.19-2.93 MeV is mostly 7Be, where Borexino measures P_ee ~ 0.5-0.55.
        Assert.That(scenario.Pee, Is.InRange(0.50, 0.57));
        Assert.That(scenario.Label, Does.Contain("normal ordering"));
    }

    [Test]
    public void Solar_WithFluxesAndWindow_EqualsTheScenarioAveragedMoment()
    {
        var model = SolarModel.Standard(SolarModelName.Gs98);
        var mixing = MixingPresets.Get("pdg2016");
        var scenario = SolarMixingScenarios.Create("pdg2016", model, mixing, Window);
        var moments = MomentMatrix.DiracDiagonal(new ComplexVector3(1, 2, 3), MomentBasis.Mass);
        double expected = Math.Sqrt(EffectiveMoment.SolarSquared(moments, scenario.MassStates, scenario.Pmns));
        double solar = EffectiveMoment.Solar(moments, scenario.Pmns, new MswSurvivalProbability(model, mixing), model.Fluxes, Window);
        Assert.That(solar, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void FromVisible_QuenchedElectrons_WidensTheRecoilWindow()
    {
        // Birks quenching: visible < kinetic energy, so the recoil window lies above the visible one.
        var light = DetectorResponse.Quenching.ChargedLeptonLight.Electrons(0.0110);
        var window = RecoilWindow.FromVisible(0.19, 2.93, e => light.KineticEnergyFor(e, 0.0));
        Assert.That(window.Min, Is.GreaterThan(0.19));
        Assert.That(light.VisibleEnergy(window.Min, 0.0), Is.EqualTo(0.19).Within(1e-6));
    }

    [Test]
    public void Constructor_InvertedWindow_ThrowsNamingIt()
    {
        var e = Assert.Throws<SolarFlux.Common.UserInputException>(() => new RecoilWindow(0.5, 0.2, "--window"));
        Assert.That(e!.Message, Does.StartWith("--window"));
    }

    [Test]
    public void PresetWithOtherOrdering_Pdg2016_PairsWithItsInvertedCompanion()
    {
        Assert.That(SolarMixingScenarios.PresetWithOtherOrdering("PDG2016"), Is.EqualTo(new[] { "pdg2016", "pdg2016-io" }));
        Assert.That(SolarMixingScenarios.PresetWithOtherOrdering("pdg2016-io"), Is.EqualTo(new[] { "pdg2016-io", "pdg2016" }));
        Assert.That(SolarMixingScenarios.PresetWithOtherOrdering("nufit52"), Is.EqualTo(new[] { "nufit52" }));
    }
}
