using SolarFlux.Spectra;

namespace DetectorResponse.Backgrounds;

/// <summary>
/// Beta spectra of the Borexino backgrounds (physics.md §6; Borexino, Phys. Rev. D 100, 082004 (2019)):
/// kinetic energy of the electron/positron only.
/// </summary>
public static class BackgroundBetaSpectra
{
    /// <summary>14C -&gt; 14N endpoint [MeV]: Q = 156.476 keV (AME2016, Wang et al., Chin. Phys. C 41, 030003 (2017)).</summary>
    public const double C14QValue = 0.156476;

    /// <summary>
    /// Default slope a [1/MeV] of the 14C shape factor 1 + a T: a = 1.24 MeV^-1 as fitted by Borexino's Counting Test
    /// Facility, G. Alimonti et al., Phys. Lett. B 422, 349 (1998). Poorly known; configurable.
    /// </summary>
    public const double C14DefaultShapeSlope = 1.24;

    /// <summary>85Kr -&gt; 85Rb main branch (99.56%) endpoint [MeV] (physics.md §6).</summary>
    public const double Kr85QValue = 0.687;

    /// <summary>210Bi -&gt; 210Po endpoint [MeV] (physics.md §6).</summary>
    public const double Bi210QValue = 1.162;

    /// <summary>
    /// 210Bi shape-factor coefficients (c1, c2, c3) of 1 + c1/W + c2 W + c3 W^2 (W in m_e), as given in
    /// physics.md §6; primary source not confirmed. Mean electron energy 0.310 MeV with this form; the
    /// Si(Li) measurement of Alekseev et al. (<see cref="Bi210ShapeCoefficientsAlekseev2020"/>) gives 0.318 MeV.
    /// </summary>
    public static readonly (double C1, double C2, double C3) Bi210ShapeCoefficients = (28.466, 0.578, -0.658);

    /// <summary>
    /// 210Bi shape factor S(W) = 1 + (-0.4363 +- 0.0037) W + (0.0523 +- 0.0010) W^2 measured with a Si(Li)
    /// spectrometer: I.E. Alekseev et al., "Precision measurement of 210Bi beta-spectrum", arXiv:2005.08481
    /// (2020). Same polynomial form with c1 = 0.
    /// </summary>
    public static readonly (double C1, double C2, double C3) Bi210ShapeCoefficientsAlekseev2020 = (0.0, -0.4363, 0.0523);

    /// <summary>11C -&gt; 11B positron endpoint [MeV] (physics.md §6): Q_EC - 2 m_e = 0.960 MeV.</summary>
    public const double C11QValue = 0.960;

    /// <summary>14C: beta-, allowed (hindered Gamow-Teller) with the empirical shape factor 1 + a T.</summary>
    public static BetaDecaySpectrum Carbon14(double shapeSlopePerMeV = C14DefaultShapeSlope) =>
        new("14C", C14QValue, daughterCharge: 7, massNumber: 14, BetaDecayKind.BetaMinus,
            ShapeFactors.LinearInKineticEnergy(shapeSlopePerMeV));

    /// <summary>85Kr: beta-, first-forbidden unique (9/2+ -&gt; 5/2-), shape factor p_e^2 + p_nu^2.</summary>
    public static BetaDecaySpectrum Krypton85() =>
        new("85Kr", Kr85QValue, daughterCharge: 37, massNumber: 85, BetaDecayKind.BetaMinus, ShapeFactors.FirstForbiddenUnique);

    /// <summary>210Bi: beta-, first-forbidden non-unique (1- -&gt; 0+) with the empirical shape factor of physics.md §6 (<see cref="Bi210ShapeCoefficients"/>).</summary>
    public static BetaDecaySpectrum Bismuth210() =>
        new("210Bi", Bi210QValue, daughterCharge: 84, massNumber: 210, BetaDecayKind.BetaMinus,
            ShapeFactors.PolynomialInTotalEnergy(Bi210ShapeCoefficients.C1, Bi210ShapeCoefficients.C2, Bi210ShapeCoefficients.C3));

    /// <summary>210Bi with the measured shape factor of Alekseev et al., arXiv:2005.08481 (2020): an alternative to <see cref="Bismuth210"/>.</summary>
    public static BetaDecaySpectrum Bismuth210Alekseev2020() =>
        new("210Bi", Bi210QValue, daughterCharge: 84, massNumber: 210, BetaDecayKind.BetaMinus,
            ShapeFactors.PolynomialInTotalEnergy(Bi210ShapeCoefficientsAlekseev2020.C1, Bi210ShapeCoefficientsAlekseev2020.C2, Bi210ShapeCoefficientsAlekseev2020.C3));

    /// <summary>11C: beta+, allowed; positron kinetic energy only (the two 511 keV gammas are added by the detector response).</summary>
    public static BetaDecaySpectrum Carbon11() =>
        new("11C", C11QValue, daughterCharge: 5, massNumber: 11, BetaDecayKind.BetaPlus);
}
