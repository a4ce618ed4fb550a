using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Modeling;
using SpectralFit.Tests.Validation;
using TestSupport;

namespace SpectralFit.Tests.Analysis;

/// <summary>
/// The reproduction (issue D, item 6) on Borexino's published Phase-II spectrum, coarsely (rebinned by 8, 5-point
/// profiles): limits without and with the gallium constraint and with systematics, beside the published 2.8e-11 mu_B
/// (PRD 96, 091103 (2017)).
/// </summary>
public class ReproductionServiceTests
{
    [Test]
    public void Run_PublishedSpectrum_GivesEveryLimitAndRatesWithSystematics()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var configuration = FitConfigurationLoader.Load(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath),
            (string[])["dataset:rebin=8", "magnetic_moment:scan:points=5", "magnetic_moment:scan:max=8e-11"]);
        var outcome = new ReproductionService().Run(SpectralModelBuilder.Build(configuration, DatasetLoader.Load(configuration)));

        Assert.That(outcome.WithoutGallium, Is.Not.Null);
        Assert.That(outcome.WithoutGallium!.Best.Fit.Configuration.Gallium.Enabled, Is.False);
        Assert.That(outcome.WithoutGallium.Best.Fit.Observed, Is.SameAs(outcome.Best.Fit.Observed), "the same data");
        Assert.That(outcome.WithoutGallium.UpperLimit90, Is.GreaterThan(outcome.Profile.UpperLimit90), "the gallium constraint tightens the limit");
        Assert.That(outcome.Systematics!.Configurations, Has.Count.EqualTo(4), "pile-up model x metallicity");
        Assert.That(outcome.Limit, Is.EqualTo(outcome.Systematics.CombinedLimit.Limit * FitParameterFactory.MomentUnit));
        Assert.That(outcome.LimitDescription, Is.EqualTo("with the gallium constraint and systematics"));
        Assert.That(outcome.Limits.Select(l => l.Label), Is.EqualTo(new[]
        {
            "without gallium constraint", "with gallium constraint", "with gallium constraint", "with gallium constraint and systematics",
            "published: Borexino Phase-II, gallium + systematics (PRD 96, 091103 (2017))",
        }));
        Assert.That(outcome.Limits[^1].UpperLimit90, Is.EqualTo(2.8e-11));
        var be7 = outcome.Rates.Single(r => r.Name == "Be7");
        Assert.That(be7.Systematic, Is.Not.Null.And.GreaterThanOrEqualTo(0));
        Assert.That(outcome.Footnotes, Has.Count.EqualTo(2), "11C residual and the shares of the combined external");
    }

    [Test]
    public void Run_WithoutSystematics_HasNoSystematicUncertainties()
    {
        SharedData.Path("borexino/phase2_nature2018_fig2a.txt");
        var configuration = FitConfigurationLoader.Load(SharedData.Repo(BorexinoPhase2ConfigTests.ConfigPath),
            (string[])["dataset:rebin=8", "magnetic_moment:scan:points=3", "magnetic_moment:scan:max=8e-11", "constraints:gallium:enabled=false"]);
        var outcome = new ReproductionService().Run(SpectralModelBuilder.Build(configuration, DatasetLoader.Load(configuration)), systematics: false);
        Assert.That(outcome.Systematics, Is.Null);
        Assert.That(outcome.WithoutGallium, Is.Null, "the configuration has no gallium constraint to drop");
        Assert.That(outcome.LimitDescription, Is.EqualTo("without the gallium constraint, without systematics"));
        Assert.That(outcome.Rates.All(r => r.Systematic is null));
        Assert.That(outcome.Limits.Select(l => l.Label).First(), Is.EqualTo("without gallium constraint"));
    }
}
