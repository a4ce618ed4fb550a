using DetectorResponse.Quenching;

namespace DetectorResponse.Tests.Quenching;

public class CherenkovLightTests
{
    private static readonly CherenkovLight Light = CherenkovLight.ForElectrons(ElectronStoppingPower.Pseudocumene);

    [Test]
    public void Threshold_ForRefractiveIndexOnePointFive_IsAbout175keV()
    {
        // beta_th = 1/n: T_th = m (1/sqrt(1 - 1/n^2) - 1) = 0.1745 MeV for n = 1.50 (physics.md §6: ~0.17).
        Assert.That(Light.Threshold, Is.EqualTo(0.1745).Within(0.0005));
    }

    [Test]
    public void Light_BelowThreshold_IsZeroAndAboveIsIncreasing()
    {
        Assert.That(Light.Light(0.17), Is.EqualTo(0.0));
        double previous = 0;
        for (double t = 0.18; t < 5; t += 0.01)
        {
            double c = Light.Light(t);
            Assert.That(c, Is.GreaterThan(previous), $"T = {t}");
            previous = c;
        }
    }

    [Test]
    public void Light_RelativisticSlope_ApproachesOnePerMeV()
    {
        // sin^2 theta -> sin^2 theta(inf) and S(E) ~ S(1 MeV) near minimum ionization.
        double slope = (Light.Light(3.0) - Light.Light(2.9)) / 0.1;
        Assert.That(slope, Is.InRange(0.9, 1.05));
    }
}
