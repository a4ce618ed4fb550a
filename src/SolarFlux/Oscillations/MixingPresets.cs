using SolarFlux.Common;

namespace SolarFlux.Oscillations;

/// <summary>Named sets of oscillation parameters (physics.md §3), e.g. <c>--mixing pdg2016</c>.</summary>
public static class MixingPresets
{
    public const string Default = "pdg2016";

    /// <summary>
    /// PDG 2016 (C. Patrignani et al., Chin. Phys. C 40, 100001 (2016), neutrino mixing summary),
    /// normal ordering: sin^2 th12 = 0.304, sin^2 th13 = 0.0219, sin^2 th23 = 0.51,
    /// Delta m^2_21 = 7.53e-5 eV^2, Delta m^2_32 = 2.44e-3 eV^2 (so Delta m^2_31 = 2.44e-3 + 7.53e-5).
    /// The 2016 summary table quotes no delta_CP; we set 0 (solar P_ee does not depend on it).
    /// </summary>
    public static MixingParameters Pdg2016 { get; } = new(
        sin2Theta12: 0.304, sin2Theta13: 0.0219, sin2Theta23: 0.51,
        deltaM21Sq: 7.53e-5, deltaM31Sq: 2.44e-3 + 7.53e-5, deltaCp: 0.0);

    /// <summary>
    /// PDG 2016 (same source), inverted ordering: sin^2 th23 = 0.50, Delta m^2_32 = -2.51e-3 eV^2
    /// (so Delta m^2_31 = -2.51e-3 + 7.53e-5); other parameters as <see cref="Pdg2016"/>.
    /// </summary>
    public static MixingParameters Pdg2016Inverted { get; } = Pdg2016 with
    {
        Sin2Theta23 = 0.50,
        DeltaM31Sq = -2.51e-3 + 7.53e-5,
    };

    /// <summary>
    /// NuFIT 5.2 (2022), www.nu-fit.org (I. Esteban, M.C. Gonzalez-Garcia, M. Maltoni, T. Schwetz, A. Zhou,
    /// NuFIT 5.2 global-fit data release, November 2022). Method paper (it presents NuFIT 5.0; 5.2 is the
    /// same analysis with newer data): I. Esteban et al., JHEP 09 (2020) 178 [arXiv:2007.14792].
    /// Values: NuFIT 5.2 best fit for normal ordering with the Super-Kamiokande atmospheric chi^2 table:
    /// sin^2 th12 = 0.303, sin^2 th13 = 0.02225, sin^2 th23 = 0.451, delta_CP = 232 deg,
    /// Delta m^2_21 = 7.41e-5 eV^2, Delta m^2_31 = +2.507e-3 eV^2.
    /// </summary>
    public static MixingParameters NuFit52 { get; } = new(
        sin2Theta12: 0.303, sin2Theta13: 0.02225, sin2Theta23: 0.451,
        deltaM21Sq: 7.41e-5, deltaM31Sq: 2.507e-3, deltaCp: 232.0 * Math.PI / 180.0);

    /// <summary>Preset names, as users type them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["pdg2016", "pdg2016-io", "nufit52"];

    /// <summary>The preset with this name (case-insensitive), or a <see cref="UserInputException"/> listing the names.</summary>
    public static MixingParameters Get(string name, string what = "mixing preset") =>
        (name ?? "").Trim().ToLowerInvariant() switch
        {
            "pdg2016" => Pdg2016,
            "pdg2016-io" => Pdg2016Inverted,
            "nufit52" => NuFit52,
            _ => throw new UserInputException(
                $"{what}: unknown preset '{name}'; expected one of {string.Join(", ", Names)}"),
        };
}
