using SolarFlux.Common;

namespace SolarFlux.Oscillations;

/// <summary>
/// Three-flavour oscillation parameters in the PDG parametrization of the PMNS matrix.
/// Angles are given as sin^2 theta_ij, mass splittings in eV^2, the Dirac phase in radians.
/// The sign of <see cref="DeltaM31Sq"/> fixes the mass ordering (positive: normal).
/// Every property is validated on construction and in <c>with</c> expressions, so an instance is
/// always physical. Solar P_ee depends only on theta12, theta13 and Delta m^2_21 (physics.md §3).
/// </summary>
public sealed record MixingParameters
{
    /// <summary>Keys accepted by <see cref="With"/> (and by configs / CLI overrides).</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["sin2_theta12", "sin2_theta13", "sin2_theta23", "dm21sq", "dm31sq", "delta_cp"];

    private readonly double _sin2Theta12;
    private readonly double _sin2Theta13;
    private readonly double _sin2Theta23;
    private readonly double _deltaM21Sq;
    private readonly double _deltaM31Sq;
    private readonly double _deltaCp;

    public MixingParameters(
        double sin2Theta12, double sin2Theta13, double sin2Theta23,
        double deltaM21Sq, double deltaM31Sq, double deltaCp)
    {
        Sin2Theta12 = sin2Theta12;
        Sin2Theta13 = sin2Theta13;
        Sin2Theta23 = sin2Theta23;
        DeltaM21Sq = deltaM21Sq;
        DeltaM31Sq = deltaM31Sq;
        DeltaCp = deltaCp;
    }

    /// <summary>sin^2 theta_12, in [0, 1].</summary>
    public double Sin2Theta12 { get => _sin2Theta12; init => _sin2Theta12 = RequireSinSquared(value, "sin2_theta12"); }

    /// <summary>sin^2 theta_13, in [0, 1].</summary>
    public double Sin2Theta13 { get => _sin2Theta13; init => _sin2Theta13 = RequireSinSquared(value, "sin2_theta13"); }

    /// <summary>sin^2 theta_23, in [0, 1].</summary>
    public double Sin2Theta23 { get => _sin2Theta23; init => _sin2Theta23 = RequireSinSquared(value, "sin2_theta23"); }

    /// <summary>Delta m^2_21 = m2^2 - m1^2 [eV^2], &gt; 0.</summary>
    public double DeltaM21Sq
    {
        get => _deltaM21Sq;
        init
        {
            UserInputException.RequireFinite(value, "dm21sq");
            if (value <= 0)
                throw new UserInputException($"dm21sq: expected Delta m^2_21 > 0 [eV^2], got {value}");
            _deltaM21Sq = value;
        }
    }

    /// <summary>Delta m^2_31 = m3^2 - m1^2 [eV^2], nonzero; its sign is the mass ordering.</summary>
    public double DeltaM31Sq
    {
        get => _deltaM31Sq;
        init
        {
            UserInputException.RequireFinite(value, "dm31sq");
            if (value == 0)
                throw new UserInputException("dm31sq: expected a nonzero Delta m^2_31 [eV^2] (sign = mass ordering)");
            _deltaM31Sq = value;
        }
    }

    /// <summary>Dirac CP phase delta_CP [rad], any finite value.</summary>
    public double DeltaCp { get => _deltaCp; init => _deltaCp = UserInputException.RequireFinite(value, "delta_cp"); }

    public MassOrdering Ordering => DeltaM31Sq > 0 ? MassOrdering.Normal : MassOrdering.Inverted;

    /// <summary>Delta m^2_32 = Delta m^2_31 - Delta m^2_21 [eV^2].</summary>
    public double DeltaM32Sq => DeltaM31Sq - DeltaM21Sq;

    public double SinTheta12 => Math.Sqrt(Sin2Theta12);
    public double CosTheta12 => Math.Sqrt(Cos2Theta12);
    public double SinTheta13 => Math.Sqrt(Sin2Theta13);
    public double CosTheta13 => Math.Sqrt(Cos2Theta13);
    public double SinTheta23 => Math.Sqrt(Sin2Theta23);
    public double CosTheta23 => Math.Sqrt(Cos2Theta23);

    /// <summary>cos^2 theta_12 = 1 - sin^2 theta_12 (likewise for 13 and 23).</summary>
    public double Cos2Theta12 => 1 - Sin2Theta12;
    public double Cos2Theta13 => 1 - Sin2Theta13;
    public double Cos2Theta23 => 1 - Sin2Theta23;

    /// <summary>cos 2 theta_12 = 1 - 2 sin^2 theta_12.</summary>
    public double CosDoubleTheta12 => 1 - 2 * Sin2Theta12;

    /// <summary>sin^2 2 theta_12 = 4 sin^2 theta_12 cos^2 theta_12.</summary>
    public double Sin2DoubleTheta12 => 4 * Sin2Theta12 * Cos2Theta12;

    /// <summary>|U_e1|^2 = c12^2 c13^2.</summary>
    public double Ue1Sq => Cos2Theta12 * Cos2Theta13;

    /// <summary>|U_e2|^2 = s12^2 c13^2.</summary>
    public double Ue2Sq => Sin2Theta12 * Cos2Theta13;

    /// <summary>|U_e3|^2 = s13^2.</summary>
    public double Ue3Sq => Sin2Theta13;

    /// <summary>
    /// A copy with one parameter replaced, by key (<see cref="Keys"/>; case-insensitive).
    /// Unknown keys and invalid values throw <see cref="UserInputException"/> naming the key.
    /// </summary>
    public MixingParameters With(string key, double value) => key.Trim().ToLowerInvariant() switch
    {
        "sin2_theta12" => this with { Sin2Theta12 = value },
        "sin2_theta13" => this with { Sin2Theta13 = value },
        "sin2_theta23" => this with { Sin2Theta23 = value },
        "dm21sq" => this with { DeltaM21Sq = value },
        "dm31sq" => this with { DeltaM31Sq = value },
        "delta_cp" => this with { DeltaCp = value },
        _ => throw new UserInputException(
            $"mixing parameter '{key}': unknown; expected one of {string.Join(", ", Keys)}"),
    };

    private static double RequireSinSquared(double value, string what)
    {
        UserInputException.RequireFinite(value, what);
        if (value < 0 || value > 1)
            throw new UserInputException($"{what}: expected sin^2 of an angle in [0, 1], got {value}");
        return value;
    }
}
