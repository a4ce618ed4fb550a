using DetectorResponse.PileUp;
using DetectorResponse.Data;
using DetectorResponse.Simulation;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Simulation;

public class DetectorMonteCarloTests
{
    private static SimulationRequest Request(ulong seed, double exposure = 10, PileUpOverlay? pileUp = null, double skip = 8) => new(
    [
        new SimulationComponent("lowbeta", 3000, new EventSpectrum(TestDetector.BetaLike(0.156), t => t)),
        new SimulationComponent("midbeta", 40, new EventSpectrum(TestDetector.BetaLike(1.16), t => 0.9 * t)),
        new SimulationComponent("alpha", 25, EventSpectrum.Line(5.3, t => t / 13)),
    ], pileUp, exposure, seed, TestDetector.Binning(), skip);

    [Test]
    public void Simulate_SameSeed_ByteIdenticalOutput_DifferentSeed_Differs()
    {
        var mc = TestDetector.Create();
        string a = BinnedDatasetFile.Format(mc.Simulate(Request(5)).Datasets);
        string b = BinnedDatasetFile.Format(mc.Simulate(Request(5)).Datasets);
        string c = BinnedDatasetFile.Format(mc.Simulate(Request(6)).Datasets);
        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
    }

    [Test]
    public void Simulate_TotalsMatchRateTimesExposureWithinPoisson()
    {
        var mc = TestDetector.Create();
        const double exposure = 200;
        var result = mc.Simulate(Request(11, exposure));
        // the alpha line (0.41 MeV visible, ~159 hits) lies fully inside the nh window 60-900
        var alpha = result.Components.Single(c => c.Name == "alpha");
        Assert.That(alpha.SimulatedShare, Is.EqualTo(1));
        double expected = 25 * exposure;
        Assert.That(alpha.EventsInBinning["nh"], Is.EqualTo(expected).Within(4 * Math.Sqrt(expected)));
        Assert.That(alpha.SimulatedEvents, Is.EqualTo(expected).Within(4 * Math.Sqrt(expected)));
        // every event in the binning is counted once per estimator
        Assert.That(result.Datasets[0].TotalCounts, Is.EqualTo(result.Components.Sum(c => c.EventsInBinning["nh"])));
        Assert.That(result.Datasets.Select(d => d.Estimator), Is.EqualTo(new[] { "nh", "npmts" }));
        Assert.That(result.Datasets[0].Exposure, Is.EqualTo(exposure));
        Assert.That(result.Datasets[0].Meta("seed"), Is.EqualTo("11"));
    }

    [Test]
    public void Simulate_SkippingUnreachableEnergies_DoesNotChangeTheSpectrum()
    {
        // lowbeta (Q 0.156 MeV, 61 hits at the endpoint) reaches the window 60+ only through the resolution;
        // skipping energies 8 sigma below the window must not change its counts inside.
        var mc = TestDetector.Create();
        var skipped = mc.Simulate(Request(21, 100, skip: 8));
        var full = mc.Simulate(Request(22, 100, skip: 1e9));
        var a = skipped.Components.Single(c => c.Name == "lowbeta");
        var b = full.Components.Single(c => c.Name == "lowbeta");
        Assert.That(a.SimulatedShare, Is.LessThan(0.8));
        Assert.That(b.SimulatedShare, Is.EqualTo(1));
        double na = a.EventsInBinning["nh"], nb = b.EventsInBinning["nh"];
        Assert.That(na, Is.GreaterThan(1500));
        Assert.That(na - nb, Is.EqualTo(0).Within(4 * Math.Sqrt(na + nb)));
    }

    [Test]
    public void Simulate_PileUpOverlay_AddsItsRate()
    {
        var mc = TestDetector.Create();
        var random = new EventSpectrum(TestDetector.BetaLike(0.156), t => t);
        var result = mc.Simulate(Request(31, 100, new PileUpOverlay(137.5, random)));
        var pu = result.Components.Single(c => c.Name == "pileup");
        Assert.That(pu.SimulatedEvents, Is.EqualTo(13750).Within(4 * Math.Sqrt(13750)));
    }

    [Test]
    public void Simulate_PileUpOverlay_CountsPairsOnTriggeredEventsOnly()
    {
        // Borexino's pile-up rate counts pairs whose first event fires the ~50 keV trigger alone (PileUpConvolution,
        // as the fit's templates): with the trigger condition the same rate puts more pairs into the window, because
        // first events below 50 keV (most of the 14C-like spectrum) are redrawn. Without it (threshold 0) the Monte
        // Carlo had 1277 pile-up events in N_h 93-950 where the fit model puts 3164 (README.md, closure test).
        var mc = TestDetector.Create();
        var random = new EventSpectrum(TestDetector.BetaLike(0.156), t => t);
        double InWindow(double threshold) => mc.Simulate(Request(31, 100, new PileUpOverlay(137.5, random) { TriggerThreshold = threshold }))
            .Components.Single(c => c.Name == "pileup").EventsInBinning["nh"];
        double triggered = InWindow(PileUpConvolution.BorexinoTriggerThreshold), all = InWindow(0);
        Assert.That(triggered, Is.GreaterThan(all + 5 * Math.Sqrt(triggered + all)));
        Assert.That(new PileUpOverlay(1, random).TriggerThreshold, Is.EqualTo(0.050), "default: Borexino's trigger");
    }

    [Test]
    public void Simulate_BadInput_IsUserError()
    {
        var mc = TestDetector.Create();
        Assert.Throws<UserInputException>(() => mc.Simulate(Request(1, exposure: 0)));
        var r = Request(1) with { Binning = new Dictionary<string, double[]> { ["nh"] = [1, 2] } };
        Assert.That(Assert.Throws<UserInputException>(() => mc.Simulate(r))!.Message, Does.Contain("npmts"));
        var r2 = Request(1) with { Binning = new Dictionary<string, double[]> { ["nh"] = [1, 2], ["npmts"] = [1, 2], ["npe"] = [1, 2] } };
        Assert.That(Assert.Throws<UserInputException>(() => mc.Simulate(r2))!.Message, Does.Contain("npe"));
    }
}
