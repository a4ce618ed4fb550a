using DetectorResponse.Data;
using SpectralFit.Likelihood;
using SpectralFit.Models;
using SpectralFit.Parameters;
using TestSupport;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// Borexino's published best-fit curve (Fig. 6a of arXiv:1707.09279, PRD 100, 082004 (2019)) scored with the
/// project's Poisson deviance against the Phase-II spectrum (Nature 562, 505 (2018), Fig. 2a source data).
/// Reference: ../shared/data/PROVENANCE.md, "Over N_h 93-950 (858 bins, counts = rate x 582.33): Borexino's
/// published best-fit curve has Poisson deviance 1016 ... Total 220,064 counts."
/// </summary>
public class PublishedFitQualityTests
{
    private static (BinnedDataset Data, Fig6aComponents Curves) Load() =>
        (Phase2SpectrumReader.Read(SharedData.Path("borexino/phase2_nature2018_fig2a.txt")),
         Fig6aComponents.Read(SharedData.Path("borexino/phase2_fig6a_components.csv")));

    [Test]
    public void PublishedFitCurve_On853NonEmptyBins_HasDeviance1016()
    {
        // Borexino's fit curve as printed in the Nature file itself: data - residual x error per bin. In the 5 empty
        // bins (N_h 689, 735, 927, 944, 946) error and residual are 0, so the curve cannot be recovered there.
        var (data, curves) = Load();
        var rows = Phase2SpectrumReader.ReadRows(SharedData.Path("borexino/phase2_nature2018_fig2a.txt"));
        int[] filled = [.. Enumerable.Range(0, rows.Count).Where(i => rows[i].Counts > 0)];
        Assert.That(filled, Has.Length.EqualTo(853));
        double[] counts = [.. filled.Select(i => rows[i].Counts)];
        double nature = Deviance([.. filled.Select(i => rows[i].Counts - rows[i].Residual * rows[i].Error)], counts);
        double fig6a = Deviance([.. filled.Select(i => curves["total"][i])], counts);

        TestContext.Out.WriteLine($"Poisson deviance over the 853 non-empty bins: Nature curve {nature:F2}, Fig. 6a total {fig6a:F2}");
        // measured: 1016.31 and 1016.31 (PROVENANCE.md: 1016)
        Assert.That(nature, Is.EqualTo(1016.3).Within(0.5));
        Assert.That(fig6a, Is.EqualTo(nature).Within(0.1));
    }

    [Test]
    public void Fig6aTotal_OnAll858Bins_HasDeviance1041()
    {
        var (data, curves) = Load();
        Assert.That(curves.Nh, Is.EqualTo(Enumerable.Range(93, 858).ToArray()));
        Assert.That(data.Count, Is.EqualTo(858));
        double d = Deviance(curves["total"], data.Counts.ToArray());

        TestContext.Out.WriteLine($"Poisson deviance of the Fig. 6a total curve, N_h 93-950: {d:F2} (858 bins)");
        // measured: 1040.58 = 1016.31 on the non-empty bins + 24.28 (2 mu) in the 5 empty ones, where the curve
        // predicts 1.3-3.4 events. This, not 1016, is the number a fit over all 858 bins compares with.
        Assert.That(d, Is.EqualTo(1040.6).Within(0.5));
    }

    /// <summary>A fixed curve scored by the likelihood term the fits use (a one-template model with rate 1).</summary>
    private static double Deviance(double[] curve, double[] counts)
    {
        var model = new LinearTemplateModel([new Parameter("published", 1.0, 0.01, isFixed: true)], [curve]);
        return new PoissonDeviance(model, counts).Value([1.0]);
    }

    [Test]
    public void Fig6aDataColumn_MatchesPhase2Reader_BinByBin()
    {
        var (data, curves) = Load();
        double[] fig6a = curves["data"];
        for (int i = 0; i < data.Count; i++)
            Assert.That(fig6a[i], Is.EqualTo(data.Counts[i]).Within(0.5), $"N_h {curves.Nh[i]}");
        Assert.That(fig6a.Sum(), Is.EqualTo(220064).Within(0.5 * data.Count));
        Assert.That(data.TotalCounts, Is.EqualTo(220064));
    }

    [Test]
    public void PublishedComponents_SumToTotal_BelowNh350()
    {
        // PROVENANCE.md: "sum matches total to <0.5% median below N_h 350" (signed median; measured -0.44%).
        var (_, curves) = Load();
        var rel = new List<double>();
        for (int i = 0; i < curves.Nh.Length && curves.Nh[i] < 350; i++)
        {
            double sum = Fig6aComponents.ComponentNames.Sum(c => curves[c][i]);
            rel.Add(sum / curves["total"][i] - 1);
        }
        rel.Sort();
        Assert.That(Math.Abs(rel[rel.Count / 2]), Is.LessThan(0.005));
    }
}
