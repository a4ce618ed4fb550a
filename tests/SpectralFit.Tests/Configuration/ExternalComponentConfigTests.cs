using System.Text.Json.Nodes;
using SolarFlux.Common;
using SpectralFit.Configuration;
using SpectralFit.Modeling;

namespace SpectralFit.Tests.Configuration;

/// <summary>
/// Component "external": the three external gammas under one rate with fixed shares (physics.md §7 counts the external
/// background as one rate). Shares are required there, refused elsewhere, and it excludes the single ext_* components.
/// </summary>
public class ExternalComponentConfigTests
{
    /// <summary>The shipped reference config with its three ext_* components replaced by "external" with the given keys.</summary>
    private static ConfigFixture WithExternal(JsonObject? shares)
    {
        var f = new ConfigFixture();
        var components = f.Json["components"]!.AsObject();
        foreach (string g in new[] { "ext_K40", "ext_Bi214", "ext_Tl208" })
            components.Remove(g);
        var external = new JsonObject { ["init"] = 3.0 };
        if (shares is not null)
            external["shares"] = shares;
        components["external"] = external;
        return f;
    }

    private static UserInputException LoadFails(ConfigFixture f) =>
        Assert.Throws<UserInputException>(() => FitConfigurationLoader.Load(f.Write()))!;

    [Test]
    public void Load_Shares_AreNormalizedToOne()
    {
        using var f = WithExternal(new JsonObject { ["ext_K40"] = 1.0, ["ext_Tl208"] = 3.0 });
        var external = FitConfigurationLoader.Load(f.Write()).Components.Single(c => c.Name == "external");
        Assert.That(external.Shares!["ext_K40"], Is.EqualTo(0.25));
        Assert.That(external.Shares["ext_Bi214"], Is.EqualTo(0));
        Assert.That(external.Shares["ext_Tl208"], Is.EqualTo(0.75));
    }

    [Test]
    public void Load_ExternalWithoutShares_NamesTheKeyAndGivesAnExample()
    {
        using var f = WithExternal(null);
        Assert.That(LoadFails(f).Message, Does.Contain("components:external:shares").And.Contain("required").And.Contain("ext_Tl208"));
    }

    [Test]
    public void Load_AllSharesZeroOrNegative_IsRejected()
    {
        using var zero = WithExternal(new JsonObject { ["ext_K40"] = 0.0 });
        Assert.That(LoadFails(zero).Message, Does.Contain("components:external:shares").And.Contain("not all 0"));
        using var negative = WithExternal(new JsonObject { ["ext_K40"] = -1.0 });
        Assert.That(LoadFails(negative).Message, Does.Contain("components:external:shares:ext_K40"));
    }

    [Test]
    public void Load_SharesOnAnotherComponent_IsRejected()
    {
        using var f = new ConfigFixture();
        f.Json["components"]!["Kr85"]!["shares"] = new JsonObject { ["ext_K40"] = 1.0 };
        Assert.That(LoadFails(f).Message, Does.Contain("components:Kr85:shares").And.Contain("only component \"external\""));
    }

    [Test]
    public void Load_ExternalTogetherWithASingleGamma_IsRejected()
    {
        using var f = WithExternal(new JsonObject { ["ext_K40"] = 1.0 });
        f.Json["components"]!["ext_Tl208"] = new JsonObject { ["init"] = 3.3 };
        Assert.That(LoadFails(f).Message, Does.Contain("'external' and 'ext_Tl208'"));
    }

    [Test]
    public void ExternalShape_IsTheShareWeightedSumOfTheSingleGammaShapes()
    {
        var electrons = DetectorResponse.Quenching.ChargedLeptonLight.Electrons(0.0112);
        var gammas = new DetectorResponse.Quenching.GammaQuenching(electrons, 3.0);
        var shares = new Dictionary<string, double> { ["ext_K40"] = 0.1, ["ext_Bi214"] = 0.2, ["ext_Tl208"] = 0.7 };
        var sum = BackgroundShapes.External(shares, gammas, 0.025);
        var singles = shares.Keys.ToDictionary(g => g, g => ((DetectorResponse.Folding.ElectronSpectrumComponent)BackgroundShapes.Create(g, gammas, 0.025, 1.24)).Spectrum);
        Assert.That(sum.Total, Is.EqualTo(1).Within(1e-12));
        for (int i = 0; i < sum.Count; i += 37)
            Assert.That(sum.Contents[i], Is.EqualTo(shares.Sum(s => s.Value * singles[s.Key].Contents[i])).Within(1e-15));
    }
}
