using System.Numerics;
using SolarFlux.Common;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class MomentMatrixTests
{
    [Test]
    public void Dirac_NonHermitianMu_ThrowsNamingTheElement()
    {
        var mu = ComplexMatrix3.FromRows(1e-11, 2e-11, 0, 3e-11, 1e-11, 0, 0, 0, 1e-11);
        var e = Assert.Throws<UserInputException>(() =>
            MomentMatrix.Dirac(mu, ComplexMatrix3.Zero, MomentBasis.Flavour));
        Assert.That(e!.Message, Does.Contain("mu").And.Contain("hermitian").And.Contain("(e,mu)"));
    }

    [Test]
    public void Dirac_ComplexDiagonalD_ThrowsDiagonalMustBeReal()
    {
        var d = ComplexMatrix3.Diagonal(0, new Complex(0, 1e-12), 0);
        var e = Assert.Throws<UserInputException>(() => MomentMatrix.Dirac(ComplexMatrix3.Zero, d, MomentBasis.Mass));
        Assert.That(e!.Message, Does.Contain("electric-dipole").And.Contain("(2,2)").And.Contain("must be real"));
    }

    [Test]
    public void MajoranaFromMatrix_SymmetricPart_ThrowsNamingTheElement()
    {
        var lambda = ComplexMatrix3.FromRows(0, 1e-11, 0, 1e-11, 0, 0, 0, 0, 0);
        var e = Assert.Throws<UserInputException>(() => MomentMatrix.MajoranaFromMatrix(lambda, MomentBasis.Mass));
        Assert.That(e!.Message, Does.Contain("antisymmetric").And.Contain("lambda(1,2)"));
    }

    [Test]
    public void MajoranaFromMatrix_NonZeroDiagonal_Throws()
    {
        var lambda = ComplexMatrix3.Diagonal(0, 0, 1e-11);
        var e = Assert.Throws<UserInputException>(() => MomentMatrix.MajoranaFromMatrix(lambda, MomentBasis.Flavour));
        Assert.That(e!.Message, Does.Contain("lambda(tau,tau)").And.Contain("must be 0"));
    }

    [Test]
    public void Majorana_NonFiniteTransitionMoment_Throws()
    {
        Assert.Throws<UserInputException>(() =>
            MomentMatrix.Majorana(new ComplexVector3(1, double.PositiveInfinity, 0), MomentBasis.Mass));
    }

    [Test]
    public void Majorana_TransitionMoments_FollowLeviCivita()
    {
        var rng = new Random(7);
        var lam = MomentTestData.RandomVector(rng);
        var m = MomentMatrix.Majorana(lam, MomentBasis.Flavour).Lambda;
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
            {
                Complex expected = 0;
                for (int c = 0; c < 3; c++)
                    expected += LeviCivita(a, b, c) * lam[c];
                Assert.That((m[a, b] - expected).Magnitude, Is.LessThan(1e-15), $"lambda[{a},{b}]");
            }
        var back = MomentMatrix.MajoranaFromMatrix(m, MomentBasis.Flavour).TransitionMoments;
        Assert.That(back, Is.EqualTo(lam));
    }

    [Test]
    public void InMassBasis_Majorana_StaysAntisymmetricAndTransitionMomentsRotateWithDetUDaggerU()
    {
        // From U^T (eps.Lambda) U and eps_abc U_ai U_bj U_ck = det(U) eps_ijk: Lambda~ = det(U) U^dagger Lambda.
        var rng = new Random(11);
        for (int trial = 0; trial < 20; trial++)
        {
            var pmns = MomentTestData.RandomPmns(rng);
            var lam = MomentTestData.RandomVector(rng);
            var mass = MomentMatrix.Majorana(lam, MomentBasis.Flavour).InMassBasis(pmns);
            Assert.That(mass.Lambda.FirstNonAntisymmetricElement(1e-12), Is.Null);
            var expected = pmns.U.Adjoint() * lam;
            var tilde = mass.TransitionMoments;
            for (int k = 0; k < 3; k++)
                Assert.That((tilde[k] - pmns.U.Determinant() * (pmns.U.Adjoint() * lam)[k]).Magnitude, Is.LessThan(1e-14));
            Assert.That(expected.NormSquared, Is.EqualTo(lam.NormSquared).Within(1e-13), "|Lambda| is basis independent");
        }
    }

    [TestCase(NeutrinoNature.Dirac)]
    [TestCase(NeutrinoNature.Majorana)]
    public void InFlavourBasis_AfterInMassBasis_RoundTrips(NeutrinoNature nature)
    {
        var rng = new Random(3);
        var pmns = MomentTestData.RandomPmns(rng);
        var flavour = MomentTestData.RandomMoments(rng, nature, MomentBasis.Flavour);
        var back = flavour.InMassBasis(pmns).InFlavourBasis(pmns);
        Assert.That(back.Basis, Is.EqualTo(MomentBasis.Flavour));
        Assert.That(back.Lambda.MaxDifference(flavour.Lambda), Is.LessThan(1e-25));
    }

    [Test]
    public void InMassBasis_Dirac_KeepsMuAndDHermitian()
    {
        var rng = new Random(5);
        var pmns = MomentTestData.RandomPmns(rng);
        var mu = MomentTestData.RandomHermitian(rng);
        var d = MomentTestData.RandomHermitian(rng);
        var mass = MomentMatrix.Dirac(mu, d, MomentBasis.Flavour).InMassBasis(pmns);
        Assert.That(mass.Mu.FirstNonHermitianElement(1e-12), Is.Null);
        Assert.That(mass.D.FirstNonHermitianElement(1e-12), Is.Null);
        // mu~ = U^dagger mu U
        Assert.That(mass.Mu.MaxDifference(pmns.U.Adjoint() * mu * pmns.U), Is.LessThan(1e-14));
        Assert.That(mass.D.MaxDifference(pmns.U.Adjoint() * d * pmns.U), Is.LessThan(1e-14));
    }

    private static int LeviCivita(int a, int b, int c) => (a, b, c) switch
    {
        (0, 1, 2) or (1, 2, 0) or (2, 0, 1) => 1,
        (0, 2, 1) or (2, 1, 0) or (1, 0, 2) => -1,
        _ => 0,
    };
}
