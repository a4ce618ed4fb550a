using SpectralFit.Parameters;

namespace SpectralFit.Likelihood;

/// <summary>
/// The gallium constraint of the Borexino magnetic-moment analysis (physics.md section 7;
/// PRD 96, 091103 (2017)). The 71Ga capture rate predicted from the fitted Borexino rates is
/// R_Ga = sum_i c_i r_i + R_fixed, with c_i = (R_i^Ga / R_i^Bx)_SSM in SNU per (cpd/100t) for each
/// fitted species i (pp, 7Be) and R_fixed the SNU of the species held at their SSM values (pep, CNO,
/// 8B, hep). It becomes a Gaussian pull on the pp and 7Be rates:
/// ((R_Ga(r) - 66.1) / sigma_tot)^2, sigma_tot from <see cref="GalliumMeasurement.TotalSigmaSnu"/>.
/// The physics layer computes c_i and R_fixed (SSM fluxes, P_ee, the Bahcall 1997 cross sections);
/// this factory only assembles the term.
/// </summary>
public static class GalliumConstraint
{
    /// <param name="parameters">The fit's parameters (rate names must exist).</param>
    /// <param name="snuPerRate">c_i per rate-parameter name [SNU per unit of that rate].</param>
    /// <param name="fixedSpeciesSnu">SNU from species not fitted (held at the SSM).</param>
    /// <param name="measurement">Measured rate and uncertainties; null = the published defaults.</param>
    public static LinearGaussianConstraint Create(ParameterSet parameters, IReadOnlyDictionary<string, double> snuPerRate,
        double fixedSpeciesSnu, GalliumMeasurement? measurement = null)
    {
        var m = measurement ?? new GalliumMeasurement();
        return new LinearGaussianConstraint("gallium capture rate", parameters, snuPerRate,
            fixedSpeciesSnu, m.RateSnu, m.TotalSigmaSnu);
    }
}
