using DetectorResponse.Estimators;
using SpectralFit.Configuration;

namespace SpectralFit.Tests.Configuration;

public class SystematicsExpansionTests
{
    [Test]
    public void Expand_ShippedConfig_GivesPileupTimesMetallicity()
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
    public void Expand_WithTheEstimatorAxis_GivesTheEightConfigurationsOfTheAnalysis()
    {
        using var f = new ConfigFixture();
        var axes = f.Json["systematics"]!["axes"]!.AsArray();
        axes.Insert(0, System.Text.Json.Nodes.JsonNode.Parse("""
            { "key": "estimator", "choices": [
              { "value": "npmts_dt1", "label": "dt1", "set": { "dataset": { "observable": { "min": 105.5, "max": 821.5 } } } },
              { "value": "npmts_dt2", "label": "dt2", "set": { "dataset": { "observable": { "min": 109.5, "max": 845.5 } } } } ] }
            """));
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
