using SolarFlux;
using SolarFlux.Common;
using SolarFlux.Oscillations;

namespace SpectralFit.Moments;

/// <summary>
/// Averages of the solar mass-state probabilities over the magnetic-moment signal a detector sees.
/// The solar effective moment is linear in P_ej (physics.md §5), so the signal-weighted mu_eff^2 equals the
/// mu_eff^2 built from the weighted mean P_ej: &lt;mu_eff^2&gt; = sum_j &lt;P_ej&gt; (lambda~^dagger lambda~)_jj.
/// </summary>
public static class SolarSignalAverage
{
    /// <summary>Weighted mean of P_e1, P_e2, P_e3 over the signal points.</summary>
    /// <exception cref="UserInputException">A negative/non-finite weight or energy, or all weights zero.</exception>
    public static MassStateProbabilities MassStates(ISurvivalProbability survival, IReadOnlyList<WeightedNeutrino> signal)
    {
        ArgumentNullException.ThrowIfNull(survival);
        ArgumentNullException.ThrowIfNull(signal);
        double total = 0, p1 = 0, p2 = 0, p3 = 0;
        for (int i = 0; i < signal.Count; i++)
        {
            var point = signal[i];
            UserInputException.RequireNonNegative(point.Weight, $"magnetic-moment signal weight #{i + 1} ({SpeciesNames.ToName(point.Species)})");
            UserInputException.RequireNonNegative(point.Energy, $"magnetic-moment signal energy #{i + 1} ({SpeciesNames.ToName(point.Species)})");
            if (point.Weight == 0)
                continue;
            var p = survival.MassStates(point.Species, point.Energy);
            total += point.Weight;
            p1 += point.Weight * p.Pe1;
            p2 += point.Weight * p.Pe2;
            p3 += point.Weight * p.Pe3;
        }
        if (!(total > 0))
            throw new UserInputException("magnetic-moment signal weights: expected at least one positive weight, got none");
        return new MassStateProbabilities(p1 / total, p2 / total, p3 / total);
    }

    /// <summary>
    /// Signal points for a continuous spectrum: trapezoid weights of density(E) on an increasing energy grid [MeV].
    /// </summary>
    public static WeightedNeutrino[] FromDensity(NeutrinoSpecies species, IReadOnlyList<double> energies, Func<double, double> density)
    {
        ArgumentNullException.ThrowIfNull(energies);
        ArgumentNullException.ThrowIfNull(density);
        if (energies.Count < 2)
            throw new UserInputException($"{SpeciesNames.ToName(species)} signal energy grid: expected at least 2 points, got {energies.Count}");
        var points = new WeightedNeutrino[energies.Count];
        for (int i = 0; i < energies.Count; i++)
        {
            double left = i > 0 ? energies[i] - energies[i - 1] : 0;
            double right = i < energies.Count - 1 ? energies[i + 1] - energies[i] : 0;
            if (left < 0 || right < 0)
                throw new UserInputException($"{SpeciesNames.ToName(species)} signal energy grid: expected increasing energies (point #{i + 1})");
            points[i] = new WeightedNeutrino(species, energies[i], density(energies[i]) * 0.5 * (left + right));
        }
        return points;
    }
}
