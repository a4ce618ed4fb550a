using System.Text.Json;
using DetectorResponse.Data;
using TestSupport;

namespace DetectorResponse.Tests.Data;

/// <summary>The embedded Phase-II-like sample (samples/, made by `spectralfit simulate`).</summary>
public class SampleDatasetTests
{
    [TestCase("nh", 93, 950)]
    [TestCase("npmts_dt1", 106, 821)]
    [TestCase("npmts_dt2", 110, 845)]
    public void PhaseTwoLike_ReadsWithTheTruthTotalsAndExposure(string estimator, int first, int last)
    {
        var d = BinnedDatasetFile.Read(SharedData.Repo($"samples/phase2-like.{estimator}.dat"));
        Assert.That(d.Estimator, Is.EqualTo(estimator));
        Assert.That(d.Count, Is.EqualTo(last - first + 1));
        Assert.That(d.Low(0), Is.EqualTo(first - 0.5));
        Assert.That(d.Exposure, Is.EqualTo(582.33));

        using var truth = JsonDocument.Parse(File.ReadAllText(SharedData.Repo("samples/phase2-like.dat.truth.json")));
        Assert.That(truth.RootElement.GetProperty("exposure_day_100t").GetDouble(), Is.EqualTo(582.33));
        long inBinning = truth.RootElement.GetProperty("components").EnumerateArray()
            .Sum(c => c.GetProperty("events_in_binning").GetProperty(estimator).GetInt64());
        Assert.That(d.TotalCounts, Is.EqualTo(inBinning));
    }

    [TestCase(new[] { "Po210" }, "Po210", 0.03)]
    [TestCase(new[] { "pp", "Be7", "pep", "CNO" }, "solar", 0.10)]
    [TestCase(new[] { "Kr85", "Bi210" }, "Kr85+Bi210", 0.10)]
    public void PhaseTwoLike_NhComponents_MatchBorexinoFitComponents(string[] ours, string borexino, double tolerance)
    {
        // Borexino's own fit components on the Phase-II spectrum, N_h 93-950 (Fig. 6a of arXiv:1707.09279,
        // PRD 100, 082004 (2019); phase2_fig6a_components.csv), counts = rate per N_h x 582.33.
        string csv = SharedData.Path("borexino/phase2_fig6a_components.csv");
        var rows = File.ReadAllLines(csv).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')).ToArray();
        string[] header = rows[0];
        double reference = 0;
        foreach (var part in borexino.Split('+'))
        {
            int col = Array.IndexOf(header, part);
            reference += rows.Skip(1).Where(r => double.Parse(r[0]) is >= 93 and <= 950)
                .Sum(r => double.Parse(r[col], System.Globalization.CultureInfo.InvariantCulture)) * 582.33;
        }
        using var truth = JsonDocument.Parse(File.ReadAllText(SharedData.Repo("samples/phase2-like.dat.truth.json")));
        long simulated = truth.RootElement.GetProperty("components").EnumerateArray()
            .Where(c => ours.Contains(c.GetProperty("name").GetString()))
            .Sum(c => c.GetProperty("events_in_binning").GetProperty("nh").GetInt64());
        TestContext.Out.WriteLine($"{borexino}: sample {simulated}, Borexino fit {reference:F0}");
        Assert.That(simulated, Is.EqualTo(reference).Within(tolerance * reference));
    }

    [Test]
    public void PhaseTwoLike_NhTotal_IsCloseToBorexinoPhaseTwo()
    {
        // Borexino Phase-II TFC-subtracted spectrum, N_h 93-950: 220,064 events (Nature 562, 505 (2018); PROVENANCE.md).
        // The sample has fewer 14C and pile-up events at threshold (narrower low-energy resolution): within 20%.
        var d = BinnedDatasetFile.Read(SharedData.Repo("samples/phase2-like.nh.dat"));
        Assert.That(d.TotalCounts, Is.EqualTo(220_064).Within(0.20 * 220_064));
    }
}
