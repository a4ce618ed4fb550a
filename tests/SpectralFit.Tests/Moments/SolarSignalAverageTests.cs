using SolarFlux;
using SolarFlux.Common;
using SolarFlux.Oscillations;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class SolarSignalAverageTests
{
    private static readonly FixedSurvival Linear = new((_, e) => new MassStateProbabilities(0.6 - 0.1 * e, 0.38 + 0.1 * e, 0.02));

    [Test]
    public void MassStates_TwoPoints_IsTheWeightedMean()
    {
        WeightedNeutrino[] signal = [new(NeutrinoSpecies.Pp, 0.2, 1), new(NeutrinoSpecies.Be7, 0.8, 3), new(NeutrinoSpecies.Pep, 1.44, 0)];
        var p = SolarSignalAverage.MassStates(Linear, signal);
        Assert.That(p.Pe1, Is.EqualTo(0.6 - 0.1 * (0.25 * 0.2 + 0.75 * 0.8)).Within(1e-15));
        Assert.That(p.Pe1 + p.Pe2 + p.Pe3, Is.EqualTo(1).Within(1e-15));
    }

    [Test]
    public void FromDensity_UniformDensity_AveragesToTheMidpoint()
    {
        var grid = Enumerable.Range(0, 101).Select(i => 0.01 * i).ToArray();
        var p = SolarSignalAverage.MassStates(Linear, SolarSignalAverage.FromDensity(NeutrinoSpecies.Pp, grid, _ => 2.0));
        Assert.That(p.Pe1, Is.EqualTo(0.6 - 0.1 * 0.5).Within(1e-12));
    }

    [Test]
    public void MassStates_NegativeWeight_ThrowsNamingThePoint()
    {
        WeightedNeutrino[] signal = [new(NeutrinoSpecies.Pp, 0.2, 1), new(NeutrinoSpecies.Be7, 0.8, -1)];
        var e = Assert.Throws<UserInputException>(() => SolarSignalAverage.MassStates(Linear, signal));
        Assert.That(e!.Message, Does.Contain("#2").And.Contain("Be7"));
    }

    [Test]
    public void MassStates_AllWeightsZero_Throws()
    {
        Assert.Throws<UserInputException>(() => SolarSignalAverage.MassStates(Linear, [new(NeutrinoSpecies.Pp, 0.2, 0)]));
    }
}
