using System.Numerics;
using SolarFlux.Common;
using SolarFlux.Oscillations;

namespace SpectralFit.Moments;

/// <summary>
/// The region of Majorana transition moments (|Lambda_a|, |Lambda_b|) allowed by a limit on the solar effective
/// moment, with all phases and the third modulus free (as in Grimus et al., Nucl. Phys. B 648, 376 (2003)).
/// <para>
/// Solar mu_eff^2 = sum_m (1 - P_em) |Lambda~_m|^2 (mass basis; physics.md §5 with sum_j P_ej = 1). Since
/// lambda~ = U^T lambda U maps Lambda~ = det(U) U^dagger Lambda, in either basis mu_eff^2 = Lambda^dagger A Lambda with
/// A = diag(1 - P_e) (mass) or A = U diag(1 - P_e) U^dagger (flavour). Minimizing over the free complex third
/// component c leaves the Schur complement B = A_[ab] - A_[ab],c A_cc^-1 A_c,[ab], and minimizing over the
/// relative phase gives Q(x, y) = B_aa x^2 + B_bb y^2 - 2 |B_ab| x y. The allowed region is Q(x, y) &lt;= mu_lim^2:
/// the quarter of an ellipse.
/// </para>
/// </summary>
public sealed class TransitionMomentRegion
{
    private TransitionMomentRegion(MomentBasis basis, int a, int b, double muEffLimit, double baa, double bbb, double babAbs)
    {
        Basis = basis;
        IndexA = a;
        IndexB = b;
        MuEffLimit = muEffLimit;
        Baa = baa;
        Bbb = bbb;
        BabModulus = babAbs;
    }

    /// <summary>Region in the plane (|Lambda_a|, |Lambda_b|), a != b in 0..2, for the given signal-averaged P_ej.</summary>
    public static TransitionMomentRegion Create(MomentBasis basis, int a, int b, double muEffLimit,
        MassStateProbabilities massStates, PmnsMatrix pmns)
    {
        if (a is < 0 or > 2 || b is < 0 or > 2 || a == b)
            throw new ArgumentOutOfRangeException(nameof(b), $"plane ({a},{b}): expected two different indices in 0..2");
        UserInputException.RequireFinite(muEffLimit, "mu_eff limit");
        if (muEffLimit <= 0)
            throw new UserInputException($"mu_eff limit: expected a value > 0, got {muEffLimit}");
        ArgumentNullException.ThrowIfNull(pmns);

        var oneMinusP = ComplexMatrix3.Diagonal(1 - massStates.Pe1, 1 - massStates.Pe2, 1 - massStates.Pe3);
        var form = basis == MomentBasis.Mass ? oneMinusP : pmns.U * oneMinusP * pmns.U.Adjoint();
        int c = 3 - a - b;
        Complex acc = form[c, c];
        Complex baa = form[a, a] - form[a, c] * form[c, a] / acc;
        Complex bbb = form[b, b] - form[b, c] * form[c, b] / acc;
        Complex bab = form[a, b] - form[a, c] * form[c, b] / acc;
        return new TransitionMomentRegion(basis, a, b, muEffLimit, baa.Real, bbb.Real, bab.Magnitude);
    }

    public MomentBasis Basis { get; }

    /// <summary>Index (0..2) of the moment on the horizontal axis.</summary>
    public int IndexA { get; }

    /// <summary>Index (0..2) of the moment on the vertical axis.</summary>
    public int IndexB { get; }

    public double MuEffLimit { get; }

    /// <summary>Coefficients of Q(x, y) = Baa x^2 + Bbb y^2 - 2 |Bab| x y.</summary>
    public double Baa { get; }

    public double Bbb { get; }

    public double BabModulus { get; }

    /// <summary>Name of the horizontal axis, e.g. "|Lambda_1|" or "|Lambda_mu|".</summary>
    public string AxisA => $"|Lambda_{MomentMatrix.Label(Basis, IndexA)}|";

    public string AxisB => $"|Lambda_{MomentMatrix.Label(Basis, IndexB)}|";

    /// <summary>The smallest mu_eff^2 reachable at moduli (x, y) with phases and the third modulus free.</summary>
    public double MinimumMuEffSquared(double x, double y) => Baa * x * x + Bbb * y * y - 2 * BabModulus * x * y;

    public bool IsAllowed(double x, double y) => MinimumMuEffSquared(x, y) <= MuEffLimit * MuEffLimit * (1 + 1e-12);

    /// <summary>Largest allowed |Lambda_a| anywhere in the region (over all |Lambda_b|).</summary>
    public double MaxA => MuEffLimit * Math.Sqrt(Bbb / Determinant);

    /// <summary>Largest allowed |Lambda_b| anywhere in the region.</summary>
    public double MaxB => MuEffLimit * Math.Sqrt(Baa / Determinant);

    /// <summary>
    /// Points (x, y) on the boundary Q = mu_lim^2, from the x axis (angle 0) to the y axis (angle pi/2),
    /// evenly spaced in polar angle.
    /// </summary>
    public (double X, double Y)[] Boundary(int points = 91)
    {
        if (points < 2)
            throw new ArgumentOutOfRangeException(nameof(points), points, "expected at least 2 points");
        var boundary = new (double X, double Y)[points];
        for (int i = 0; i < points; i++)
        {
            double angle = 0.5 * Math.PI * i / (points - 1);
            double cos = Math.Cos(angle), sin = Math.Sin(angle);
            double r = MuEffLimit / Math.Sqrt(MinimumMuEffSquared(cos, sin));
            boundary[i] = (r * cos, r * sin);
        }
        return boundary;
    }

    private double Determinant => Baa * Bbb - BabModulus * BabModulus;
}
