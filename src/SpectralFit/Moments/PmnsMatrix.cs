using System.Numerics;
using SolarFlux.Common;
using SolarFlux.Oscillations;

namespace SpectralFit.Moments;

/// <summary>
/// The lepton mixing matrix U in the standard parametrization (PDG Review of Particle Physics,
/// "Neutrino mass, mixing and oscillations", Patrignani et al., Chin. Phys. C 40, 100001 (2016), eq. 14.33-14.34):
/// <code>
///     | c12 c13                      s12 c13                      s13 e^{-i delta} |
/// V = | -s12 c23 - c12 s23 s13 e^{i delta}   c12 c23 - s12 s23 s13 e^{i delta}   s23 c13  |
///     | s12 s23 - c12 c23 s13 e^{i delta}   -c12 s23 - s12 c23 s13 e^{i delta}   c23 c13  |
/// U = V diag(1, e^{i alpha21/2}, e^{i alpha31/2})
/// </code>
/// Rows are flavours (e, mu, tau), columns mass states (1, 2, 3): nu_alpha,L = sum_i U_alpha,i nu_i,L.
/// The Majorana phases alpha21, alpha31 are physical only for Majorana neutrinos.
/// </summary>
public sealed class PmnsMatrix
{
    private PmnsMatrix(double s12Sq, double s13Sq, double s23Sq, double deltaCp, double alpha21, double alpha31)
    {
        Sin2Theta12 = s12Sq;
        Sin2Theta13 = s13Sq;
        Sin2Theta23 = s23Sq;
        DeltaCp = deltaCp;
        Alpha21 = alpha21;
        Alpha31 = alpha31;

        double s12 = Math.Sqrt(s12Sq), c12 = Math.Sqrt(1 - s12Sq);
        double s13 = Math.Sqrt(s13Sq), c13 = Math.Sqrt(1 - s13Sq);
        double s23 = Math.Sqrt(s23Sq), c23 = Math.Sqrt(1 - s23Sq);
        Complex eid = Complex.FromPolarCoordinates(1, deltaCp);
        Complex p2 = Complex.FromPolarCoordinates(1, alpha21 / 2);
        Complex p3 = Complex.FromPolarCoordinates(1, alpha31 / 2);

        U = ComplexMatrix3.FromRows(
            c12 * c13, s12 * c13 * p2, s13 * Complex.Conjugate(eid) * p3,
            -s12 * c23 - c12 * s23 * s13 * eid, (c12 * c23 - s12 * s23 * s13 * eid) * p2, s23 * c13 * p3,
            s12 * s23 - c12 * c23 * s13 * eid, (-c12 * s23 - s12 * c23 * s13 * eid) * p2, c23 * c13 * p3);
    }

    /// <summary>
    /// U from the three mixing angles (as sin^2), the Dirac phase and the two Majorana phases (radians).
    /// </summary>
    /// <exception cref="UserInputException">A sin^2 outside [0, 1] or a non-finite phase.</exception>
    public static PmnsMatrix Standard(double sin2Theta12, double sin2Theta13, double sin2Theta23,
        double deltaCp = 0, double alpha21 = 0, double alpha31 = 0)
    {
        RequireSinSquared(sin2Theta12, "sin^2 theta12");
        RequireSinSquared(sin2Theta13, "sin^2 theta13");
        RequireSinSquared(sin2Theta23, "sin^2 theta23");
        UserInputException.RequireFinite(deltaCp, "delta_CP");
        UserInputException.RequireFinite(alpha21, "Majorana phase alpha21");
        UserInputException.RequireFinite(alpha31, "Majorana phase alpha31");
        return new PmnsMatrix(sin2Theta12, sin2Theta13, sin2Theta23, deltaCp, alpha21, alpha31);
    }

    /// <summary>U for a set of oscillation parameters (angles and delta_CP), with optional Majorana phases [rad].</summary>
    public static PmnsMatrix From(MixingParameters mixing, double alpha21 = 0, double alpha31 = 0)
    {
        ArgumentNullException.ThrowIfNull(mixing);
        return Standard(mixing.Sin2Theta12, mixing.Sin2Theta13, mixing.Sin2Theta23, mixing.DeltaCp, alpha21, alpha31);
    }

    public double Sin2Theta12 { get; }

    public double Sin2Theta13 { get; }

    public double Sin2Theta23 { get; }

    /// <summary>Dirac CP phase [rad].</summary>
    public double DeltaCp { get; }

    /// <summary>Majorana phase alpha21 [rad].</summary>
    public double Alpha21 { get; }

    /// <summary>Majorana phase alpha31 [rad].</summary>
    public double Alpha31 { get; }

    /// <summary>The matrix U (rows e, mu, tau; columns 1, 2, 3).</summary>
    public ComplexMatrix3 U { get; }

    /// <summary>|U_ej|^2 for mass state j = 0, 1, 2.</summary>
    public double ElectronRowSquared(int j) => U[0, j].Magnitude * U[0, j].Magnitude;

    private static void RequireSinSquared(double value, string what)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
            throw new UserInputException($"{what}: expected a value in [0, 1], got {value}");
    }
}
