using System.Globalization;
using DetectorResponse.Backgrounds;
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
}
