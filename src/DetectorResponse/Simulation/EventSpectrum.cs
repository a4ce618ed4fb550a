using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>
/// What one decay or interaction of a component puts into the scintillator: a true kinetic-energy
/// spectrum [MeV] (histogram; uniform within a bin) and the map to visible energy [MeV] (quenching,
/// e.g. B1's Birks/Cherenkov light, alpha or gamma quenching) plus a fixed visible offset (e.g. the
/// quenched light of the two 511 keV annihilation gammas of a beta+ decay). The map must not
/// decrease with energy (it is used to skip energies that cannot reach the observed window).
/// </summary>
public sealed class EventSpectrum
{
    private readonly double[] _edges;
    private readonly double[] _cumulative; // _cumulative[i] = share of bins 0..i-1
    private readonly Func<double, double> _visible;

    public EventSpectrum(EnergyHistogram trueEnergy, Func<double, double> visibleEnergy, double visibleOffset = 0, string description = "")
    {
        if (trueEnergy.Total <= 0)
            throw new UserInputException($"{trueEnergy.Source}: the true-energy spectrum is empty");
        if (trueEnergy.Low(0) < 0)
            throw new UserInputException($"{trueEnergy.Source}: true energies must be >= 0 MeV (first edge {trueEnergy.Low(0)})");
        UserInputException.RequireNonNegative(visibleOffset, $"{trueEnergy.Source}: visible offset");
        TrueEnergy = trueEnergy;
        VisibleOffset = visibleOffset;
        Description = description;
        _visible = visibleEnergy;
        _edges = trueEnergy.Edges.ToArray();
        _cumulative = new double[trueEnergy.Count + 1];
        double total = trueEnergy.Total;
        for (int i = 0; i < trueEnergy.Count; i++)
            _cumulative[i + 1] = _cumulative[i] + trueEnergy.Contents[i] / total;
        _cumulative[^1] = 1;
    }

    /// <summary>A monoenergetic deposit (e.g. an alpha line) of true energy E [MeV].</summary>
    public static EventSpectrum Line(double energy, Func<double, double> visibleEnergy, double visibleOffset = 0, string description = "")
    {
        UserInputException.RequireNonNegative(energy, "line energy");
        double half = Math.Max(1e-9 * energy, 1e-12);
        return new EventSpectrum(new EnergyHistogram([energy - half < 0 ? 0 : energy - half, energy + half], [1.0], $"line {energy} MeV"),
            visibleEnergy, visibleOffset, description);
    }

    public EnergyHistogram TrueEnergy { get; }

    public double VisibleOffset { get; }

    public string Description { get; }

    /// <summary>Visible energy [MeV] of a deposit of true energy T.</summary>
    public double VisibleEnergy(double trueEnergy) => _visible(trueEnergy) + VisibleOffset;

    /// <summary>
    /// Index of the first true-energy bin whose upper edge gives at least the visible energy
    /// <paramref name="minimumVisible"/>; bins before it cannot reach it. Count if none.
    /// </summary>
    public int FirstBinReaching(double minimumVisible)
    {
        for (int i = 0; i < TrueEnergy.Count; i++)
            if (VisibleEnergy(_edges[i + 1]) >= minimumVisible)
                return i;
        return TrueEnergy.Count;
    }

    /// <summary>Share of the spectrum in bins first.. (the part that is simulated).</summary>
    public double ShareFrom(int firstBin) => 1 - _cumulative[firstBin];

    /// <summary>Samples a visible energy from the bins firstBin.. (inverse CDF, uniform within a bin).</summary>
    public double SampleVisible(Xoshiro256 rng, int firstBin = 0)
    {
        double u = _cumulative[firstBin] + rng.NextDouble() * (1 - _cumulative[firstBin]);
        int lo = firstBin, hi = TrueEnergy.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_cumulative[mid + 1] > u)
                hi = mid;
            else
                lo = mid + 1;
        }
        double width = _cumulative[lo + 1] - _cumulative[lo];
        double f = width > 0 ? (u - _cumulative[lo]) / width : 0.5;
        double t = _edges[lo] + Math.Clamp(f, 0, 1) * (_edges[lo + 1] - _edges[lo]);
        return VisibleEnergy(t);
    }
}
