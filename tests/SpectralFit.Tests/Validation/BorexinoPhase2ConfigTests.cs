using SpectralFit.Configuration;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>configs/borexino-phase2-nature2018.json: the published Phase-II spectrum with the model of physics.md §7.</summary>
public class BorexinoPhase2ConfigTests
{
    public const string ConfigPath = "configs/borexino-phase2-nature2018.json";

    [Test]
    public void Load_ResolvesPublishedSpectrumAndHasTheFifteenFreeParametersOfPhysicsMd()
    {
        string data = SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var config = FitConfigurationLoader.Load(SharedData.Repo(ConfigPath));

        Assert.That(config.Dataset.Format, Is.EqualTo(DatasetFormat.BorexinoPhase2));
        Assert.That(Path.GetFullPath(config.Dataset.Path), Is.EqualTo(data));
        // physics.md §7: pp, 7Be, the dominant backgrounds, light yield, two resolution parameters,
        // 210Po position and width, 11C start: 15 free parameters (mu_nu comes on top), the external background as one
        // rate ("external": our three gamma shapes in the shares that describe Borexino's own fit curve).
        var free = config.FreeParameters.Select(p => p.Name[(p.Name.LastIndexOf(':') + 1)..]).ToArray();
        Assert.That(free, Is.EquivalentTo(new[]
        {
            "pp", "Be7", "C14", "pileup", "Kr85", "Bi210", "C11", "Po210", "external",
            "light_yield", "resolution_v1", "resolution_sigma_d", "po210_position", "po210_width", "c11_shift",
        }));
        Assert.That(free, Has.Length.EqualTo(15));
        var external = config.Components.Single(c => c.Name == "external");
        Assert.That(external.Shares!.Values.Sum(), Is.EqualTo(1).Within(1e-12));
        Assert.That(external.Shares["ext_Tl208"], Is.EqualTo(2.27 / 3.05).Within(1e-12));
    }

    [Test]
    public void Load_PriorsOnlyWhereBorexinoHadIndependentInformation()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var config = FitConfigurationLoader.Load(SharedData.Repo(ConfigPath));
        var pulls = config.Parameters.Where(p => p.Pull is not null).ToDictionary(p => p.Name[(p.Name.LastIndexOf(':') + 1)..], p => p.Pull!);
        // Borexino PRD 100, 082004 (2019): 14C from the second-cluster analysis 40.0 +- 2.0 Bq/100t; pile-up from
        // synthetic events 137.5 +- 2.8 cpd/100t (our convolution template is normalized the same way:
        // PileUpConvolution.BorexinoTriggerThreshold).
        Assert.That(pulls.Keys, Is.EquivalentTo(new[] { "C14", "pileup" }));
        Assert.That(pulls["C14"], Is.EqualTo(new SpectralFit.Parameters.GaussianPrior(40.0, 2.0)));
        Assert.That(pulls["pileup"], Is.EqualTo(new SpectralFit.Parameters.GaussianPrior(137.5, 2.8)));
    }
}
