using SolarFlux.Common;

namespace SpectralFit.Moments;

/// <summary>
/// Translates an upper limit on the solar effective moment mu_eff (physics.md §5) into limits on single moments,
/// each with all the others set to zero:
/// <list type="bullet">
/// <item>flavour: mu_eff^2 = sum_alpha P_e-alpha mu_alpha^2 with P_e-alpha = sum_j P_ej |U_alpha j|^2 (exact for
/// incoherent mass states; physics.md §5 gives its theta13 -> 0 form P_ee mu_e^2 + (1 - P_ee)(c23^2 mu_mu^2 + s23^2 mu_tau^2),
/// which drops the O(s13) delta_CP-dependent terms of the mu and tau weights)</item>
/// <item>Dirac, diagonal mass basis: mu_eff^2 = sum_j P_ej mu_jj^2</item>
/// <item>Majorana: mu_eff^2 = P_e1 (mu_12^2 + mu_13^2) + P_e2 (mu_12^2 + mu_23^2) + P_e3 (mu_13^2 + mu_23^2)</item>
/// </list>
/// "Conservative": where the mass ordering, the theta23 octant or delta_CP is not known, every alternative is
/// evaluated (delta_CP on a 5-degree grid over 0-360 degrees plus the scenario's own value) and the weakest
/// (largest) limit is kept, so the quoted limit holds whichever alternative nature chose. Only the mu and tau
/// limits depend on delta_CP; P_ee and the mass-basis limits do not.
/// </summary>
public static class SolarMomentLimits
{
    /// <summary>Limits for one mixing scenario.</summary>
    public static MomentLimitSet For(double muEffLimit, SolarMixingScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        RequireLimit(muEffLimit);
        double pee = scenario.Pee;
        var p = scenario.MassStates;
        string label = scenario.Label;
        MomentLimit Limit(double coefficient) => new(muEffLimit / Math.Sqrt(coefficient), label);
        return new MomentLimitSet(
            FlavourE: Limit(pee),
            FlavourMu: Limit(scenario.FlavourProbability(1)),
            FlavourTau: Limit(scenario.FlavourProbability(2)),
            Dirac11: Limit(p.Pe1),
            Dirac22: Limit(p.Pe2),
            Dirac33: Limit(p.Pe3),
            Majorana12: Limit(p.Pe1 + p.Pe2),
            Majorana13: Limit(p.Pe1 + p.Pe3),
            Majorana23: Limit(p.Pe2 + p.Pe3));
    }

    /// <summary>Number of delta_CP values scanned by <see cref="Conservative"/> (0 to 355 degrees in 5-degree steps).</summary>
    public const int DeltaCpSteps = 72;

    /// <summary>The delta_CP grid [rad] of <see cref="Conservative"/>: 2 pi k / <see cref="DeltaCpSteps"/>.</summary>
    public static IReadOnlyList<double> DeltaCpGrid { get; } =
        Enumerable.Range(0, DeltaCpSteps).Select(k => 2 * Math.PI * k / DeltaCpSteps).ToArray();

    /// <summary>
    /// The conservative limits: each moment's weakest limit over the given scenarios (typically one per mass
    /// ordering), for each both theta23 octants, and for each the scenario's delta_CP and every value of
    /// <see cref="DeltaCpGrid"/>.
    /// </summary>
    public static MomentLimitSet Conservative(double muEffLimit, IReadOnlyList<SolarMixingScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count == 0)
            throw new ArgumentException("at least one mixing scenario is needed", nameof(scenarios));
        var sets = scenarios
            .SelectMany(s => new[] { s, s.OtherOctant() })
            .SelectMany(s => DeltaCpGrid.Select(s.WithDeltaCp).Prepend(s))
            .Select(s => For(muEffLimit, s)).ToList();
        MomentLimit Weakest(Func<MomentLimitSet, MomentLimit> pick) => sets.Select(pick).MaxBy(l => l.Value);
        return new MomentLimitSet(
            Weakest(s => s.FlavourE), Weakest(s => s.FlavourMu), Weakest(s => s.FlavourTau),
            Weakest(s => s.Dirac11), Weakest(s => s.Dirac22), Weakest(s => s.Dirac33),
            Weakest(s => s.Majorana12), Weakest(s => s.Majorana13), Weakest(s => s.Majorana23));
    }

    private static void RequireLimit(double muEffLimit)
    {
        UserInputException.RequireFinite(muEffLimit, "mu_eff limit");
        if (muEffLimit <= 0)
            throw new UserInputException($"mu_eff limit: expected a value > 0, got {muEffLimit}");
    }
}
