using SolarFlux.Common;
using SolarFlux.Oscillations;
using SolarFlux.Solar;

namespace SolarFlux.Tests.Oscillations;

public class MswSurvivalProbabilityTests
{
    private static readonly MixingParameters Pdg = MixingPresets.Pdg2016;
    private static readonly MswSurvivalProbability Gs98 = new(SolarModel.Standard(SolarModelName.Gs98), Pdg);

    private static double VacuumPee(MixingParameters m) =>
        m.Cos2Theta13 * m.Cos2Theta13 * (1 - 0.5 * m.Sin2DoubleTheta12) + m.Sin2Theta13 * m.Sin2Theta13;

    [Test]
    public void PotentialPerElectronDensity_Is7p63e14eV()
    {
        // physics.md §3: V = sqrt(2) G_F n_e = 7.63e-14 eV x n_e[N_A/cm^3].
        Assert.That(AdiabaticMsw.PotentialPerElectronDensity, Is.EqualTo(7.63e-14).Within(0.1).Percent);
    }

    [Test]
    public void CosDoubleThetaMatter_AtResonanceIsZero()
    {
        Assert.That(AdiabaticMsw.CosDoubleThetaMatter(Pdg.CosDoubleTheta12, Pdg), Is.EqualTo(0).Within(1e-15));
        Assert.That(AdiabaticMsw.CosDoubleThetaMatter(0, Pdg), Is.EqualTo(Pdg.CosDoubleTheta12).Within(1e-15));
    }

    [Test]
    public void CosDoubleThetaMatterSlope_MatchesFiniteDifference([Values(0.1, 0.4, 1.0, 3.0)] double beta)
    {
        const double h = 1e-6;
        double numeric = (AdiabaticMsw.CosDoubleThetaMatter(beta + h, Pdg) - AdiabaticMsw.CosDoubleThetaMatter(beta - h, Pdg)) / (2 * h);
        Assert.That(AdiabaticMsw.CosDoubleThetaMatterSlope(beta, Pdg), Is.EqualTo(numeric).Within(1e-7));
    }

    [Test]
    public void Pee_AtZeroEnergy_IsVacuumAverage([Values] NeutrinoSpecies species)
    {
        // Vacuum-averaged: c13^4 (1 - sin^2 2theta12 / 2) + s13^4.
        Assert.That(Gs98.Pee(species, 0.0), Is.EqualTo(VacuumPee(Pdg)).Within(1e-12));
    }

    [Test]
    public void Pee_VanishingElectronDensity_IsVacuumAverageAtAnyEnergy()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("msw-vacuum").FullName, "empty_sun.dat");
        try
        {
            // log10 n_e = -12: no matter effect even at 20 MeV.
            File.WriteAllLines(path,
            [
                "0.0500 15.0 -12.0 0.1 1 1 1 1 1 1 1 1",
                "0.1000 14.0 -12.0 0.1 1 1 1 1 1 1 1 1",
            ]);
            var vacuum = new MswSurvivalProbability(SolarModel.FromTable(path, SolarModelName.Gs98), Pdg);
            foreach (double e in new[] { 0.3, 1.0, 10.0, 18.0 })
                Assert.That(vacuum.Pee(NeutrinoSpecies.B8, e), Is.EqualTo(VacuumPee(Pdg)).Within(1e-8), $"E = {e}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Test]
    public void Pee_HighEnergy_ReachesFullyAdiabaticLimit([Values] NeutrinoSpecies species)
    {
        // beta >> 1: nu_e leaves as nu_2, P_ee -> c13^4 s12^2 + s13^4.
        double limit = Pdg.Cos2Theta13 * Pdg.Cos2Theta13 * Pdg.Sin2Theta12 + Pdg.Sin2Theta13 * Pdg.Sin2Theta13;
        Assert.That(Gs98.Pee(species, 1e4), Is.EqualTo(limit).Within(1e-5));
    }

    [Test]
    public void MassStates_SumToOneAndReproducePee(
        [Values] NeutrinoSpecies species, [Values(0.05, 0.4, 0.8613, 1.442, 5.0, 15.0)] double energy)
    {
        var p = Gs98.MassStates(species, energy);
        Assert.That(p.Pe1 + p.Pe2 + p.Pe3, Is.EqualTo(1.0).Within(1e-14));
        Assert.That(p.Pe3, Is.EqualTo(Pdg.Sin2Theta13));
        double pee = p.Pe1 * Pdg.Ue1Sq + p.Pe2 * Pdg.Ue2Sq + p.Pe3 * Pdg.Ue3Sq; // sum_i P_ei |U_ei|^2
        Assert.That(Gs98.Pee(species, energy), Is.EqualTo(pee).Within(1e-14));
        Assert.That(Gs98.Pee(species, energy),
            Is.EqualTo(Math.Pow(Pdg.Cos2Theta13, 2) * Gs98.Pee2Nu(species, energy) + Math.Pow(Pdg.Sin2Theta13, 2)).Within(1e-14));
    }

    [Test]
    public void Pee_B8_DecreasesMonotonicallyWithEnergy()
    {
        double previous = double.PositiveInfinity;
        for (double e = 1.0; e <= 16.0; e += 0.05)
        {
            double pee = Gs98.Pee(NeutrinoSpecies.B8, e);
            Assert.That(pee, Is.LessThan(previous), $"E = {e}");
            previous = pee;
        }
    }

    [Test]
    public void Pee_Interpolation_AgreesWithDirectZoneSum([Values] NeutrinoSpecies species)
    {
        var random = new Random(12345);
        for (int n = 0; n < 2000; n++)
        {
            double e = Math.Exp(Math.Log(0.01) + random.NextDouble() * Math.Log(2000));
            double direct = AdiabaticMsw.Pee(Gs98.DirectAverage(species, e), Pdg);
            Assert.That(Gs98.Pee(species, e), Is.EqualTo(direct).Within(1e-5), $"E = {e}");
        }
    }

    [Test]
    public void Pee_TypicalValues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Gs98.Pee(NeutrinoSpecies.Pp, 0.267), Is.InRange(0.54, 0.56), "pp");
            Assert.That(Gs98.Pee(NeutrinoSpecies.Be7, 0.8613), Is.InRange(0.52, 0.54), "7Be");
            Assert.That(Gs98.Pee(NeutrinoSpecies.Pep, 1.442), Is.InRange(0.50, 0.53), "pep");
            Assert.That(Gs98.Pee(NeutrinoSpecies.B8, 10.0), Is.InRange(0.29, 0.33), "8B at 10 MeV");
        });
    }

    [Test]
    public void Pee_AgreesWithBorexinoMeasurements()
    {
        // Borexino, Nature 562, 505 (2018) (HZ): P_ee(pp) = 0.57 +- 0.09, P_ee(7Be, 0.862 MeV) = 0.53 +- 0.05,
        // P_ee(pep, 1.44 MeV) = 0.43 +- 0.11, P_ee(8B, 8.1 MeV) = 0.37 +- 0.08. The MSW-LMA prediction lies within 1 sigma.
        Assert.Multiple(() =>
        {
            Assert.That(Gs98.Pee(NeutrinoSpecies.Pp, 0.267), Is.EqualTo(0.57).Within(0.09), "pp");
            Assert.That(Gs98.Pee(NeutrinoSpecies.Be7, 0.862), Is.EqualTo(0.53).Within(0.05), "7Be");
            Assert.That(Gs98.Pee(NeutrinoSpecies.Pep, 1.44), Is.EqualTo(0.43).Within(0.11), "pep");
            Assert.That(Gs98.Pee(NeutrinoSpecies.B8, 8.1), Is.EqualTo(0.37).Within(0.08), "8B");
        });
    }

    [Test]
    public void Pee_DeeperProductionMeansStrongerMatterEffect()
    {
        // At 2 MeV (transition region) 8B (n_e ~ 88) sits deeper in matter than pep (n_e ~ 67).
        Assert.That(Gs98.Pee(NeutrinoSpecies.B8, 2.0), Is.LessThan(Gs98.Pee(NeutrinoSpecies.Pep, 2.0)));
    }

    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void Pee_InvalidEnergy_ThrowsUserInputException(double energy)
    {
        var e = Assert.Throws<UserInputException>(() => Gs98.Pee(NeutrinoSpecies.Pp, energy));
        Assert.That(e!.Message, Does.Contain("energy"));
        Assert.Throws<UserInputException>(() => Gs98.MassStates(NeutrinoSpecies.Pp, energy));
    }

    [Test]
    public void Pee_ConcurrentFirstUse_GivesSameValuesAsSerial()
    {
        var fresh = new MswSurvivalProbability(SolarModel.Standard(SolarModelName.Agss09), MixingPresets.NuFit52);
        var energies = Enumerable.Range(0, 4000).Select(i => 0.01 + i * 0.004).ToArray();
        var parallel = new double[energies.Length];
        Parallel.For(0, energies.Length, i => parallel[i] = fresh.Pee((NeutrinoSpecies)(i % 8), energies[i]));
        var serial = new MswSurvivalProbability(SolarModel.Standard(SolarModelName.Agss09), MixingPresets.NuFit52);
        for (int i = 0; i < energies.Length; i++)
            Assert.That(parallel[i], Is.EqualTo(serial.Pee((NeutrinoSpecies)(i % 8), energies[i])));
    }

    [Test]
    public void Pee_DependsOnMixing()
    {
        // Larger theta12 -> larger sin^2 2theta12 -> lower P_ee in the vacuum-dominated 7Be region.
        var other = new MswSurvivalProbability(SolarModel.Standard(SolarModelName.Gs98), Pdg.With("sin2_theta12", 0.33));
        Assert.That(other.Pee(NeutrinoSpecies.Be7, 0.8613), Is.LessThan(Gs98.Pee(NeutrinoSpecies.Be7, 0.8613) - 0.01));
    }
}
