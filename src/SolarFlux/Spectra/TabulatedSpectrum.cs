using SolarFlux.Common;

namespace SolarFlux.Spectra;

/// <summary>
/// A continuum spectrum given as points (E_i, density_i), linearly interpolated between points and zero
/// outside [E_first, E_last]. The density is rescaled so that the interpolant integrates to exactly 1;
/// the mean energy is the exact mean of the interpolant. Lookup is a binary search (no allocation).
/// </summary>
public sealed class TabulatedSpectrum : NeutrinoSpectrum
{
    private readonly double[] _energies;
    private readonly double[] _densities;

    /// <param name="energies">At least two strictly increasing, finite energies [MeV].</param>
    /// <param name="densities">Finite, non-negative densities (any scale), one per energy, not all zero.</param>
    /// <param name="source">What the table is (file name), for error messages.</param>
    public TabulatedSpectrum(IReadOnlyList<double> energies, IReadOnlyList<double> densities, string source = "spectrum table")
    {
        if (energies.Count != densities.Count)
            throw new UserInputException($"{source}: {energies.Count} energies but {densities.Count} densities");
        if (energies.Count < 2)
            throw new UserInputException($"{source}: a spectrum needs at least two points, got {energies.Count}");
        for (int i = 0; i < energies.Count; i++)
        {
            if (!double.IsFinite(energies[i]) || energies[i] < 0)
                throw new UserInputException($"{source}: energy {i} must be finite and >= 0, got {energies[i]}");
            if (!double.IsFinite(densities[i]) || densities[i] < 0)
                throw new UserInputException($"{source}: density at E = {energies[i]} must be finite and >= 0, got {densities[i]}");
            if (i > 0 && !(energies[i] > energies[i - 1]))
                throw new UserInputException($"{source}: energies must increase strictly (E = {energies[i - 1]} is followed by E = {energies[i]})");
        }

        _energies = [.. energies];
        _densities = [.. densities];
        Source = source;

        // Exact integrals of the piecewise-linear interpolant: zeroth and first moments.
        double norm = 0, first = 0;
        for (int i = 0; i + 1 < _energies.Length; i++)
        {
            double a = _energies[i], b = _energies[i + 1], fa = _densities[i], fb = _densities[i + 1];
            double h = b - a;
            norm += 0.5 * h * (fa + fb);
            first += h * (fa * (2 * a + b) + fb * (a + 2 * b)) / 6;
        }
        if (!(norm > 0))
            throw new UserInputException($"{source}: the spectrum is empty (its integral is zero)");
        for (int i = 0; i < _densities.Length; i++)
            _densities[i] /= norm;
        MeanEnergy = first / norm;

        int firstNonZero = Array.FindIndex(_densities, d => d > 0);
        int lastNonZero = Array.FindLastIndex(_densities, d => d > 0);
        MinEnergy = _energies[Math.Max(firstNonZero - 1, 0)];
        MaxEnergy = _energies[Math.Min(lastNonZero + 1, _energies.Length - 1)];
    }

    public string Source { get; }

    /// <summary>Tabulated energies [MeV].</summary>
    public ReadOnlySpan<double> Energies => _energies;

    /// <summary>Normalized densities [1/MeV] at <see cref="Energies"/>.</summary>
    public ReadOnlySpan<double> Densities => _densities;

    public override double MinEnergy { get; }

    public override double MaxEnergy { get; }

    public override double MeanEnergy { get; }

    public override double ContinuumDensity(double energy)
    {
        double[] x = _energies;
        if (!(energy >= x[0] && energy <= x[^1]))
            return 0;
        int hi = Array.BinarySearch(x, energy);
        if (hi >= 0)
            return _densities[hi];
        hi = ~hi;
        int lo = hi - 1;
        double t = (energy - x[lo]) / (x[hi] - x[lo]);
        return _densities[lo] + t * (_densities[hi] - _densities[lo]);
    }
}
