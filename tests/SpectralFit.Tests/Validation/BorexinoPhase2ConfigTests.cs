using SpectralFit.Configuration;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>configs/borexino-phase2-nature2018.json: the published Phase-II spectrum with the model of physics.md §7.</summary>
public class BorexinoPhase2ConfigTests
{
    public const string ConfigPath = "configs/borexino-phase2-nature2018.json";

    [Test]
    public void Load_ResolvesPublishedSpectrumAndHasThePhysicsMdParametersWithAllThreeExternalGammasFree()
    {
        string data = SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var config = FitConfigurationLoader.Load(SharedData.Repo(ConfigPath));

        Assert.That(config.Dataset.Format, Is.EqualTo(DatasetFormat.BorexinoPhase2));
        Assert.That(Path.GetFullPath(config.Dataset.Path), Is.EqualTo(data));
        // physics.md §7: pp, 7Be, the dominant backgrounds, light yield, two resolution parameters,
        // 210Po position and width, 11C start: 15 free parameters (mu_nu comes on top) with the external background
        // as one rate. Here each of the three external gammas is free (17): held at Borexino's 40K and 214Bi rates our
        // shapes put as many external events into the window as Borexino's whole external curve (README.md).
        var free = config.FreeParameters.Select(p => p.Name[(p.Name.LastIndexOf(':') + 1)..]).ToArray();
        Assert.That(free, Is.EquivalentTo(new[]
        {
            "pp", "Be7", "C14", "pileup", "Kr85", "Bi210", "C11", "Po210", "ext_K40", "ext_Bi214", "ext_Tl208",
            "light_yield", "resolution_v1", "resolution_sigma_d", "po210_position", "po210_width", "c11_shift",
        }));
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
