using System.Diagnostics;
using SpectralFit.Configuration;
using SpectralFit.Likelihood;
using SpectralFit.Modeling;
using SpectralFit.Toys;
using TestSupport;

namespace SpectralFit.Tests.Toys;

/// <summary>
/// Toys of the full reference model (configs/borexino-phase2-mm.json on its embedded sample; issue C acceptance):
/// Poisson pseudo-data at the configuration's central values (the Borexino Phase-II best fit, PRD 100, 082004
/// (2019)), each refitted; the 11 free rates must have pulls of mean 0 (within 3 standard errors) and width 1
/// (within 10%).
/// </summary>
[NonParallelizable]
public class ReferenceModelToyTests
{
    [Test]
    public void Run_500PoissonToysOfReferenceModel_RatePullsAreStandardNormal()
    {
        var clock = Stopwatch.StartNew();
        var configuration = FitConfigurationLoader.Load(SharedData.Repo("configs/borexino-phase2-mm.json"));
        var assembled = SpectralModelBuilder.Build(configuration, DatasetLoader.Load(configuration));
        string[] rates = [.. configuration.Components.Where(c => c.Rate is not null).Select(c => c.Name)];

        // Fixed at their truth, so the test stays fast (500 toys in ~4 s):
        // - the response parameters (light yield, resolution, 210Po peak, 11C shift): the model is then linear in the
        //   rates and no toy refolds (a full-response toy fit takes ~0.2-0.3 s of CPU in Release; those toys are run with
        //   `spectralfit toys`, results in the issue note);
        // - mu_nu: its truth 0 is its lower limit and it enters as mu_nu^2, so fitted freely it only fluctuates upwards
        //   and pulls the rates that share its shape (pp, 85Kr, 210Bi) down by 0.2-0.3 sigma on average (measured); this
        //   checks the rates of the Standard-Model fit the toys are generated from.
        // The C14 and pile-up priors and the gallium rate are drawn anew in every toy (AuxiliaryMeasurements).
        // Every rate is checked: at the Phase-II central values each is >= 3 errors above its lower limit 0
        // (ext_K40 1.0 +- 0.3, Kr85 6.8 +- 2.2 are the closest). 2000 toys (seed 77) give means within 0.04 of 0 and
        // widths 0.92 (ext_K40), 0.94 (C11), 0.96-1.01 (the others); after the external shapes moved to the light yield of
        // Borexino's solar curve (BorexinoEnergyAxis.PhaseTwoLightYield 535.9) 2000 toys give means within 0.013 +- 0.022.
        // 500 toys rather than 200: the first 200 of seed 2017 carry a C11 / ext_K40 fluctuation of 3.4 sigma (C11 0.229
        // +- 0.067), which 500 dilute to 2.8 sigma; a one-seed fluke should not decide the test.
        var parameters = assembled.Model.Parameters;
        foreach (var p in assembled.Model.Parameters.Where(p => !rates.Contains(p.Name)))
            parameters = parameters.FixedAt(p.Name, p.Value);
        var model = assembled.Model.WithParameters(parameters);
        var truth = parameters.Values();
        LinearGaussianConstraint[] gallium = assembled.Gallium is null ? [] : [assembled.Gallium];
        var study = new ToyStudy(model, AuxiliaryMeasurements.Redrawn(model, truth, gallium));

        var result = study.Run(truth, new ToyStudyOptions { Toys = 500, Seed = 2017 });
        TestContext.Out.WriteLine($"{result.Toys} toys in {clock.Elapsed.TotalSeconds:F1} s, {result.FailedFits} failed fits");
        foreach (var pull in result.Pulls)
            TestContext.Out.WriteLine($"{pull.ParameterName,-10} mean {pull.Mean,7:F3} +- {pull.MeanError:F3}  width {pull.Width:F3} +- {pull.WidthError:F3}");

        Assert.That(result.FailedFits, Is.LessThanOrEqualTo(2));
        Assert.That(result.Pulls.Select(p => p.ParameterName), Is.EquivalentTo(rates));
        foreach (string rate in rates)
        {
            var pull = result.Pull(rate);
            Assert.That(Math.Abs(pull.Mean), Is.LessThan(3 * pull.MeanError), $"{rate}: pull mean {pull.Mean:F3} +- {pull.MeanError:F3}");
            Assert.That(pull.Width, Is.EqualTo(1).Within(0.1), $"{rate}: pull width");
        }
    }
}
