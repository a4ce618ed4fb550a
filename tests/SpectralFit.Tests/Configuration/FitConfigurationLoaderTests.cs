using System.Text.Json.Nodes;
using DetectorResponse.Estimators;
using SolarFlux;
using SolarFlux.Common;
using SpectralFit.Configuration;
using TestSupport;

namespace SpectralFit.Tests.Configuration;

public class FitConfigurationLoaderTests
{
    private static UserInputException LoadFails(ConfigFixture f, params string[] overrides) =>
        Assert.Throws<UserInputException>(() => FitConfigurationLoader.Load(f.Write(), overrides))!;

    [Test]
    public void Load_Po210Peak_DefaultsToTheDetectorResolution()
    {
        using var f = new ConfigFixture();
        Assert.That(FitConfigurationLoader.Load(f.Write()).Response.Po210WithResolution, Is.True);
        Assert.That(FitConfigurationLoader.Load(f.Write(), ["response:po210_peak=free-width", "response:po210_width:min=0.01"])
            .Response.Po210WithResolution, Is.False);
    }

    [Test]
    public void Load_FreeWidthPo210PeakWithZeroMinimum_NamesTheKey()
    {
        // The reference config's intrinsic width may reach 0 (min 0); as a whole width it may not.
        using var f = new ConfigFixture();
        var e = LoadFails(f, "response:po210_peak=free-width");
        Assert.That(e.Message, Does.Contain("response:po210_width").And.Contain("> 0"));
        Assert.That(FitConfigurationLoader.Load(f.Write(), ["response:po210_peak=free-width", "response:po210_width:min=0.005"])
            .Response.Po210WithResolution, Is.False);
    }

    [Test]
    public void Load_ShippedReferenceConfig_HasTheMagneticMomentAnalysis()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write());

        Assert.That(c.Name, Is.EqualTo("borexino-phase2-mm"));
        Assert.That(c.Dataset.Path, Is.EqualTo(f.DatasetPath), "dataset path is relative to the config file");
        Assert.That(c.Dataset.Format, Is.EqualTo(DatasetFormat.SpectralFit));
        Assert.That(c.Estimator, Is.EqualTo(EnergyEstimator.Nh));
        // Nature 562, 505 (2018): the TFC-subtracted Phase-II spectrum has 582.33 day x 100 t
        Assert.That(c.Exposure.Day100t, Is.EqualTo(582.33).Within(0.01));
        Assert.That(c.Component("pep")!.FixedToSsm && c.Component("CNO")!.FixedToSsm, Is.True);
        Assert.That(c.Component("CNO")!.Species, Is.EqualTo(SpeciesNames.CnoMembers));
        Assert.That(c.Component("Be7")!.Species, Is.EqualTo(new[] { NeutrinoSpecies.Be7 }));
        Assert.That(c.Component("C14")!.Rate!.Unit, Is.EqualTo("Bq/100t"));

        var free = c.FreeParameters.Select(p => p.Name).ToArray();
        Assert.That(free, Is.EquivalentTo(new[]
        {
            "components:pp", "components:Be7", "components:C14", "components:pileup", "components:Kr85",
            "components:Bi210", "components:C11", "components:Po210", "components:ext_K40",
            "components:ext_Bi214", "components:ext_Tl208", "response:light_yield", "response:resolution_v1",
            "response:resolution_sigma_t", "response:po210_position", "response:po210_width", "response:c11_shift",
        }));
        Assert.That(c.Response.Get("kb")!.Fixed, Is.True);

        // physics.md §7: gallium 66.1 +- 3.1 SNU, 4% cross section, 1% fiducial volume
        Assert.That(c.Gallium, Is.EqualTo(new GalliumConstraintSpec(true, 66.1, 3.1, 0.04, 0.01)));
        Assert.That(c.MagneticMoment.Scan.Values()[0], Is.EqualTo(0.0));
        Assert.That(c.MagneticMoment.Scan.Values()[^1], Is.EqualTo(1e-10));
        // physics.md §7: energy estimator (dt1 / dt2) x pile-up model x metallicity
        Assert.That(c.Systematics.Select(a => a.Key), Is.EqualTo(new[] { "estimator", "pileup:model", "solar:ssm" }));
        Assert.That(c.Dataset.Window, Is.EqualTo(new ObservableWindow(92.5, 950.5)), "N_h 93-950: 0.19-2.93 MeV");
    }

    [Test]
    public void Load_PmtNormalization_ReadsTheLiveRange_AndNamesAReversedOne()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(),
            ["dataset:pmt_normalization:live_pmts_min=1400", "dataset:pmt_normalization:live_pmts_max=1800"]);
        Assert.That(c.Dataset.PmtNormalization, Is.EqualTo(new PmtNormalizationSpec(2000, 1400, 1800)), "reference_pmts defaults to 2000");
        Assert.That(FitConfigurationLoader.Load(f.Write()).Dataset.PmtNormalization, Is.Null, "absent: smooth bin contents");

        var e = LoadFails(f, "dataset:pmt_normalization:live_pmts_min=1800", "dataset:pmt_normalization:live_pmts_max=1400");
        Assert.That(e.Message, Does.Contain("dataset:pmt_normalization").And.Contain("live_pmts_max (1400) must be >= live_pmts_min (1800)"));
        e = LoadFails(f, "dataset:pmt_normalization:live_pmts_min=1400");
        Assert.That(e.Message, Does.Contain("dataset:pmt_normalization:live_pmts_max"));
    }

    [Test]
    public void Load_BorexinoSpectrumWithExposure_ComputesDayTimes100t()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(), ["dataset:format=borexino-phase2", "exposure:efficiency=0.6325"]);
        // physics.md §6: 1291.51 d x 71.3 t = 920.85 day x 100 t; x 63.25% kept by the TFC subtraction
        Assert.That(c.Exposure!.Day100t, Is.EqualTo(920.85 * 0.6325).Within(0.01));
        Assert.That(c.Dataset.Format, Is.EqualTo(DatasetFormat.BorexinoPhase2));
    }

    [Test]
    public void Load_WithoutExposure_AsksForIt()
    {
        using var f = new ConfigFixture();
        f.Json.Remove("exposure");
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("test.json: exposure: required key missing"));
    }

    [Test]
    public void Load_ShippedConfigInPlace_FindsTheEmbeddedSample()
    {
        string config = SharedData.Repo(ConfigFixture.ShippedConfig);
        string sample = ((string)JsonNode.Parse(File.ReadAllText(config))!["dataset"]!["path"]!).Replace("{estimator}", "nh");
        string full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(config)!, sample));
        if (!File.Exists(full))
            Assert.Inconclusive($"embedded sample not produced yet: {full}");
        Assert.That(FitConfigurationLoader.Load(config).Dataset.Path, Is.EqualTo(full));
    }

    [Test]
    public void Load_Override_ChangesTheValue()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(),
            ["constraints:gallium:enabled=false", "components:Kr85:max=50", "magnetic_moment:prior=flat-mu2"]);
        Assert.That(c.Gallium.Enabled, Is.False);
        Assert.That(c.Component("Kr85")!.Rate!.Max, Is.EqualTo(50));
        Assert.That(c.MagneticMoment.Prior, Is.EqualTo(MomentPrior.FlatMu2));
    }

    [Test]
    public void Load_MixingOverrideAndSsmAlias_AreApplied()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(), ["solar:mixing:sin2_theta12=0.31", "solar:ssm=lz"]);
        Assert.That(c.Solar.Mixing.Sin2Theta12, Is.EqualTo(0.31));
        // the rest stays PDG 2016 (SolarFlux MixingPresets): Delta m^2_21 = 7.53e-5 eV^2
        Assert.That(c.Solar.Mixing.DeltaM21Sq, Is.EqualTo(7.53e-5));
        Assert.That(c.Solar.Model, Is.EqualTo(SolarModel.Agss09));
    }

    [Test]
    public void Load_InvalidMixingValue_NamesTheKey()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "solar:mixing:dm21sq=0");
        Assert.That(e.Message, Does.StartWith("--set solar:mixing:dm21sq=0: "));
    }

    [Test]
    public void Load_ResponseValueOutsideTheDetectorModelsRange_IsRejected()
    {
        using var f = new ConfigFixture();
        // DetectorResponse ResponseParameters.VarianceFactor allows 0-2
        var e = LoadFails(f, "response:resolution_v1:min=-0.5");
        Assert.That(e.Message, Does.StartWith("--set response:resolution_v1:min=-0.5: -0.5 is outside the allowed range [0, 2]"));
    }

    [Test]
    public void Load_OverrideOfUnknownKey_NamesIt()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "constraints:galium:enabled=false");
        Assert.That(e.Message, Does.Contain("--set constraints:galium:enabled=false"));
        Assert.That(e.Message, Does.Contain("unknown parameter/key 'constraints:galium:enabled'"));
        Assert.That(e.Message, Does.Contain("(did you mean 'gallium'?)"));
        Assert.That(e.Message, Does.Contain("expected one of gallium"));
    }

    [Test]
    public void Load_OverrideOfAGroup_AsksForOneOfItsKeys()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "dataset=x.dat");
        Assert.That(e.Message, Does.Contain("'dataset' is a group of keys").And.Contain("path"));
    }

    [Test]
    public void Load_OverrideWithoutEquals_ExplainsTheForm()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "estimator");
        Assert.That(e.Message, Does.Contain("expected key:path=value"));
    }

    [Test]
    public void Load_MissingRequiredKey_NamesThePath()
    {
        using var f = new ConfigFixture();
        f.Json["dataset"]!.AsObject().Remove("path");
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("test.json: dataset:path: required key missing"));
    }

    [Test]
    public void Load_WrongType_SaysWhatWasExpected()
    {
        using var f = new ConfigFixture();
        f.Json["components"]!["Kr85"]!["init"] = "lots";
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Kr85:init: expected a number, got 'lots'"));
    }

    [Test]
    public void Load_ObjectWhereValueExpected_SaysWhatWasExpected()
    {
        using var f = new ConfigFixture();
        f.Json["estimator"] = new JsonObject { ["name"] = "nh" };
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("estimator: expected one of \"npe\"").And.Contain("got an object"));
    }

    [Test]
    public void Load_ArrayWhereObjectExpected_SaysSo()
    {
        using var f = new ConfigFixture();
        f.Json["components"] = new JsonArray(new JsonObject { ["init"] = 1.0 });
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components: expected an object of named entries { ... }, got an array"));
    }

    [Test]
    public void Load_UnknownKey_ListsTheKnownOnes()
    {
        using var f = new ConfigFixture();
        f.Json["magnetic_moment"]!["scna"] = new JsonObject();
        f.Json["magnetic_moment"]!["scna"]!["max"] = 1;
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("magnetic_moment:scna: unknown key (did you mean 'scan'?); expected one of reference, scan, prior"));
    }

    [Test]
    public void Load_MinAboveMax_NamesTheParameter()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "components:Bi210:min=60", "components:Bi210:max=10");
        Assert.That(e.Message, Does.Contain("components:Bi210: min (60 cpd/100t) > max (10 cpd/100t); expected min <= max"));
    }

    [Test]
    public void Load_InitOutsideLimits_NamesInit()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "response:light_yield:init=800");
        Assert.That(e.Message, Does.StartWith("--set response:light_yield:init=800: 800 p.e./MeV is outside the fit limits [300, 700]"));
    }

    [Test]
    public void Load_ValueOutsideAllowedRange_GivesTheRange()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "constraints:gallium:cross_section=4");
        Assert.That(e.Message, Does.StartWith("--set constraints:gallium:cross_section=4: 4 is outside the allowed range [0, 1]"));
    }

    [TestCase("1e-11", "2e-10")]
    [TestCase("-3e-11", "-1e-11")]
    public void Load_ScanExcludingZero_IsRejected(string min, string max)
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, $"magnetic_moment:scan:min={min}", $"magnetic_moment:scan:max={max}");
        Assert.That(e.Message, Does.Contain("magnetic_moment:scan").And.Contain("mu_B").And.Contain("mu = 0"));
    }

    [Test]
    public void Load_UnknownSpecies_ListsTheKnownNames()
    {
        using var f = new ConfigFixture();
        f.Json["components"]!["Be8"] = new JsonObject { ["init"] = 1.0 };
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Be8: unknown species/background 'Be8' (did you mean 'Be7'?)"));
        Assert.That(e.Message, Does.Contain("Be7").And.Contain("ext_Tl208").And.Contain("\"template\""));
    }

    [Test]
    public void Load_TemplateComponent_IsAcceptedWithItsFile()
    {
        using var f = new ConfigFixture();
        File.WriteAllText(Path.Combine(f.Root, "configs", "ar39.txt"), "0 1 1\n");
        f.Json["components"]!["Ar39"] = new JsonObject { ["init"] = 2.0, ["template"] = "ar39.txt", ["axis"] = "observable" };
        var c = FitConfigurationLoader.Load(f.Write());
        Assert.That(c.Component("Ar39")!.Kind, Is.EqualTo(ComponentKind.Template));
        Assert.That(c.Component("Ar39")!.TemplatePath, Does.EndWith("ar39.txt"));
        Assert.That(c.Component("Ar39")!.Template!.Axis, Is.EqualTo(TemplateEnergyAxis.Observable));
    }

    [Test]
    public void Load_EstimatorPlaceholder_PicksTheEstimatorsFile()
    {
        using var f = new ConfigFixture();
        var c = FitConfigurationLoader.Load(f.Write(), ["estimator=npmts_dt2"]);
        Assert.That(c.Dataset.Path, Does.EndWith("phase2-like.npmts_dt2.dat"));
        Assert.That(c.Dataset.PathAsWritten, Does.Contain("{estimator}"));
    }

    [Test]
    public void Load_MissingDatasetFile_NamesTheKeyAndPath()
    {
        using var f = new ConfigFixture();
        File.Delete(f.DatasetPath);
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("dataset:path: dataset file '../samples/"));
        Assert.That(e.Message, Does.Contain("relative to the config file"));
    }

    [Test]
    public void Load_FixedToSsmForABackground_IsRejected()
    {
        using var f = new ConfigFixture();
        f.Json["components"]!["Kr85"] = new JsonObject { ["fixed_to_ssm"] = true };
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Kr85:fixed_to_ssm: only solar components"));
    }

    [Test]
    public void Load_PullOnFixedParameter_IsRejected()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "response:kb:pull:mean=0.011", "response:kb:pull:sigma=0.001");
        Assert.That(e.Message, Does.Contain("response:kb:pull: a fixed parameter cannot have a pull"));
    }

    [Test]
    public void Load_InvalidJson_NamesTheFile()
    {
        using var f = new ConfigFixture();
        File.WriteAllText(f.ConfigPath, "{ \"dataset\": { \"path\": \"x\" },\n  \"exposure\": 3,, }\n");
        var e = Assert.Throws<UserInputException>(() => FitConfigurationLoader.Load(f.ConfigPath))!;
        Assert.That(e.Message, Does.StartWith(f.ConfigPath + ":2: not a valid JSON configuration: ','"));
        Assert.That(e.Message, Does.EndWith("(column 17)"));
    }

    [Test]
    public void Load_SystematicsAxisWithUnknownKey_NamesTheAxis()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "systematics:axes:1:key=solar:metallicity");
        Assert.That(e.Message, Does.StartWith("--set systematics:axes:1:key=solar:metallicity: unknown parameter/key 'solar:metallicity'"));
    }

    [Test]
    public void Load_SystematicsChoiceWithInvalidValue_IsRejected()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "systematics:axes:1:choices:1:value=overlay");
        Assert.That(e.Message, Does.StartWith("--set systematics:axes:1:choices:1:value=overlay: 'overlay' is not a valid value of pileup:model"));
    }
}
