using DetectorResponse.Estimators;
using SpectralFit.Configuration;

namespace SpectralFit.Tests.Configuration;

public class SystematicsExpansionTests
{
    [Test]
    public void Expand_ShippedConfig_GivesTheEightConfigurationsOfTheAnalysis()
    {
        using var f = new ConfigFixture();
        var variants = SystematicsExpansion.Expand(FitConfigurationLoader.Load(f.Write()));

        // physics.md §7: estimator (dt1/dt2) x pile-up model x metallicity = 8 configurations, equal priors
        Assert.That(variants.Select(v => v.Label), Is.EqualTo(new[]
        {
            "dt1 / convolution / HZ", "dt1 / convolution / LZ", "dt1 / synthetic / HZ", "dt1 / synthetic / LZ",
            "dt2 / convolution / HZ", "dt2 / convolution / LZ", "dt2 / synthetic / HZ", "dt2 / synthetic / LZ",
        }));
        Assert.That(variants.Select(v => v.PriorWeight), Is.All.EqualTo(0.125).Within(1e-15));
        var last = variants[7].Configuration;
        Assert.That(last.Estimator, Is.EqualTo(EnergyEstimator.NpmtsDt2));
        Assert.That(last.Dataset.Path, Does.EndWith("phase2-like.npmts_dt2.dat"));
        Assert.That(last.Dataset.Window, Is.EqualTo(new ObservableWindow(109.5, 845.5)));
        Assert.That(last.Pileup.Model, Is.EqualTo(PileupModel.Synthetic));
        Assert.That(last.Solar.Model, Is.EqualTo(SolarModel.Agss09));
        Assert.That(variants[0].Configuration.Solar.Model, Is.EqualTo(SolarModel.Gs98));
        Assert.That(variants[0].Configuration.Pileup.Model, Is.EqualTo(PileupModel.Convolution));
    }

    [Test]
    public void Expand_UnequalWeightsAndExtraKeys_AreApplied()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(),
        [
            "systematics:axes:2:choices:0:weight=3",
            "systematics:axes:2:choices:1:set:constraints:gallium:enabled=false",
        ]);
        var variants = SystematicsExpansion.Expand(c);
        // P(HZ) = 3/4, P(LZ) = 1/4, times 1/4 for each estimator and pile-up model
        Assert.That(variants.Select(v => v.PriorWeight), Is.EqualTo(new[] { 0.1875, 0.0625, 0.1875, 0.0625, 0.1875, 0.0625, 0.1875, 0.0625 }).Within(1e-15));
        Assert.That(variants.Select(v => v.Configuration.Gallium.Enabled), Is.EqualTo(new[] { true, false, true, false, true, false, true, false }));
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
