namespace DetectorResponse.Backgrounds;

/// <summary>The beta shape factors used for the Borexino backgrounds (physics.md §6).</summary>
public static class ShapeFactors
{
    /// <summary>Allowed transition: C = 1.</summary>
    public static BetaShapeFactor Allowed { get; } = _ => 1.0;

    /// <summary>
    /// First-forbidden unique transition in the lambda_2 = 1 approximation: C = p_e^2 + p_nu^2
    /// (momenta in m_e; Konopinski, The Theory of Beta Radioactivity (1966); used for 85Kr by Borexino).
    /// </summary>
    public static BetaShapeFactor FirstForbiddenUnique { get; } = k => k.Momentum * k.Momentum + k.NeutrinoMomentum * k.NeutrinoMomentum;

    /// <summary>Empirical linear shape factor C = 1 + a T with T the kinetic energy in MeV and a in 1/MeV (14C).</summary>
    public static BetaShapeFactor LinearInKineticEnergy(double slopePerMeV)
    {
        if (!double.IsFinite(slopePerMeV))
            throw new ArgumentOutOfRangeException(nameof(slopePerMeV), slopePerMeV, "shape-factor slope must be finite");
        return k => 1 + slopePerMeV * k.KineticEnergy;
    }

    /// <summary>
    /// Empirical first-forbidden non-unique shape factor C = 1 + c1/W + c2 W + c3 W^2, W the total energy in m_e
    /// (the 210Bi form of physics.md §6).
    /// </summary>
    public static BetaShapeFactor PolynomialInTotalEnergy(double c1, double c2, double c3)
    {
        if (!double.IsFinite(c1) || !double.IsFinite(c2) || !double.IsFinite(c3))
            throw new ArgumentOutOfRangeException(nameof(c1), "shape-factor coefficients must be finite");
        return k => 1 + c1 / k.TotalEnergy + c2 * k.TotalEnergy + c3 * k.TotalEnergy * k.TotalEnergy;
    }
}
