using System.Numerics;
using SolarFlux.Common;

namespace SpectralFit.Moments;

/// <summary>
/// The neutrino electromagnetic moment matrix lambda = mu - i d (magnetic moments mu, electric dipole moments d),
/// in the notation of Grimus &amp; Schwetz, Nucl. Phys. B 587, 45 (2000) (physics.md §5), in mu_B or any
/// common unit. Dirac: mu and d hermitian. Majorana: lambda antisymmetric, lambda_ab = eps_abc Lambda_c with
/// complex transition moments Lambda_c = |Lambda_c| e^{i zeta_c}.
/// Basis change (U = PMNS, nu_alpha = sum_i U_alpha,i nu_i):
/// Majorana lambda~ = U^T lambda U; Dirac lambda~ = U^dagger lambda U (lambda~ in the mass basis).
/// For Majorana neutrinos this implies for the transition moments (from eps_abc U_ai U_bj U_ck = det(U) eps_ijk):
/// Lambda~ = det(U) U^dagger Lambda, i.e. Lambda_alpha = det(U)^* sum_i U_alpha,i Lambda~_i. The common phase
/// det(U) = e^{i(alpha21 + alpha31)/2} drops out of every effective moment, and sum |Lambda|^2 is basis independent.
/// </summary>
public sealed class MomentMatrix
{
    private MomentMatrix(NeutrinoNature nature, MomentBasis basis, ComplexMatrix3 lambda)
    {
        Nature = nature;
        Basis = basis;
        Lambda = lambda;
    }

    public NeutrinoNature Nature { get; }

    public MomentBasis Basis { get; }

    /// <summary>lambda = mu - i d, rows/columns in <see cref="Basis"/>.</summary>
    public ComplexMatrix3 Lambda { get; }

    /// <summary>The magnetic-moment matrix mu = (lambda + lambda^dagger)/2 (hermitian).</summary>
    public ComplexMatrix3 Mu => new Complex(0.5, 0) * (Lambda + Lambda.Adjoint());

    /// <summary>The electric-dipole matrix d = i (lambda - lambda^dagger)/2 (hermitian).</summary>
    public ComplexMatrix3 D => new Complex(0, 0.5) * (Lambda - Lambda.Adjoint());

    /// <summary>Dirac moments from the hermitian matrices mu and d.</summary>
    /// <exception cref="UserInputException">mu or d is not hermitian (the message names the element).</exception>
    public static MomentMatrix Dirac(ComplexMatrix3 mu, ComplexMatrix3 d, MomentBasis basis)
    {
        RequireFiniteElements(mu, "Dirac magnetic-moment matrix mu", basis);
        RequireFiniteElements(d, "Dirac electric-dipole matrix d", basis);
        RequireHermitian(mu, "Dirac magnetic-moment matrix mu", basis);
        RequireHermitian(d, "Dirac electric-dipole matrix d", basis);
        return new MomentMatrix(NeutrinoNature.Dirac, basis, mu - new Complex(0, 1) * d);
    }

    /// <summary>
    /// Dirac moments diagonal in <paramref name="basis"/>: lambda = diag(lambda_1, lambda_2, lambda_3); each
    /// complex diagonal element is mu_jj - i d_jj with real mu_jj, d_jj (so mu and d are hermitian).
    /// </summary>
    public static MomentMatrix DiracDiagonal(ComplexVector3 diagonal, MomentBasis basis)
    {
        var lambda = ComplexMatrix3.Diagonal(diagonal.X0, diagonal.X1, diagonal.X2);
        RequireFiniteElements(lambda, "Dirac diagonal moments", basis);
        return new MomentMatrix(NeutrinoNature.Dirac, basis, lambda);
    }

    /// <summary>Majorana moments from the transition moments: lambda_ab = eps_abc Lambda_c.</summary>
    public static MomentMatrix Majorana(ComplexVector3 transitionMoments, MomentBasis basis)
    {
        Complex l0 = transitionMoments.X0, l1 = transitionMoments.X1, l2 = transitionMoments.X2;
        var lambda = ComplexMatrix3.FromRows(
            0, l2, -l1,
            -l2, 0, l0,
            l1, -l0, 0);
        RequireFiniteElements(lambda, "Majorana transition moments Lambda", basis);
        return new MomentMatrix(NeutrinoNature.Majorana, basis, lambda);
    }

    /// <summary>Majorana moments from a full lambda matrix, which must be antisymmetric.</summary>
    /// <exception cref="UserInputException">lambda is not antisymmetric (the message names the element).</exception>
    public static MomentMatrix MajoranaFromMatrix(ComplexMatrix3 lambda, MomentBasis basis)
    {
        RequireFiniteElements(lambda, "Majorana moment matrix lambda", basis);
        if (lambda.FirstNonAntisymmetricElement() is (int r, int c))
        {
            string what = r == c
                ? $"its diagonal element lambda({Label(basis, r)},{Label(basis, r)}) = {ComplexMatrix3.Format(lambda[r, r])} must be 0"
                : $"lambda({Label(basis, r)},{Label(basis, c)}) = {ComplexMatrix3.Format(lambda[r, c])} " +
                  $"but -lambda({Label(basis, c)},{Label(basis, r)}) = {ComplexMatrix3.Format(-lambda[c, r])}";
            throw new UserInputException(
                $"Majorana moment matrix lambda ({BasisName(basis)} basis) must be antisymmetric (lambda = -lambda^T): {what}");
        }
        return new MomentMatrix(NeutrinoNature.Majorana, basis, lambda);
    }

    /// <summary>
    /// Majorana transition moments Lambda_c = (1/2) eps_abc lambda_ab: (lambda_23, lambda_31, lambda_12) in
    /// 1-based indices. Throws for Dirac moments.
    /// </summary>
    public ComplexVector3 TransitionMoments => Nature == NeutrinoNature.Majorana
        ? new ComplexVector3(Lambda[1, 2], Lambda[2, 0], Lambda[0, 1])
        : throw new InvalidOperationException("transition moments Lambda_c are defined for Majorana neutrinos only");

    /// <summary>The same moments in the mass basis (returns this when already there).</summary>
    public MomentMatrix InMassBasis(PmnsMatrix pmns)
    {
        if (Basis == MomentBasis.Mass)
            return this;
        var u = pmns.U;
        var tilde = Nature == NeutrinoNature.Majorana
            ? u.Transpose() * Lambda * u     // lambda~ = U^T lambda U
            : u.Adjoint() * Lambda * u;      // lambda~ = U^dagger lambda U
        return new MomentMatrix(Nature, MomentBasis.Mass, tilde);
    }

    /// <summary>The same moments in the flavour basis (returns this when already there).</summary>
    public MomentMatrix InFlavourBasis(PmnsMatrix pmns)
    {
        if (Basis == MomentBasis.Flavour)
            return this;
        var u = pmns.U;
        var flavour = Nature == NeutrinoNature.Majorana
            ? u.Conjugate() * Lambda * u.Adjoint()   // lambda = U* lambda~ U^dagger
            : u * Lambda * u.Adjoint();              // lambda = U lambda~ U^dagger
        return new MomentMatrix(Nature, MomentBasis.Flavour, flavour);
    }

    /// <summary>Row/column label: e, mu, tau (flavour) or 1, 2, 3 (mass).</summary>
    public static string Label(MomentBasis basis, int k) =>
        basis == MomentBasis.Flavour ? k switch { 0 => "e", 1 => "mu", _ => "tau" } : (k + 1).ToString();

    private static string BasisName(MomentBasis basis) => basis == MomentBasis.Flavour ? "flavour" : "mass";

    private static void RequireHermitian(ComplexMatrix3 m, string what, MomentBasis basis)
    {
        if (m.FirstNonHermitianElement() is not (int r, int c))
            return;
        string a = Label(basis, r), b = Label(basis, c);
        string detail = r == c
            ? $"its diagonal element ({a},{a}) = {ComplexMatrix3.Format(m[r, r])} must be real"
            : $"element ({a},{b}) = {ComplexMatrix3.Format(m[r, c])} but conj(({b},{a})) = {ComplexMatrix3.Format(Complex.Conjugate(m[c, r]))}";
        throw new UserInputException($"{what} ({BasisName(basis)} basis) must be hermitian: {detail}");
    }

    private static void RequireFiniteElements(ComplexMatrix3 m, string what, MomentBasis basis)
    {
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++)
                if (!double.IsFinite(m[r, c].Real) || !double.IsFinite(m[r, c].Imaginary))
                    throw new UserInputException(
                        $"{what} ({BasisName(basis)} basis): element ({Label(basis, r)},{Label(basis, c)}) is not a finite number");
    }
}
