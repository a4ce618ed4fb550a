using DetectorResponse.Data;
using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>
/// Event-by-event Monte Carlo of a Borexino-like detector. For each component, the number of events
/// is Poisson(rate x exposure x simulated share); each event draws a true energy from the component's
/// spectrum, maps it to visible energy (quenching), and is read out by every estimator
/// (<see cref="SimulatedEstimator"/>: shared light-yield fluctuation, Poisson statistics, excess
/// spread, dark noise). Pile-up events overlay two events' light (<see cref="PileUpOverlay"/>).
/// Deterministic: one <see cref="Xoshiro256"/> stream from the seed, components in the given order.
/// </summary>
public sealed class DetectorMonteCarlo
{

    private readonly SimulatedEstimator[] _estimators;

    public DetectorMonteCarlo(IReadOnlyList<SimulatedEstimator> estimators)
    {
        if (estimators.Count == 0)
            throw new UserInputException("the Monte Carlo needs at least one energy estimator");
        if (estimators.Select(e => e.Name.ToLowerInvariant()).Distinct().Count() != estimators.Count)
            throw new UserInputException("the Monte Carlo estimators must have distinct names");
        _estimators = [.. estimators];
    }

    public IReadOnlyList<SimulatedEstimator> Estimators => _estimators;

    public SimulationResult Simulate(SimulationRequest request)
    {
        double exposure = request.Exposure;
        if (!double.IsFinite(exposure) || exposure <= 0)
            throw new UserInputException($"exposure: expected > 0 day x 100 t, got {exposure}");
        var fills = MakeFillers(request.Binning);

        // visible energies below this cannot reach the lowest bin of any estimator
        double minimumVisible = double.PositiveInfinity;
        for (int e = 0; e < _estimators.Length; e++)
            minimumVisible = Math.Min(minimumVisible, _estimators[e].VisibleEnergyReaching(fills[e].Edges[0], request.SkipSigmas));

        var rng = new Xoshiro256(request.Seed);
        var truths = new List<ComponentTruth>();
        foreach (var c in request.Components)
        {
            UserInputException.RequireNonNegative(c.Rate, $"{c.Name}: rate [cpd/100t]");
            int first = c.Spectrum.FirstBinReaching(minimumVisible);
            double share = first < c.Spectrum.TrueEnergy.Count ? c.Spectrum.ShareFrom(first) : 0;
            long n = rng.Poisson(c.Rate * exposure * share);
            foreach (var f in fills)
                f.StartComponent();
            for (long i = 0; i < n; i++)
                Read(c.Spectrum.SampleVisible(rng, first), fills, rng);
            truths.Add(new ComponentTruth(c.Name, c.Rate, c.Rate * exposure, share, n, InBinning(fills)));
        }

        if (request.PileUp is { } pileUp)
        {
            long n = rng.Poisson(pileUp.Rate * exposure);
            foreach (var f in fills)
                f.StartComponent();
            if (n > 0)
                OverlayEvents(new ComponentPicker(request.Components), pileUp.RandomTrigger, n, fills, rng, pileUp.TriggerThreshold);
            truths.Add(new ComponentTruth("pileup", pileUp.Rate, pileUp.Rate * exposure, 1, n, InBinning(fills)));
        }

        var meta = new KeyValuePair<string, string>[] { new("seed", request.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        var datasets = fills.Select(f => new BinnedDataset(f.Name, f.Edges, f.Counts, exposure, meta, "simulation")).ToArray();
        return new SimulationResult(datasets, truths, request.Seed, exposure);
    }

    /// <summary>
    /// Exactly <paramref name="events"/> pile-up pairs (a component event drawn by rate plus a
    /// random-trigger event, light added) read out by every estimator: raw counts, exposure 1.
    /// </summary>
    public IReadOnlyList<BinnedDataset> Overlay(
        IReadOnlyList<SimulationComponent> singles, EventSpectrum randomTrigger, long events,
        IReadOnlyDictionary<string, double[]> binning, ulong seed)
    {
        var fills = MakeFillers(binning);
        OverlayEvents(new ComponentPicker(singles), randomTrigger, events, fills, new Xoshiro256(seed), 0);
        return fills.Select(f => new BinnedDataset(f.Name, f.Edges, f.Counts, 1, null, "overlay")).ToArray();
    }

    /// <param name="triggerThreshold">Visible energy [MeV] the first event must reach alone (redrawn below it).</param>
    private void OverlayEvents(ComponentPicker picker, EventSpectrum randomTrigger, long events, Filler[] fills, Xoshiro256 rng,
        double triggerThreshold)
    {
        for (long i = 0; i < events; i++)
        {
            double first = picker.SampleTriggeringVisible(rng, triggerThreshold);
            double second = randomTrigger.SampleVisible(rng);
            Read(first + second, fills, rng);
        }
    }

    private Filler[] MakeFillers(IReadOnlyDictionary<string, double[]> binning)
    {
        foreach (var key in binning.Keys)
            if (!_estimators.Any(e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase)))
                throw new UserInputException($"binning given for '{key}', which is not an estimator of this detector ({string.Join(", ", _estimators.Select(e => e.Name))})");
        var fills = new Filler[_estimators.Length];
        for (int e = 0; e < _estimators.Length; e++)
        {
            var est = _estimators[e];
            var edges = binning.FirstOrDefault(kv => string.Equals(kv.Key, est.Name, StringComparison.OrdinalIgnoreCase)).Value
                ?? throw new UserInputException($"no binning given for estimator '{est.Name}'");
            fills[e] = new Filler(edges, est.Name);
        }
        return fills;
    }

    private void Read(double visibleEnergy, Filler[] fills, Xoshiro256 rng)
    {
        double z1 = rng.NextGaussian(); // light-yield non-uniformity, shared by the estimators of this event
        for (int e = 0; e < _estimators.Length; e++)
            fills[e].Fill(_estimators[e].Sample(visibleEnergy, z1, rng));
    }

    private static Dictionary<string, long> InBinning(Filler[] fills) =>
        fills.ToDictionary(f => f.Name, f => f.ComponentEvents);

    /// <summary>Histogram of one estimator: edges, counts, events of the current component inside.</summary>
    private sealed class Filler(double[] edges, string name)
    {
        public readonly string Name = name;
        public readonly double[] Edges = ValidEdges(edges, name);
        public readonly double[] Counts = new double[Math.Max(edges.Length - 1, 0)];
        public long ComponentEvents;

        public void StartComponent() => ComponentEvents = 0;

        public void Fill(double x)
        {
            if (x < Edges[0] || x >= Edges[^1])
                return;
            int lo = 0, hi = Counts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Edges[mid + 1] > x)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            Counts[lo]++;
            ComponentEvents++;
        }

        private static double[] ValidEdges(double[] edges, string name)
        {
            if (edges.Length < 2)
                throw new UserInputException($"binning of '{name}': at least two edges are needed");
            for (int i = 0; i < edges.Length; i++)
                if (!double.IsFinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1])))
                    throw new UserInputException($"binning of '{name}': edges must be finite and strictly increasing (edge {i} = {edges[i]})");
            return [.. edges];
        }
    }
}
