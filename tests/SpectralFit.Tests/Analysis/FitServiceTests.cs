using SpectralFit.Analysis;
using SpectralFit.Modeling;
using SpectralFit.Tests.Modeling;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Analysis;

public class FitServiceTests
{
    /// <summary>Shifts the start of a few parameters away from the truth and fits the Asimov data of the truth.</summary>
    private static (FitOutcome Outcome, double[] Truth) FitAsimov(AssembledFit fit, AssembledFit generator)
    {
        var truth = generator.Model.Parameters.Values();
        var asimov = PseudoData.Asimov(generator.Model, truth);
        var refit = fit with { Likelihood = fit.LikelihoodFor(asimov) };
        var start = refit.Likelihood.Parameters
            .WithValue("pp", truth[fit.Model.Parameters.IndexOf("pp")] * 1.05)
            .WithValue("Be7", truth[fit.Model.Parameters.IndexOf("Be7")] * 0.95)
            .WithValue("light_yield", 505);
        return (new FitService().Fit(refit, start), truth);
    }

    [Test]
    public void Fit_ReferenceSampleStartedOnMuZero_ReachesTheMinimumFoundFromInside()
    {
        // On the embedded sample the data prefer mu ~ 4e-11 mu_B. The moment signal enters as mu^2, so its slope
        // vanishes at mu = 0: a fit started there stopped at mu 7e-14, 0.88 above the minimum (an earlier sample).
        // The start is now inside (FitParameterFactory.MomentStart); a fit started on the limit anyway is restarted
        // from inside by Minimization.BoundaryEscape (this test fails without it). From mu = 3 the search once stopped on
        // a saddle with sigma_T ~ 1e-3 (0.35 above the minimum; the internal transform flattens the gradient next to the
        // limit): the convergence check now takes the EDM of an indefinite Hessian from its positive-definite form.
        var config = SpectralFit.Configuration.FitConfigurationLoader.Load(TestSupport.SharedData.Repo("configs/borexino-phase2-mm.json"));
        var fit = SpectralModelBuilder.Build(config, DatasetLoader.Load(config));
        var service = new FitService();
        var fromLimit = service.Fit(fit, fit.Likelihood.Parameters.WithValue("mu_nu", 0)).Result;
        var fromInside = service.Fit(fit, fit.Likelihood.Parameters.WithValue("mu_nu", 3)).Result;
        Assert.That(fromLimit.MinimumDeviance, Is.EqualTo(fromInside.MinimumDeviance).Within(0.01), fromLimit.ToString());
        Assert.That(fromLimit.Value("mu_nu"), Is.GreaterThan(1), "the sample's best fit has a moment");
    }

    [Test]
    public void Fit_AsimovWithMomentStartingAtZero_FindsTheMoment()
    {
        // Asimov data with mu = 3e-11 mu_B, fitted from mu = 0, where the slope of the mu^2 signal vanishes.
        var fit = ReferenceFit.Shared;
        var truth = fit.Model.Parameters.Values();
        truth[fit.Model.MomentIndex] = 3;
        var asimov = PseudoData.Asimov(fit.Model, truth);
        var refit = fit with { Likelihood = fit.LikelihoodFor(asimov) };
        var outcome = new FitService().Fit(refit, refit.Likelihood.Parameters.WithValue("mu_nu", 0));
        var r = outcome.Result;
        Assert.That(r.Converged, r.ToString());
        Assert.That(r.Value("mu_nu"), Is.EqualTo(3).Within(0.2 * r.Error("mu_nu")), r.ToString());
        Assert.That(outcome.Deviance, Is.LessThan(0.05));
    }

    [Test]
    public void Fit_AsimovOfAssembledModel_ReturnsItsInputs()
    {
        var fit = ReferenceFit.Shared;
        var (outcome, truth) = FitAsimov(fit, fit);
        var r = outcome.Result;
        Assert.That(r.Converged, r.ToString());
        Assert.That(outcome.Deviance, Is.LessThan(0.05), "Asimov data: the truth has deviance 0");
        foreach (string name in new[] { "pp", "Be7", "Bi210", "Po210", "light_yield", "po210_position" })
        {
            int i = r.IndexOf(name);
            double pull = (r.Values[i] - truth[i]) / r.Errors[i];
            Assert.That(Math.Abs(pull), Is.LessThan(0.2), $"{name}: {r.Values[i]} vs {truth[i]} +- {r.Errors[i]}");
        }
        Assert.That(r.Value("mu_nu"), Is.LessThan(0.5 * r.Error("mu_nu") + 0.1));
        Assert.That(outcome.Bins, Is.EqualTo(fit.Model.BinCount));
        Assert.That(outcome.DegreesOfFreedom, Is.EqualTo(outcome.Bins - outcome.FreeParameters));
    }

    [Test]
    public void Fit_GalliumMeasurementAboveSsm_PullsPpRateUp()
    {
        // The constraint is a pull on sum_i c_i r_i: a higher measured capture rate must raise the pp rate.
        var nominal = ReferenceFit.Shared;
        var high = ReferenceFit.Build([.. ReferenceFit.C14Pull, "constraints:gallium:measured=90"]);
        var (atNominal, truth) = FitAsimov(nominal, nominal);
        var (atHigh, _) = FitAsimov(high, nominal);
        int pp = nominal.Model.Parameters.IndexOf("pp");
        Assert.That(atNominal.Result.Values[pp], Is.EqualTo(truth[pp]).Within(0.3 * atNominal.Result.Errors[pp]));
        Assert.That(atHigh.Result.Values[pp], Is.GreaterThan(truth[pp] + atNominal.Result.Errors[pp]));
        Assert.That(atHigh.GalliumSnu!.Value, Is.GreaterThan(atNominal.GalliumSnu!.Value));
    }
}
