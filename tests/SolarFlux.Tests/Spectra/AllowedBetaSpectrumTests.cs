using SolarFlux.Spectra;

namespace SolarFlux.Tests.Spectra;

public class AllowedBetaSpectrumTests
{
    [TestCase(0.42, 1, 2)]
    [TestCase(1.2, 6, 13)]
    [TestCase(18.8, 2, 4)]
    public void ContinuumDensity_Integral_IsOne(double endpoint, int z, int a)
    {
        var s = new AllowedBetaSpectrum(endpoint, z, a);
        Assert.That(SpectrumComparison.Integral(s), Is.EqualTo(1).Within(1e-5));
        Assert.That(SpectrumComparison.Mean(s), Is.EqualTo(s.MeanEnergy).Within(1e-5).Percent);
    }

    [Test]
    public void MeanEnergy_NoCoulombNoMass_MatchesPhaseSpaceLimit()
    {
        // Z = 0 and E0 >> m_e: dN/dE ∝ E^2 (E0 - E)^2, whose mean is E0/2 (symmetric); m_e shifts it slightly down.
        var s = new AllowedBetaSpectrum(200.0, 0, 1);
        Assert.That(s.MeanEnergy, Is.EqualTo(100.0).Within(0.5).Percent);
    }

    [Test]
    public void ContinuumDensity_PositronRepulsion_LowersDensityNearEndpoint()
    {
        // Near E0 the positron is slow; the daughter's repulsion suppresses the spectrum relative to Z = 0 and,
        // by pushing the positron to higher energies, leaves less energy on average to the neutrino.
        var coulomb = new AllowedBetaSpectrum(1.732, 7, 15);
        var free = new AllowedBetaSpectrum(1.732, 0, 15);
        Assert.That(coulomb.ContinuumDensity(1.731), Is.LessThan(0.2 * free.ContinuumDensity(1.731)));
        Assert.That(coulomb.MeanEnergy, Is.LessThan(free.MeanEnergy));
    }

    [Test]
    public void Constructor_NonPositiveEndpoint_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AllowedBetaSpectrum(0, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AllowedBetaSpectrum(double.NaN, 1, 2));
    }

    [TestCase(0.4234, 1, 2)]
    [TestCase(1.732, 7, 15)]
    [TestCase(18.784, 2, 4)]
    public void ContinuumDensity_PrecomputedGrid_MatchesFormula(double endpoint, int z, int a)
    {
        var s = new AllowedBetaSpectrum(endpoint, z, a);
        double peak = 0, worst = 0;
        for (int i = 1; i < 5000; i++)
        {
            double e = endpoint * i / 5000.0 * 1.00003;
            peak = Math.Max(peak, s.ExactDensity(e));
            worst = Math.Max(worst, Math.Abs(s.ContinuumDensity(e) - s.ExactDensity(e)));
        }
        Assert.That(worst / peak, Is.LessThan(1e-5));
    }
}
