using SpectralFit.Likelihood;
using SpectralFit.Modeling;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Modeling;

public class BorexinoSpectrumModelTests
{
    [Test]
    public void SsmRates_MatchBorexinoExpectedRates()
    {
        // Borexino, Nature 562, 505 (2018), Table 1 (HZ, T > 0): pp 131.1, 7Be 47.9, pep 2.74, CNO 4.92 cpd/100t.
        var rates = ReferenceFit.Shared.SsmRates;
        Assert.That(rates["pp"], Is.EqualTo(131.1).Within(2).Percent);
        Assert.That(rates["Be7"], Is.EqualTo(47.9).Within(2).Percent);
        Assert.That(rates["pep"], Is.EqualTo(2.74).Within(2).Percent);
        Assert.That(rates["CNO"], Is.EqualTo(4.92).Within(3).Percent);
    }

    [Test]
    public void Expected_MagneticMomentSignal_ScalesAsMomentSquared()
    {
        var model = ReferenceFit.Shared.Model;
        var p = model.Parameters.Values();
        int m = model.MomentIndex;
        double[] At(double mu)
        {
            p[m] = mu;
            var e = new double[model.BinCount];
            model.Expected(p, e);
            return e;
        }
        var zero = At(0);
        var one = At(1);
        var three = At(3);
        double signal1 = one.Zip(zero, (a, b) => a - b).Sum();
        double signal3 = three.Zip(zero, (a, b) => a - b).Sum();
        Assert.That(signal1, Is.GreaterThan(0));
        Assert.That(signal3, Is.EqualTo(9 * signal1).Within(1e-9).Percent);
        for (int i = 0; i < model.BinCount; i++)
            Assert.That(three[i] - zero[i], Is.EqualTo(9 * (one[i] - zero[i])).Within(1e-9 * zero[i] + 1e-12));
    }

    [Test]
    public void ComponentExpected_MomentSignalOfPp_FollowsFittedPpRate()
    {
        var model = ReferenceFit.Shared.Model;
        int n = model.BinCount, k = model.Amplitudes.Count;
        int ppMm = model.Amplitudes.Select((a, i) => (a, i)).Single(x => x.a.Name == "pp_mm").i;
        var p = model.Parameters.Values();
        p[model.MomentIndex] = 2;
        var a = new double[k * n];
        model.ComponentExpected(p, a);
        p[model.Parameters.IndexOf("pp")] *= 2;
        var b = new double[k * n];
        model.ComponentExpected(p, b);
        Assert.That(b.Skip(ppMm * n).Take(n).Sum(), Is.EqualTo(2 * a.Skip(ppMm * n).Take(n).Sum()).Within(1e-9).Percent);
    }

    [Test]
    public void ExpectedAndJacobian_MatchesCentralDifferences()
    {
        var model = ReferenceFit.Shared.Model;
        int n = model.BinCount, np = model.Parameters.Count;
        var p = model.Parameters.Values();
        p[model.MomentIndex] = 1.5;
        var mu = new double[n];
        var jac = new double[n * np];
        model.ExpectedAndJacobian(p, mu, jac);
        foreach (string name in new[] { "pp", "C14", "mu_nu", "light_yield", "resolution_v1", "po210_position", "po210_width", "c11_shift" })
        {
            int j = model.Parameters.IndexOf(name);
            double h = 1e-4 * Math.Max(Math.Abs(p[j]), 0.01);
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[j] += h;
            down[j] -= h;
            var eu = new double[n];
            var ed = new double[n];
            model.Expected(up, eu);
            model.Expected(down, ed);
            double norm = 0, diff = 0;
            for (int i = 0; i < n; i++)
            {
                double numeric = (eu[i] - ed[i]) / (2 * h);
                norm += numeric * numeric;
                diff += (numeric - jac[j * n + i]) * (numeric - jac[j * n + i]);
            }
            Assert.That(Math.Sqrt(diff), Is.LessThan(2e-3 * Math.Sqrt(norm) + 1e-9), name);
        }
    }

    [Test]
    public void ExpectedAndJacobian_AfterARateOnlyChange_EqualsAFreshEvaluation()
    {
        // Same shape, other rates: the shape rows come from recombined per-component derivatives (the rate steps of a
        // numerical Hessian); a fresh model computes them in one weighted pass. Both must agree.
        var model = ReferenceFit.Shared.Model;
        int n = model.BinCount, np = model.Parameters.Count;
        var p = model.Parameters.Values();
        p[model.MomentIndex] = 1.5;
        var q = (double[])p.Clone();
        q[model.Parameters.IndexOf("Be7")] *= 1.1;
        q[model.Parameters.IndexOf("Kr85")] += 2;
        var (mu, jac) = (new double[n], new double[n * np]);
        model.ExpectedAndJacobian(p, mu, jac);
        model.ExpectedAndJacobian(q, mu, jac);
        model.ExpectedAndJacobian(p, mu, jac); // back: recombined once more
        model.ExpectedAndJacobian(q, mu, jac);
        var fresh = model.WithParameters(model.Parameters);
        var (mu2, jac2) = (new double[n], new double[n * np]);
        fresh.ExpectedAndJacobian(q, mu2, jac2);
        double scale = jac2.Max(Math.Abs);
        for (int i = 0; i < jac.Length; i++)
            Assert.That(jac[i], Is.EqualTo(jac2[i]).Within(1e-10 * scale), $"{model.Parameters[i / n].Name}, bin {i % n}");
        Assert.That(mu, Is.EqualTo(mu2).Within(1e-10).Percent);
    }

    [Test]
    public void Expected_IsThreadSafe()
    {
        var model = ReferenceFit.Shared.Model;
        var p = model.Parameters.Values();
        var reference = new double[model.BinCount];
        model.Expected(p, reference);
        Parallel.For(0, 8, t =>
        {
            var q = (double[])p.Clone();
            q[model.Parameters.IndexOf("light_yield")] += t % 2 == 0 ? 0 : 10;
            var e = new double[model.BinCount];
            for (int r = 0; r < 5; r++)
            {
                model.Expected(q, e);
                if (t % 2 == 0)
                    Assert.That(e, Is.EqualTo(reference).Within(1e-9).Percent);
            }
        });
    }

    [Test]
    public void Gallium_CoefficientsMakeSsmPredictionNearMeasurement()
    {
        // At the SSM rates the constraint predicts the SSM capture rate with oscillations; the measured 66.1 +- 3.1 SNU
        // (SAGE + GALLEX/GNO, physics.md §7) agrees with the B16-GS98 + MSW-LMA prediction within its errors.
        var fit = ReferenceFit.Shared;
        var p = fit.Model.Parameters.Values();
        p[fit.Model.Parameters.IndexOf("pp")] = fit.SsmRates["pp"];
        p[fit.Model.Parameters.IndexOf("Be7")] = fit.SsmRates["Be7"];
        double predicted = fit.Gallium!.Predicted(p);
        Assert.That(predicted, Is.EqualTo(66.1).Within(2 * 4.13));
        Assert.That(fit.Gallium.Coefficients["pp"], Is.GreaterThan(0));
    }

    [Test]
    public void PseudoData_Asimov_IsModelExpectation()
    {
        var model = ReferenceFit.Shared.Model;
        var p = model.Parameters.Values();
        var asimov = PseudoData.Asimov(model, p);
        var d = new PoissonDeviance(model, asimov);
        Assert.That(d.Value(p), Is.LessThan(1e-9));
    }
}

public class BorexinoDevianceGradientTests
{
    [Test]
    public void ValueAndGradient_OfDeviance_MatchesCentralDifferences()
    {
        var fit = ReferenceFit.Shared;
        var model = fit.Model;
        var truth = model.Parameters.Values();
        var data = SpectralFit.Toys.PseudoData.Poisson(model, truth, 3);
        var d = new PoissonDeviance(model, data);
        var p = (double[])truth.Clone();
        p[model.MomentIndex] = 1;
        var g = new double[p.Length];
        d.ValueAndGradient(p, g);
        for (int j = 0; j < p.Length; j++)
        {
            if (model.Parameters[j].IsFixed)
                continue;
            double h = 1e-5 * Math.Max(Math.Abs(p[j]), 0.01);
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (d.Value(up) - d.Value(down)) / (2 * h);
            TestContext.Out.WriteLine($"{model.Parameters[j].Name}: analytic {g[j]:G8} numeric {numeric:G8}");
            Assert.That(g[j], Is.EqualTo(numeric).Within(1e-4 * Math.Abs(numeric) + 1e-3), model.Parameters[j].Name);
        }
    }
}
