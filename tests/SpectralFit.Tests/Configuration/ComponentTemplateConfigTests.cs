using System.Text.Json.Nodes;
using SolarFlux.Common;
using SpectralFit.Configuration;

namespace SpectralFit.Tests.Configuration;

/// <summary>The keys of a template component: components:&lt;name&gt;:template, :axis (required) and :energy_unit.</summary>
public class ComponentTemplateConfigTests
{
    /// <summary>Adds component Ar39 with a one-bin template file and the given extra keys.</summary>
    private static ConfigFixture WithAr39(params (string Key, string Value)[] keys)
    {
        var f = new ConfigFixture();
        File.WriteAllText(Path.Combine(f.Root, "configs", "ar39.txt"), "0 565 1\n");
        var component = new JsonObject { ["init"] = 2.0, ["template"] = "ar39.txt" };
        foreach (var (key, value) in keys)
            component[key] = value;
        f.Json["components"]!["Ar39"] = component;
        return f;
    }

    private static UserInputException LoadFails(ConfigFixture f, params string[] overrides) =>
        Assert.Throws<UserInputException>(() => FitConfigurationLoader.Load(f.Write(), overrides))!;

    [Test]
    public void Load_TemplateWithoutAxis_NamesTheKeyAndTheAllowedValues()
    {
        using var f = WithAr39();
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Ar39:axis").And.Contain("required")
            .And.Contain("\"observable\"").And.Contain("\"electron_energy\""));
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void Load_UnknownAxis_NamesTheKeyAndTheAllowedValues()
    {
        using var f = WithAr39(("axis", "keV"));
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Ar39:axis").And.Contain("'keV'")
            .And.Contain("\"observable\"").And.Contain("\"electron_energy\""));
    }

    [Test]
    public void Load_ElectronEnergyAxis_DefaultsToKeV()
    {
        using var f = WithAr39(("axis", "electron_energy"));
        var t = FitConfigurationLoader.Load(f.Write()).Component("Ar39")!.Template!;
        Assert.That(t.Axis, Is.EqualTo(TemplateEnergyAxis.ElectronEnergy));
        Assert.That(t.EnergyUnit, Is.EqualTo("keV"));
        Assert.That(t.MeVPerFileUnit, Is.EqualTo(1e-3));
    }

    [Test]
    public void Load_EnergyUnitMeVByOverride_IsRead()
    {
        using var f = WithAr39(("axis", "electron_energy"));
        var t = FitConfigurationLoader.Load(f.Write(), ["components:Ar39:energy_unit=mev"]).Component("Ar39")!.Template!;
        Assert.That(t.EnergyUnit, Is.EqualTo("MeV"));
        Assert.That(t.MeVPerFileUnit, Is.EqualTo(1.0));
    }

    [Test]
    public void Load_UnknownEnergyUnit_NamesTheKeyAndTheAllowedValues()
    {
        using var f = WithAr39(("axis", "electron_energy"), ("energy_unit", "eV"));
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Ar39:energy_unit").And.Contain("'eV'").And.Contain("\"keV\"").And.Contain("\"MeV\""));
    }

    [Test]
    public void Load_EnergyUnitWithObservableAxis_IsRejected()
    {
        using var f = WithAr39(("axis", "observable"), ("energy_unit", "keV"));
        var e = LoadFails(f);
        Assert.That(e.Message, Does.Contain("components:Ar39:energy_unit").And.Contain("\"observable\"").And.Contain("electron_energy"));
    }

    [Test]
    public void Load_AxisWithoutTemplate_IsRejected()
    {
        using var f = new ConfigFixture();
        var e = LoadFails(f, "components:Kr85:axis=electron_energy");
        Assert.That(e.Message, Does.Contain("components:Kr85:axis").And.Contain("template"));
    }
}
