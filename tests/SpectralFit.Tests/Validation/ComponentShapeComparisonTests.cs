using System.Globalization;
using System.Text;
using SpectralFit.Minimization;
using SpectralFit.Parameters;
using SpectralFit.Plotting;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// Component by component: the project's analytic N_h response against Borexino's Monte Carlo fit curves
/// (Fig. 6a of arXiv:1707.09279, Borexino PRD 100, 082004 (2019)), each of ours scaled to the area of Borexino's
/// curve, response parameters fitted to the SHAPES (not to the data). Writes one SVG per component (ours vs
/// Borexino's) to the test work directory, borexino-components/, and attaches them to the test result.
/// </summary>
public class ComponentShapeComparisonTests
{
    /// <summary>kB held at the central value of physics.md §6 (0.0109-0.0115 cm/MeV).</summary>
    private const double Kb = 0.0112;

    [Test]
    public void AnalyticShapes_FittedToBorexinoCurves_AgreeComponentByComponent()
    {
        var curves = Fig6aComponents.Read(SharedData.Path("borexino/phase2_fig6a_components.csv"));
        var shapes = new AnalyticComponentShapes(Kb);
        var distance = new ComponentShapeDistance(shapes.Folder, curves, AnalyticComponentShapes.Names);
        // Distances are ~3000 deviance units: an EDM of 0.01 is far below anything visible in the shapes.
        var minimizer = new VariableMetricMinimizer(new MinimizerOptions { ComputeErrors = false, EdmGoal = 1e-2 });
        var start = ComponentShapeDistance.StartParameters();
        var fit = minimizer.Minimize(distance, start);
        // One restart from where the first descent stopped, sigma_d from its start value (the first line search can
        // stall next to sigma_d = 0).
        fit = minimizer.Minimize(distance, new ParameterSet(start.Select((q, k) => q.Name == "resolution_sigma_d" ? q : q.WithValue(fit.Values[k]))));
        double[] p = [.. fit.Values];

        var report = new StringBuilder();
        report.AppendLine(Invariant($"joint shape fit (kB {Kb}): {string.Join(", ", fit.Names.Zip(p, (n, v) => $"{n} {v:G4}"))}; distance {fit.MinimumDeviance:F0}, EDM {fit.Edm:G2} ({fit.Message})"));
        report.AppendLine("component   area[ev]   sum|ours-Bx|/area   LY alone [pe/MeV]");
        var agreement = new Dictionary<string, double>();
        var lightYieldAlone = new Dictionary<string, double>();
        string dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "borexino-components");
        Directory.CreateDirectory(dir);
        foreach (string c in AnalyticComponentShapes.Names)
        {
            double[] bx = curves[c];
            double area = bx.Sum();
            double[] ours = distance.Scaled(p, c, area);
            agreement[c] = ours.Zip(bx, (a, b) => Math.Abs(a - b)).Sum() / area;
            if (c is not ("Po210" or "C11"))
                lightYieldAlone[c] = LightYieldAlone(shapes, curves, c, p);
            string alone = lightYieldAlone.TryGetValue(c, out double ly) ? Invariant($"{ly:F1}") : "-";
            report.AppendLine(Invariant($"{c,-10} {area,10:F0}   {agreement[c],8:F3}            {alone}"));
            string file = Path.Combine(dir, c + ".svg");
            SvgPlotWriter.WriteFile(file, Plot(c, curves.Nh, bx, ours));
            TestContext.AddTestAttachment(file, $"{c}: SpectralFit vs Borexino");
        }
        TestContext.Out.Write(report.ToString());

        Assert.That(fit.Edm, Is.LessThan(0.1), fit.Message);
        // Light yield in a Borexino-like range (physics.md §6: ~500 pe/MeV).
        Assert.That(p[0], Is.InRange(400, 600));
        // Measured agreement (sum |ours - Borexino| / area) is printed above; the bounds are what the analytic
        // response must keep (see README.md, 'Reproducing Borexino').
        Assert.Multiple(() =>
        {
            // measured (kB 0.0112; LY 537, v1 0.76, sigma_d 0.18, 210Po at 0.409 MeV with sigma 0.0343 MeV, 11C shift
            // -0.027 MeV): C14 0.044, Po210 0.006, Kr85 0.014, Bi210 0.014, C11 0.115, ext 0.236, solar 0.026
            Assert.That(agreement["C14"], Is.LessThan(0.06), "C14");
            Assert.That(agreement["Po210"], Is.LessThan(0.03), "Po210");
            Assert.That(agreement["Kr85"], Is.LessThan(0.04), "Kr85");
            Assert.That(agreement["Bi210"], Is.LessThan(0.03), "Bi210");
            Assert.That(agreement["C11"], Is.LessThan(0.18), "C11");
            Assert.That(agreement["ext"], Is.LessThan(0.35), "ext");
            Assert.That(agreement["solar"], Is.LessThan(0.06), "solar");
            // One energy scale from 0.05 to 2.6 MeV: the light yield each beta/recoil component and the external gammas
            // ask for alone stays within 2% of the joint one (measured: C14 -0.2%, Kr85 +0.7%, Bi210 -0.1%, solar 0.0%,
            // ext +0.5%). The external shapes need Borexino's nominal energy axis mapped onto T (BorexinoEnergyAxis):
            // read as T they asked for -4.7%.
            foreach (string c in new[] { "C14", "Kr85", "Bi210", "solar", "ext" })
                Assert.That(lightYieldAlone[c] / p[0] - 1, Is.InRange(-0.02, 0.02), $"{c} light yield alone");
        });
    }

    /// <summary>The light yield that matches one component alone (the others' parameters at the joint fit).</summary>
    private static double LightYieldAlone(AnalyticComponentShapes shapes, Fig6aComponents curves, string component, double[] joint)
    {
        var start = ComponentShapeDistance.StartParameters();
        var pars = new ParameterSet(start.Select((q, k) => k == 0 ? q.WithValue(joint[0]) : q.FixedAt(joint[k])));
        var one = new ComponentShapeDistance(shapes.Folder, curves, [component]);
        var fit = new VariableMetricMinimizer(new MinimizerOptions { ComputeErrors = false, EdmGoal = 1e-3 }).Minimize(one, pars);
        return fit.Values[0];
    }

    private static Figure Plot(string component, int[] nh, double[] borexino, double[] ours)
    {
        double max = borexino.Max();
        int first = Array.FindIndex(borexino, v => v > 1e-3 * max);
        int last = Array.FindLastIndex(borexino, v => v > 1e-3 * max);
        first = Math.Max(first - 20, 0);
        last = Math.Min(last + 20, nh.Length - 1);
        double[] edges = [.. Enumerable.Range(first, last - first + 2).Select(i => nh[0] - 0.5 + i)];
        var panel = new Panel(new Axis("events per N_h"),
        [
            new StepSeries(edges, borexino[first..(last + 1)], "Borexino fit (PRD 100, 082004, Fig. 6a)", PlotColor.Black),
            new StepSeries(edges, ours[first..(last + 1)], "SpectralFit analytic N_h response", PlotColor.Red),
        ]);
        return new Figure($"{component}: shape vs Borexino (same area)", new Axis("N_h"), [panel]);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
