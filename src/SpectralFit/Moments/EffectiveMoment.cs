using SolarFlux;
using SolarFlux.Oscillations;

namespace SpectralFit.Moments;

/// <summary>
/// The effective magnetic moment seen in nu-e scattering (Grimus &amp; Schwetz, Nucl. Phys. B 587, 45 (2000);
/// physics.md §5): mu_eff^2 = a_-^dagger lambda^dagger lambda a_- + a_+^dagger lambda lambda^dagger a_+.
/// Results are in the units of the moment matrix (squared for the *Squared methods).
/// </summary>
public static class EffectiveMoment
{
    /// <summary>
    /// mu_eff^2 for a state given in the flavour basis. When the moments are in the mass basis, the state is taken
    /// there too: a~_- = U^dagger a_-, and a~_+ = U^T a_+ (Majorana) or U^dagger a_+ (Dirac) — the transformations
    /// that leave mu_eff^2 unchanged given lambda~ = U^T lambda U (Majorana) or U^dagger lambda U (Dirac).
    /// </summary>
    public static double Squared(MomentMatrix moments, IncomingState state, PmnsMatrix pmns)
    {
        ArgumentNullException.ThrowIfNull(moments);
        ArgumentNullException.ThrowIfNull(state);
        ComplexVector3 aMinus = state.NegativeHelicity, aPlus = state.PositiveHelicity;
        if (moments.Basis == MomentBasis.Mass)
        {
            ArgumentNullException.ThrowIfNull(pmns);
            var uDagger = pmns.U.Adjoint();
            aMinus = uDagger * aMinus;
            aPlus = (moments.Nature == NeutrinoNature.Majorana ? pmns.U.Transpose() : uDagger) * aPlus;
        }
        return Squared(moments.Lambda, aMinus, aPlus);
    }

    /// <summary>mu_eff for a state given in the flavour basis (see <see cref="Squared(MomentMatrix, IncomingState, PmnsMatrix)"/>).</summary>
    public static double Of(MomentMatrix moments, IncomingState state, PmnsMatrix pmns) =>
        Math.Sqrt(Squared(moments, state, pmns));

    /// <summary>
    /// mu_eff^2 = |lambda a_-|^2 + |lambda^dagger a_+|^2 with lambda and the a's in the same basis.
    /// </summary>
    public static double Squared(ComplexMatrix3 lambda, ComplexVector3 aMinus, ComplexVector3 aPlus) =>
        (lambda * aMinus).NormSquared + (lambda.Adjoint() * aPlus).NormSquared;

    /// <summary>
    /// Solar neutrinos arrive as an incoherent mixture of mass states j with probabilities P_ej:
    /// mu_eff^2 = sum_j P_ej (lambda~^dagger lambda~)_jj = sum_j P_ej sum_k |lambda~_kj|^2 (mass basis).
    /// For moments given in the mass basis it is independent of all phases (delta_CP, Majorana phases and the
    /// phases of the moments); for flavour-basis moments delta_CP enters through lambda~. For Majorana neutrinos
    /// |lambda~_kj| = |lambda~_jk|, which gives the form of physics.md §5.
    /// </summary>
    public static double SolarSquared(MomentMatrix moments, MassStateProbabilities massStates, PmnsMatrix pmns)
    {
        ArgumentNullException.ThrowIfNull(moments);
        var tilde = moments.InMassBasis(pmns).Lambda;
        double p0 = massStates.Pe1, p1 = massStates.Pe2, p2 = massStates.Pe3;
        return p0 * ColumnNormSquared(tilde, 0) + p1 * ColumnNormSquared(tilde, 1) + p2 * ColumnNormSquared(tilde, 2);
    }

    /// <summary>Solar mu_eff at one species and neutrino energy [MeV].</summary>
    public static double Solar(MomentMatrix moments, PmnsMatrix pmns, ISurvivalProbability survival, NeutrinoSpecies species, double energy)
    {
        ArgumentNullException.ThrowIfNull(survival);
        return Math.Sqrt(SolarSquared(moments, survival.MassStates(species, energy), pmns));
    }

    /// <summary>
    /// Solar mu_eff as a detector measures it: mu_eff^2 averaged over its magnetic-moment signal (weights = the
    /// magnetic-moment recoil rate per species and energy in the fit window).
    /// </summary>
    public static double Solar(MomentMatrix moments, PmnsMatrix pmns, ISurvivalProbability survival, IReadOnlyList<WeightedNeutrino> signal) =>
        Math.Sqrt(SolarSquared(moments, SolarSignalAverage.MassStates(survival, signal), pmns));

    /// <summary>
    /// Solar mu_eff as a detector with recoil window <paramref name="window"/> measures it: the signal weights are the
    /// magnetic-moment recoil rates of every species with the given SSM fluxes (<see cref="MagneticMomentSignal"/>).
    /// </summary>
    public static double Solar(MomentMatrix moments, PmnsMatrix pmns, ISurvivalProbability survival,
        SolarFlux.Solar.SsmFluxes fluxes, RecoilWindow window) =>
        Solar(moments, pmns, survival, MagneticMomentSignal.AllSpecies(fluxes, window));

    private static double ColumnNormSquared(ComplexMatrix3 m, int column)
    {
        double sum = 0;
        for (int k = 0; k < 3; k++)
        {
            var z = m[k, column];
            sum += z.Real * z.Real + z.Imaginary * z.Imaginary;
        }
        return sum;
    }
}
