using MathNet.Numerics;

namespace SolarFlux.Spectra;

/// <summary>
/// Relativistic Fermi function F0(Z, W): the Coulomb distortion of the beta-lepton wave function at the
/// nuclear radius, for a point charge (Behrens &amp; Jaenecke, Landolt-Boernstein I/4 (1969);
/// Hayen et al., Rev. Mod. Phys. 90, 015008 (2018), Sec. IV.B):
/// <code>
///   F0(Z, W) = 2 (1 + gamma) (2 p R)^(2 gamma - 2) exp(pi eta) |Gamma(gamma + i eta)|^2 / Gamma(2 gamma + 1)^2
///   gamma = sqrt(1 - (alpha Z)^2),   eta = +- alpha Z W / p   (+ for beta-, - for beta+)
/// </code>
/// Z is the charge of the DAUGHTER nucleus, W the total lepton energy and p its momentum in units of m_e,
/// R the nuclear radius in units of hbar/(m_e c). For Z = 0, F0 = 1.
/// </summary>
public sealed class FermiFunction
{
    private readonly double _gamma;
    private readonly double _signedAlphaZ;
    private readonly double _logConstant;   // ln[2 (1 + gamma)] - 2 ln Gamma(2 gamma + 1) + (2 gamma - 2) ln(2 R)
    private readonly bool _trivial;

    /// <param name="daughterCharge">Z of the daughter nucleus (0 &lt;= Z &lt; 137).</param>
    /// <param name="kind">beta- (electron) or beta+ (positron).</param>
    /// <param name="nuclearRadiusFm">Nuclear radius [fm]; see <see cref="NuclearRadiusFm"/>.</param>
    public FermiFunction(int daughterCharge, BetaDecayKind kind, double nuclearRadiusFm)
    {
        if (daughterCharge < 0 || daughterCharge >= 137)
            throw new ArgumentOutOfRangeException(nameof(daughterCharge), daughterCharge, "daughter charge must be in [0, 136]");
        if (!(nuclearRadiusFm > 0) || !double.IsFinite(nuclearRadiusFm))
            throw new ArgumentOutOfRangeException(nameof(nuclearRadiusFm), nuclearRadiusFm, "nuclear radius must be finite and > 0");
        DaughterCharge = daughterCharge;
        Kind = kind;
        RadiusFm = nuclearRadiusFm;
        _trivial = daughterCharge == 0;

        double alphaZ = PhysicalConstants.FineStructure * daughterCharge;
        _gamma = Math.Sqrt(1 - alphaZ * alphaZ);
        _signedAlphaZ = kind == BetaDecayKind.BetaMinus ? alphaZ : -alphaZ;
        // R in units of the electron Compton wavelength hbar/(m_e c) = HbarC / m_e [cm]; 1 fm = 1e-13 cm.
        double radius = nuclearRadiusFm * 1e-13 / (PhysicalConstants.HbarC / PhysicalConstants.ElectronMass);
        _logConstant = Math.Log(2 * (1 + _gamma)) - 2 * SpecialFunctions.GammaLn(2 * _gamma + 1)
                       + (2 * _gamma - 2) * Math.Log(2 * radius);
    }

    /// <summary>Fermi function for a nucleus of mass number A with the radius <see cref="NuclearRadiusFm"/>.</summary>
    public static FermiFunction ForNucleus(int daughterCharge, int massNumber, BetaDecayKind kind) =>
        new(daughterCharge, kind, NuclearRadiusFm(massNumber));

    /// <summary>Uniform-sphere nuclear radius R = 1.2 fm A^(1/3) (e.g. Krane, Introductory Nuclear Physics, Eq. 3.13).</summary>
    public static double NuclearRadiusFm(int massNumber)
    {
        if (massNumber < 1)
            throw new ArgumentOutOfRangeException(nameof(massNumber), massNumber, "mass number must be >= 1");
        return 1.2 * Math.Cbrt(massNumber);
    }

    public int DaughterCharge { get; }

    public BetaDecayKind Kind { get; }

    public double RadiusFm { get; }

    /// <summary>F0 at total lepton energy W [m_e] (W &gt; 1). Allocation-free.</summary>
    public double Value(double totalEnergy)
    {
        double p = Math.Sqrt(totalEnergy * totalEnergy - 1);
        return MomentumTimesValue(totalEnergy, p) / p;
    }

    /// <summary>F0 at lepton kinetic energy T [MeV].</summary>
    public double ValueAtKineticEnergy(double kineticEnergy) =>
        Value(1 + kineticEnergy / PhysicalConstants.ElectronMass);

    /// <summary>
    /// p F0(Z, W) with p the lepton momentum [m_e]: the combination entering the beta spectrum. Finite as p -&gt; 0
    /// (beta-: tends to a positive constant; beta+: tends to 0), so spectra can be evaluated at the endpoint.
    /// </summary>
    public double MomentumTimesValue(double totalEnergy, double momentum)
    {
        if (_trivial)
            return momentum;
        if (!(momentum > 0))
            return Kind == BetaDecayKind.BetaPlus ? 0 : MomentumTimesValue(totalEnergy, 1e-9);
        double eta = _signedAlphaZ * totalEnergy / momentum;
        double logF = _logConstant + (2 * _gamma - 2) * Math.Log(momentum) + Math.PI * eta
                      + 2 * ComplexLogGamma.LogAbs(_gamma, eta);
        return momentum * Math.Exp(logF);
    }
}
