using SpectralFit.Configuration;

namespace SpectralFit.Tests.Configuration;

public class SystematicsExpansionTests
{
    [Test]
    public void Expand_ShippedConfig_GivesEveryCombinationWithNormalizedPriors()
    {
        using var f = new ConfigFixture();
        var variants = SystematicsExpansion.Expand(FitConfigurationLoader.Load(f.Write()));

        Assert.That(variants.Select(v => v.Label), Is.EqualTo(new[]
        {
            "convolution / HZ", "convolution / LZ", "synthetic / HZ", "synthetic / LZ",
        }));
        Assert.That(variants.Select(v => v.PriorWeight), Is.All.EqualTo(0.25).Within(1e-15));
        Assert.That(variants[3].Configuration.Pileup.Model, Is.EqualTo(PileupModel.Synthetic));
        Assert.That(variants[3].Configuration.Solar.Model, Is.EqualTo(SolarModel.Agss09));
        Assert.That(variants[0].Configuration.Solar.Model, Is.EqualTo(SolarModel.Gs98));
    }

    [Test]
    public void Expand_UnequalWeightsAndExtraKeys_AreApplied()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(),
        [
            "systematics:axes:1:choices:0:weight=3",
            "systematics:axes:1:choices:1:set:constraints:gallium:enabled=false",
        ]);
        var variants = SystematicsExpansion.Expand(c);
        // P(HZ) = 3/4, P(LZ) = 1/4, times 1/2 for each pile-up model
        Assert.That(variants.Select(v => v.PriorWeight), Is.EqualTo(new[] { 0.375, 0.125, 0.375, 0.125 }).Within(1e-15));
        Assert.That(variants.Select(v => v.Configuration.Gallium.Enabled), Is.EqualTo(new[] { true, false, true, false }));
    }

    [Test]
    public void Expand_NoAxes_GivesTheConfigurationItself()
    {
        using var f = new ConfigFixture();
        f.Json.Remove("systematics");
        var c = FitConfigurationLoader.Load(f.Write());
        var variants = SystematicsExpansion.Expand(c);
        Assert.That(variants, Has.Count.EqualTo(1));
        Assert.That(variants[0].PriorWeight, Is.EqualTo(1.0));
        Assert.That(variants[0].Configuration.Components.Select(x => x.Rate), Is.EqualTo(c.Components.Select(x => x.Rate)));
    }
}
