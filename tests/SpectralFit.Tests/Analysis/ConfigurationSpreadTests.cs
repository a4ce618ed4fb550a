using SpectralFit.Analysis;
using SpectralFit.Likelihood;
using SpectralFit.Profiles;
using SpectralFit.Systematics;
using SpectralFit.Tests.Profiles;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Analysis;

/// <summary>The spread of fitted parameters over systematics configurations (the "syst." of `reproduce`'s rate table).</summary>
public class ConfigurationSpreadTests
{
    private static SystematicsResult Run(Func<CompositeLikelihood, CompositeLikelihood>? alterB = null)
    {
        var model = ProfileLikelihoodTests.SignalPlusBackground();
        var data1 = PseudoData.Poisson(model, [20.0, 5000, 3000], 7);
        var data2 = PseudoData.Poisson(model, [20.0, 5600, 3000], 8); // ~600 more events of background 1
        var alter = alterB ?? (l => l);
        SystematicConfiguration[] configurations =
        [
            new("A", 1, () => CompositeLikelihood.ForModel(model, data1)),
            new("B", 3, () => alter(CompositeLikelihood.ForModel(model, data2))),
        ];
        return new SystematicsRunner { MaxDegreeOfParallelism = 2 }.Run(configurations, "s", ScanGrid.Linear(0, 400, 5));
    }

    [Test]
    public void Of_TwoConfigurations_GivesEachGlobalFitWithWeightedMeanAndRms()
    {
        var result = Run();
        var spread = ConfigurationSpread.Of(result)["b1"];
        double x0 = result.Configurations[0].Profile.GlobalFit!.Value("b1"), x1 = result.Configurations[1].Profile.GlobalFit!.Value("b1");
        double w0 = result.Weights[0], w1 = result.Weights[1];
        Assert.That(spread.Values, Is.EqualTo(new[] { x0, x1 }));
        Assert.That(spread.WeightedMean, Is.EqualTo(w0 * x0 + w1 * x1).Within(1e-9 * x0));
        // Two values with weights w0 + w1 = 1: variance w0 w1 (x0 - x1)^2.
        Assert.That(spread.WeightedRms, Is.EqualTo(Math.Sqrt(w0 * w1) * Math.Abs(x0 - x1)).Within(1e-9 * x0));
        Assert.That(spread.Max - spread.Min, Is.EqualTo(600).Within(200), "background 1 differs by ~600 events between the data sets");
    }

    [Test]
    public void Of_ParameterFixedInOneConfiguration_IsLeftOut()
    {
        var result = Run(l => new CompositeLikelihood(l.Parameters.FixedAt("b2", 3000), l.Terms));
        var spreads = ConfigurationSpread.Of(result);
        Assert.That(spreads.Keys, Is.EquivalentTo(new[] { "s", "b1" }));
    }
}
