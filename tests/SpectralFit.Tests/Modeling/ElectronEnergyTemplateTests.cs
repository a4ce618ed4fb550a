using System.Globalization;
using DetectorResponse.Backgrounds;
using SolarFlux.Spectra;
using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Modeling;

/// <summary>
/// components:&lt;name&gt;:template with axis electron_energy: a beta spectrum the project computes, written to a file
/// in keV (or MeV), must fold to the built-in component's observable shape, follow the response parameters and
/// carry its rate through a fit.
/// </summary>
public class ElectronEnergyTemplateTests
{
    /// <summary>The beta spectrum on equal kinetic-energy bins of <paramref name="widthKeV"/> (last bin ends at Q), as "E_lo E_hi density" rows.</summary>
    private static string WriteBetaTemplate(BetaDecaySpectrum spectrum, double widthKeV, string unit = "keV")
    {
        double q = spectrum.QValue * 1000;
        var edgesKeV = new List<double>();
        for (double e = 0; e < q - 1e-9; e += widthKeV)
            edgesKeV.Add(e);
        edgesKeV.Add(q);
        return WriteBetaTemplate(spectrum, edgesKeV, unit);
    }

    /// <summary>The beta spectrum on the built-in component's own bins (BackgroundShapes: 400 bins from 0 to Q).</summary>
    private static string WriteBetaTemplateOnBuiltInBins(BetaDecaySpectrum spectrum, string unit = "keV") =>
        WriteBetaTemplate(spectrum, [.. BackgroundShapes.BetaHistogram(spectrum).Edges.ToArray().Select(e => e * 1000)], unit);

    private static string WriteBetaTemplate(BetaDecaySpectrum spectrum, IReadOnlyList<double> edgesKeV, string unit)
    {
        var h = spectrum.ToHistogram([.. edgesKeV.Select(e => e / 1000)]);
        double perUnit = unit == "MeV" ? 1e-3 : 1.0;
        var rows = new List<string> { $"# {spectrum.Name} beta spectrum, E_lo E_hi [{unit}], probability per {unit}" };
        for (int i = 0; i < h.Count; i++)
        {
            double lo = edgesKeV[i] * perUnit, hi = edgesKeV[i + 1] * perUnit;
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{lo:R} {hi:R} {h.Contents[i] / (hi - lo):R}"));
        }
        string path = Path.Combine(Directory.CreateTempSubdirectory("electron-template").FullName, $"{spectrum.Name}_{unit}.txt");
        File.WriteAllLines(path, rows);
        return path;
    }

    private static string[] WithTemplate(string builtIn, string name, string path, double rate, string unit = "keV") =>
        [.. ReferenceFit.C14Pull, $"components:{builtIn}:init=0", $"components:{name}:template={path}",
         $"components:{name}:axis=electron_energy", $"components:{name}:energy_unit={unit}", $"components:{name}:init={ReferenceFit.F(rate)}"];

    /// <summary>Expected counts of one component at the model's current parameters, optionally with response values changed.</summary>
    private static double[] ComponentCounts(AssembledFit fit, string component, params (string Name, double Value)[] changes)
    {
        var model = fit.Model;
        var p = model.Parameters.Values();
        foreach (var (name, value) in changes)
            p[model.Parameters.IndexOf(name)] = value;
        int n = model.BinCount, c = model.Amplitudes.Select(a => a.Name).ToList().IndexOf(component);
        Assert.That(c, Is.GreaterThanOrEqualTo(0), component);
        var all = new double[model.Amplitudes.Count * n];
        model.ComponentExpected(p, all);
        return all[(c * n)..((c + 1) * n)];
    }

    /// <summary>Largest bin difference relative to the peak bin of the reference.</summary>
    private static double MaxDifferenceOverPeak(double[] actual, double[] reference) =>
        actual.Zip(reference, (a, r) => Math.Abs(a - r)).Max() / reference.Max();

    private static double[] Expected(AssembledFit fit, params (string Name, double Value)[] changes)
    {
        var model = fit.Model;
        var p = model.Parameters.Values();
        foreach (var (name, value) in changes)
            p[model.Parameters.IndexOf(name)] = value;
        var mu = new double[model.BinCount];
        model.Expected(p, mu);
        return mu;
    }

    [Test]
    public void Build_Kr85TemplateOnBuiltInBins_FoldsToTheBuiltInShape()
    {
        // Same histogram as the built-in 85Kr (BackgroundShapes.BetaHistogram), only written in keV and read back:
        // the folded shapes agree to rounding, also at another light yield and resolution.
        const double rate = 6.8;
        var builtIn = ReferenceFit.Build([.. ReferenceFit.C14Pull, "components:Kr85:init=" + ReferenceFit.F(rate)]);
        var fromFile = ReferenceFit.Build(WithTemplate("Kr85", "kr85_file", WriteBetaTemplateOnBuiltInBins(BackgroundBetaSpectra.Krypton85()), rate));
        (string, double)[] shifted = [("light_yield", 460), ("resolution_v1", 0.3)];
        foreach (var changes in new[] { Array.Empty<(string, double)>(), shifted })
        {
            var reference = ComponentCounts(builtIn, "Kr85", changes);
            var template = ComponentCounts(fromFile, "kr85_file", changes);
            Assert.That(MaxDifferenceOverPeak(template, reference), Is.LessThan(1e-9));
            // the whole model, pile-up included (the template is a pile-up single like the built-in 85Kr)
            var all = Expected(builtIn, changes);
            Assert.That(MaxDifferenceOverPeak(Expected(fromFile, changes), all), Is.LessThan(1e-9));
        }
    }

    [Test]
    public void Build_C14TemplateInBqOnBuiltInBins_ReplacesTheBuiltInC14()
    {
        // A template named C14 keeps 14C's rate unit (Bq/100t, as the pull of the reference configuration) and is the
        // pile-up's random trigger like the built-in one: the whole model is unchanged.
        var builtIn = ReferenceFit.Shared;
        string path = WriteBetaTemplateOnBuiltInBins(BackgroundBetaSpectra.Carbon14());
        var fromFile = ReferenceFit.Build([.. ReferenceFit.C14Pull, "components:C14:template=" + path, "components:C14:axis=electron_energy"]);
        Assert.That(fromFile.Model.Parameters["C14"].Value, Is.EqualTo(40));
        Assert.That(MaxDifferenceOverPeak(ComponentCounts(fromFile, "C14"), ComponentCounts(builtIn, "C14")), Is.LessThan(1e-9));
        Assert.That(MaxDifferenceOverPeak(Expected(fromFile), Expected(builtIn)), Is.LessThan(1e-9));
    }

    [TestCase("Kr85", 5.0, 1e-4)]
    [TestCase("Kr85", 20.0, 1.5e-3)]
    [TestCase("Bi210", 5.0, 1e-4)]
    [TestCase("Bi210", 20.0, 1.5e-3)]
    public void Build_BetaTemplateOnCoarseBins_AgreesWithinTheBinningError(string isotope, double widthKeV, double tolerance)
    {
        // A piecewise-constant density on w-keV bins misplaces content within each bin by O(w^2 f''); after the
        // resolution (sigma ~ 40-50 keV at 300 keV) the observable shape differs from the built-in one (Q/400 bins:
        // 1.7 keV for 85Kr, 2.9 keV for 210Bi) by, measured as max |difference| / peak bin (total in the window):
        // 85Kr 5 keV 4.7e-5 (2.7e-6), 20 keV 8.3e-4 (4.8e-5); 210Bi 5 keV 4.5e-6 (6.1e-6), 20 keV 1.1e-4 (1.5e-4;
        // its steep rise below 50 keV, the 1/W term of the shape factor, is what a coarse first bin misses).
        var spectrum = isotope == "Kr85" ? BackgroundBetaSpectra.Krypton85() : BackgroundBetaSpectra.Bismuth210();
        const double rate = 10;
        var builtIn = ReferenceFit.Build([.. ReferenceFit.C14Pull, $"components:{isotope}:init={ReferenceFit.F(rate)}"]);
        var fromFile = ReferenceFit.Build(WithTemplate(isotope, "beta_file", WriteBetaTemplate(spectrum, widthKeV), rate));
        var reference = ComponentCounts(builtIn, isotope);
        var template = ComponentCounts(fromFile, "beta_file");
        double difference = MaxDifferenceOverPeak(template, reference);
        TestContext.Out.WriteLine($"{isotope} on {widthKeV} keV bins: max |difference| / peak = {difference:E2}, totals {template.Sum() / reference.Sum() - 1:E2}");
        Assert.That(difference, Is.LessThan(tolerance));
        Assert.That(template.Sum(), Is.EqualTo(reference.Sum()).Within(tolerance * reference.Sum()));
    }

    [Test]
    public void Build_TemplateInMeV_FoldsLikeTheSameTemplateInKeV()
    {
        var spectrum = BackgroundBetaSpectra.Bismuth210();
        var kev = ReferenceFit.Build(WithTemplate("Bi210", "beta_file", WriteBetaTemplate(spectrum, 5.0), 10));
        var mev = ReferenceFit.Build(WithTemplate("Bi210", "beta_file", WriteBetaTemplate(spectrum, 5.0, "MeV"), 10, "MeV"));
        var reference = ComponentCounts(kev, "beta_file");
        Assert.That(MaxDifferenceOverPeak(ComponentCounts(mev, "beta_file"), reference), Is.LessThan(1e-9));
        Assert.That(mev.Notes, Has.Some.Contain("beta_file").And.Contain("MeV of electron kinetic energy"));
    }

    [Test]
    public void ExpectedAndJacobian_ResponseRows_MatchTheBuiltInComponent()
    {
        // The template's folded shape has the folder's analytic derivatives: with 85Kr carried by the template instead of
        // the built-in component, the model's light-yield and resolution rows are the same.
        const double rate = 30; // large, so the 85Kr share of the rows is well above the tolerance
        var builtIn = ReferenceFit.Build([.. ReferenceFit.C14Pull, "components:Kr85:init=" + ReferenceFit.F(rate)]).Model;
        var fromFile = ReferenceFit.Build(WithTemplate("Kr85", "kr85_file", WriteBetaTemplateOnBuiltInBins(BackgroundBetaSpectra.Krypton85()), rate)).Model;
        var withoutKr85 = ReferenceFit.Build([.. ReferenceFit.C14Pull, "components:Kr85:init=0"]).Model;
        int n = builtIn.BinCount;
        foreach (string parameter in new[] { "light_yield", "resolution_v1" })
        {
            var a = JacobianRow(builtIn, parameter);
            var b = JacobianRow(fromFile, parameter);
            var none = JacobianRow(withoutKr85, parameter);
            double kr85Part = a.Zip(none, (x, y) => Math.Abs(x - y)).Max();
            Assert.That(kr85Part, Is.GreaterThan(1e-4 * a.Select(Math.Abs).Max()), $"{parameter}: 85Kr must matter in this row");
            Assert.That(b.Zip(a, (x, y) => Math.Abs(x - y)).Max(), Is.LessThan(1e-9 * kr85Part), parameter);
        }
    }

    private static double[] JacobianRow(BorexinoSpectrumModel model, string parameter)
    {
        int n = model.BinCount, np = model.Parameters.Count, j = model.Parameters.IndexOf(parameter);
        var mu = new double[n];
        var jac = new double[n * np];
        model.ExpectedAndJacobian(model.Parameters.Values(), mu, jac);
        return jac[(j * n)..((j + 1) * n)];
    }

    [Test]
    public void Fit_AsimovDataWithElectronTemplate_ReturnsItsRateAndTheLightYield()
    {
        // A contaminant the model does not know, 39Ar (beta-, first-forbidden unique 7/2- -> 3/2+, Q = 565 keV, ENSDF),
        // given as a 5-keV histogram in electron energy; Asimov data at 8 cpd/100t and light yield 500 p.e./MeV. The fit
        // starts at 16 cpd/100t and 520 p.e./MeV with the template, 210Bi, 85Kr and the light yield free.
        const double truth = 8;
        var argon = new BetaDecaySpectrum("39Ar", 0.565, daughterCharge: 19, massNumber: 39, BetaDecayKind.BetaMinus, ShapeFactors.FirstForbiddenUnique);
        var fit = ReferenceFit.Build([.. ReferenceFit.C14Pull, "components:Ar39:template=" + WriteBetaTemplate(argon, 5.0),
            "components:Ar39:axis=electron_energy", "components:Ar39:init=" + ReferenceFit.F(truth)]);
        var model = fit.Model;
        var asimov = PseudoData.Asimov(model, model.Parameters.Values());
        var start = model.Parameters;
        foreach (var p in model.Parameters.Where(p => p.Name is not ("Ar39" or "Bi210" or "Kr85" or "light_yield")))
            start = start.FixedAt(p.Name, p.Value);
        start = start.WithValue("Ar39", 2 * truth).WithValue("light_yield", 520);
        var result = new VariableMetricMinimizer().Minimize(CompositeLikelihood.ForModel(model, asimov), start);
        Assert.That(result.IsValid, Is.True, result.ToString());
        int k = result.Names.ToList().IndexOf("Ar39"), ly = result.Names.ToList().IndexOf("light_yield");
        Assert.That(result.Values[k], Is.EqualTo(truth).Within(0.01 * result.Errors[k]));
        Assert.That(result.Values[ly], Is.EqualTo(500).Within(0.01 * result.Errors[ly]));
        Assert.That(result.Errors[k], Is.GreaterThan(0).And.LessThan(truth));
    }

    [Test]
    public void Build_TruncatedTemplate_IsFoldedAndNoted()
    {
        // 85Kr above 150 keV only: accepted (a spectrum may start anywhere), folded, and the notes say what was assumed
        var edges = new List<double> { 150 };
        while (edges[^1] < 687 - 1e-9)
            edges.Add(Math.Min(edges[^1] + 5, 687));
        string path = WriteBetaTemplate(BackgroundBetaSpectra.Krypton85(), edges, "keV");
        var fit = ReferenceFit.Build(WithTemplate("Kr85", "kr85_file", path, 10));
        Assert.That(fit.Notes, Has.Some.Contain("kr85_file").And.Contain("(150-687)").And.Contain("zero below 150 keV"));
        Assert.That(ComponentCounts(fit, "kr85_file").Sum(), Is.GreaterThan(0));
    }

    [Test]
    public void Build_KeVFileDeclaredMeV_NamesTheEnergyUnit()
    {
        // 0-687 "MeV": far above the detector model's light tables (20 MeV)
        string path = WriteBetaTemplate(BackgroundBetaSpectra.Krypton85(), 5.0);
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithTemplate("Kr85", "kr85_file", path, 5, "MeV")));
        Assert.That(e!.Message, Does.Contain("components:kr85_file:template").And.Contain(path)
            .And.Contain("components:kr85_file:energy_unit").And.Contain("687 MeV"));
    }

    [Test]
    public void Build_TemplateAboveTheWindow_FoldsToNothingAndSaysSo()
    {
        // 8-12 MeV electrons give ~ 3000-4000 N_h, far above the 92.5-948.5 window
        string path = Path.Combine(Directory.CreateTempSubdirectory("electron-template").FullName, "high.txt");
        File.WriteAllLines(path, ["8000 10000 1", "10000 12000 1"]);
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithTemplate("Kr85", "high", path, 5)));
        Assert.That(e!.Message, Does.Contain("components:high:template").And.Contain(path).And.Contain("8000-12000 keV")
            .And.Contain("92.5-948.5").And.Contain("components:high:energy_unit"));
    }

    [Test]
    public void Build_NegativeElectronEnergy_NamesTheKeyAndFile()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("electron-template").FullName, "negative.txt");
        File.WriteAllLines(path, ["-10 0 1", "0 100 1"]);
        var e = Assert.Throws<UserInputException>(() => ReferenceFit.Build(WithTemplate("Kr85", "kr85_file", path, 5)));
        Assert.That(e!.Message, Does.Contain("components:kr85_file:template").And.Contain(path).And.Contain(">= 0 keV"));
    }
}
