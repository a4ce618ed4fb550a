using System.Globalization;
using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Modeling;

/// <summary>A components:&lt;name&gt;:template histogram (in the dataset's N_h) in the reference fit model.</summary>
public class FileTemplateComponentTests
{
    /// <summary>Writes "E_lo E_hi density" rows to a temporary file (never in the repository).</summary>
    private static string WriteTemplate(IEnumerable<string> rows)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("template-test").FullName, "bump_pdf.txt");
        File.WriteAllLines(path, rows);
        return path;
    }

    /// <summary>
    /// A triangular bump on N_h 300-500 hits, 10-hit bins (density in cpd/100t/hit), with rows of density 0 covering
    /// the rest of the 92.5-950.5 window (an observable template must cover the window).
    /// </summary>
    private static string BumpTemplate() => WriteTemplate(Enumerable.Range(0, 20).Select(i =>
    {
        double lo = 300 + 10 * i, density = 10 - Math.Abs(i - 9.5);
        return string.Create(CultureInfo.InvariantCulture, $"{lo} {lo + 10} {density}");
    }).Prepend("0 300 0").Append("500 1000 0"));

    private static string[] WithBump(string path, double init) =>
        [.. ReferenceFit.C14Pull, "components:bump:template=" + path, "components:bump:axis=observable", "components:bump:init=" + ReferenceFit.F(init)];

    [Test]
    public void Build_TemplateComponent_AddsItsRateWithExposureTimesShare()
    {
        var fit = ReferenceFit.Build(WithBump(BumpTemplate(), 10));
        var model = fit.Model;
        int n = model.BinCount, c = model.Amplitudes.Select(a => a.Name).ToList().IndexOf("bump");
        Assert.That(c, Is.GreaterThanOrEqualTo(0));
        var all = new double[model.Amplitudes.Count * n];
        model.ComponentExpected(model.Parameters.Values(), all);
        // the whole template (300-500 N_h) lies inside the 93-949 window: counts = rate x exposure
        double expectedTotal = 10 * fit.Observed.Exposure;
        Assert.That(all.Skip(c * n).Take(n).Sum(), Is.EqualTo(expectedTotal).Within(1e-9).Percent);
    }

    [Test]
    public void ExpectedAndJacobian_TemplateRate_MatchesCentralDifference()
    {
        var model = ReferenceFit.Build(WithBump(BumpTemplate(), 10)).Model;
        int n = model.BinCount, np = model.Parameters.Count, j = model.Parameters.IndexOf("bump");
        var p = model.Parameters.Values();
        var mu = new double[n];
        var jac = new double[n * np];
        model.ExpectedAndJacobian(p, mu, jac);
        var up = (double[])p.Clone();
        var down = (double[])p.Clone();
        up[j] += 0.01;
        down[j] -= 0.01;
        var eu = new double[n];
        var ed = new double[n];
        model.Expected(up, eu);
        model.Expected(down, ed);
        Assert.That(jac.Skip(j * n).Take(n).Sum(), Is.GreaterThan(0));
        for (int i = 0; i < n; i++)
            Assert.That(jac[j * n + i], Is.EqualTo((eu[i] - ed[i]) / 0.02).Within(1e-6 * Math.Abs(jac[j * n + i]) + 1e-9), $"bin {i}");
    }

    [Test]
    public void Fit_AsimovDataWithTemplate_ReturnsItsRate()
    {
        const double truth = 7.5;
        var fit = ReferenceFit.Build(WithBump(BumpTemplate(), truth));
        var model = fit.Model;
        var asimov = PseudoData.Asimov(model, model.Parameters.Values());
        // start away from the truth; the template and the overlapping 210Bi and 85Kr rates free, the rest fixed
        var start = model.Parameters;
        foreach (var p in model.Parameters.Where(p => p.Name is not ("bump" or "Bi210" or "Kr85")))
            start = start.FixedAt(p.Name, p.Value);
        start = start.WithValue("bump", 2 * truth);
        var result = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, asimov), start);
        Assert.That(result.IsValid, Is.True, result.ToString());
        int k = result.Names.ToList().IndexOf("bump");
        Assert.That(result.Values[k], Is.EqualTo(truth).Within(0.01 * result.Errors[k]));
        Assert.That(result.Errors[k], Is.GreaterThan(0).And.LessThan(truth));
    }

    [Test]
    public void Build_MalformedTemplateFile_NamesKeyFileAndLine()
    {
        string path = WriteTemplate(["0 310 1.0", "310 320 x"]);
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithBump(path, 5)));
        Assert.That(e!.Message, Does.Contain("components:bump:template").And.Contain(path).And.Contain("2"));
    }

    [Test]
    public void Build_TemplateOutsideWindow_ExplainsUnitsMismatch()
    {
        // a keV-like template (2000-3000) against a dataset in N_h with window 93-949
        string path = WriteTemplate(["2000 2500 1.0", "2500 3000 1.0"]);
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithBump(path, 5)));
        Assert.That(e!.Message, Does.Contain("components:bump:template").And.Contain(path).And.Contain("keV"));
    }

    [Test]
    public void Build_KeVTemplateDeclaredObservable_IsRejectedWithTheAxisHint()
    {
        // a spectrum binned in keV on 150-950 read as N_h against the 92.5-948.5 window (rebinned by 8): it would be
        // fitted silently as an N_h shape, so the partial coverage is an error that names the axis key and its fix
        string path = WriteTemplate(Enumerable.Range(0, 80).Select(i => string.Create(CultureInfo.InvariantCulture, $"{150 + 10 * i} {160 + 10 * i} {1.0 - i / 100.0}")));
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithBump(path, 5)));
        Assert.That(e!.Message, Does.Contain("components:bump:template").And.Contain(path).And.Contain("150-950")
            .And.Contain("92.5-948.5").And.Contain("components:bump:axis").And.Contain("electron_energy").And.Contain("density 0"));
    }

    [Test]
    public void Build_TemplatePaddedWithZeroRows_IsAccepted()
    {
        // the same bump without the padding rows is rejected; with them it is the component the user meant
        var fit = ReferenceFit.Build(WithBump(BumpTemplate(), 10));
        Assert.That(fit.Notes, Has.Some.Contain("bump").And.Contain("of it in the fit window"));
        string unpadded = WriteTemplate(File.ReadAllLines(BumpTemplate()).Skip(1).SkipLast(1));
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithBump(unpadded, 10)));
        Assert.That(e!.Message, Does.Contain("300-500"));
    }
}
