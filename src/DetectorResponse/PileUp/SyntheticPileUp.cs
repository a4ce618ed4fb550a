using DetectorResponse.Data;
using DetectorResponse.Simulation;
using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace DetectorResponse.PileUp;

/// <summary>
/// Synthetic pile-up template (physics.md §6, the second standard model): overlay simulated events.
/// A first event is drawn from the single-event components in proportion to their rates, a second one
/// from the random-trigger (14C) spectrum; their visible energies add.
/// <see cref="VisibleSpectrum"/> histograms the sum in visible energy (to be folded with the analytic
/// response like any spectrum); <see cref="ObservableTemplate"/> runs the overlaid light through the
/// Monte Carlo estimators, so the N_pmts saturation acts on the sum as in the detector. Both are
/// normalized to the pile-up rate; seeded and deterministic.
/// </summary>
public static class SyntheticPileUp
{
    /// <summary>Overlaid visible-energy spectrum [MeV] on the given edges; content = pile-up rate per bin.</summary>
    public static EnergyHistogram VisibleSpectrum(
        IReadOnlyList<SimulationComponent> singles, EventSpectrum randomTrigger, double pileUpRate,
        double[] visibleEdges, int events, ulong seed)
        => VisibleSpectrum(singles, randomTrigger, pileUpRate, visibleEdges, events, seed, 0);

    /// <summary>
    /// As above, overlaying only on single events whose visible energy reaches triggerThreshold [MeV] (they fire
    /// the trigger alone: Borexino's definition of its pile-up rate, see <see cref="PileUpConvolution"/>).
    /// </summary>
    public static EnergyHistogram VisibleSpectrum(
        IReadOnlyList<SimulationComponent> singles, EventSpectrum randomTrigger, double pileUpRate,
        double[] visibleEdges, int events, ulong seed, double triggerThreshold)
    {
        UserInputException.RequireNonNegative(pileUpRate, "pile-up rate");
        if (events <= 0)
            throw new UserInputException($"synthetic pile-up: number of overlaid events must be > 0, got {events}");
        var binning = new EnergyHistogram(visibleEdges, new double[visibleEdges.Length - 1], "synthetic pile-up binning");
        var picker = new ComponentPicker(singles);
        var rng = new Xoshiro256(seed);
        var counts = new double[binning.Count];
        for (int n = 0; n < events; n++)
        {
            double first = picker.SampleTriggeringVisible(rng, triggerThreshold);
            double e = first + randomTrigger.SampleVisible(rng);
            int bin = Bin(visibleEdges, e);
            if (bin >= 0)
                counts[bin] += pileUpRate / events;
        }
        return new EnergyHistogram(visibleEdges, counts, "synthetic pile-up (visible energy)");
    }

    /// <summary>
    /// Overlaid events read out by the Monte Carlo detector: one dataset per estimator whose content is
    /// the pile-up rate [cpd/100t] per bin (exposure 1 day x 100 t).
    /// </summary>
    public static IReadOnlyList<BinnedDataset> ObservableTemplate(
        DetectorMonteCarlo detector, IReadOnlyList<SimulationComponent> singles, EventSpectrum randomTrigger,
        double pileUpRate, IReadOnlyDictionary<string, double[]> binning, int events, ulong seed)
    {
        UserInputException.RequireNonNegative(pileUpRate, "pile-up rate");
        if (events <= 0)
            throw new UserInputException($"synthetic pile-up: number of overlaid events must be > 0, got {events}");
        var raw = detector.Overlay(singles, randomTrigger, events, binning, seed);
        return raw.Select(d => new BinnedDataset(d.Estimator, d.Edges.ToArray(),
            d.Counts.ToArray().Select(c => c * pileUpRate / events).ToArray(), 1,
            [new("description", $"synthetic pile-up template from {events} overlaid events, rate {pileUpRate} cpd/100t")],
            "synthetic pile-up")).ToArray();
    }

    private static int Bin(double[] edges, double x)
    {
        if (x < edges[0] || x >= edges[^1])
            return -1;
        int lo = 0, hi = edges.Length - 2;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (edges[mid + 1] > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
}
