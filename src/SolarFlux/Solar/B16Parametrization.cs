namespace SolarFlux.Solar;

/// <summary>
/// The project's own parametrization of the B16 standard solar models (Vinyoles et al., ApJ 835, 202
/// (2017)): electron density n_e(r) and the radial production distribution dPhi/dr of each species.
/// The coefficients below were fitted by us (weighted linear least squares, fit script kept outside the
/// repository) to the B16 per-zone tables nudistr_b16_gs98.dat / nudistr_b16_agss09.dat (0 &lt; r &lt; 0.5):
/// <list type="bullet">
/// <item>log10(n_e / [N_A cm^-3]) = sum_k a_k T_k(4r - 1), degree 7; max deviation 0.2% (the table itself is
///   rounded to 0.1%).</item>
/// <item>dPhi/dr proportional to r^2 exp(sum_k b_k T_k(2r/r_max - 1)) for r &lt; r_max (zero beyond), degree 6,
///   where r_max is the radius at which the table falls below 1e-6 of its peak.</item>
/// <item>13N is bimodal: the CN-equilibrium core, where 13N follows 15O exactly (dPhi_13N/dr = alpha dPhi_15O/dr,
///   alpha the table's ratio at the centre), plus the outer 12C-burning shell, exp(sum_k s_k T_k(x)) with
///   x mapped linearly from [r_lo, r_hi] to [-1, 1].</item>
/// </list>
/// Tests (tests/SolarFlux.Tests/Solar) check means, widths, n_e and the production-averaged P_ee against the
/// tables. Radii in R_sun.
/// </summary>
internal static class B16Parametrization
{
    /// <summary>Upper end of the fitted radial range [R_sun].</summary>
    public const double MaxRadius = 0.5;

    public static double ElectronDensity(SolarModelName model, double radius)
    {
        if (!(radius >= 0 && radius <= MaxRadius))
            throw new ArgumentOutOfRangeException(nameof(radius), radius, $"parametrized for 0 <= r <= {MaxRadius} R_sun");
        var a = model == SolarModelName.Gs98 ? Gs98LogElectronDensity : Agss09LogElectronDensity;
        return Math.Pow(10, ChebyshevSeries.Evaluate(a, 4 * radius - 1));
    }

    /// <summary>Radius beyond which the species' production is below 1e-6 of its peak [R_sun].</summary>
    public static double ProductionRangeEnd(SolarModelName model, NeutrinoSpecies species) =>
        species == NeutrinoSpecies.N13
            ? Math.Max(Profile(model, NeutrinoSpecies.O15).RMax, N13Shell(model).RHi)
            : Profile(model, species).RMax;

    /// <summary>dPhi/dr of the species at radius r, up to normalization.</summary>
    public static double ProductionDensity(SolarModelName model, NeutrinoSpecies species, double radius)
    {
        if (species == NeutrinoSpecies.N13)
        {
            var (alpha, rLo, rHi, s) = N13Shell(model);
            double shell = radius >= rLo && radius < rHi
                ? Math.Exp(ChebyshevSeries.Evaluate(s, 2 * (radius - rLo) / (rHi - rLo) - 1))
                : 0.0;
            return alpha * ProductionDensity(model, NeutrinoSpecies.O15, radius) + shell;
        }
        var (rMax, b) = Profile(model, species);
        return radius < rMax ? radius * radius * Math.Exp(ChebyshevSeries.Evaluate(b, 2 * radius / rMax - 1)) : 0.0;
    }

    private static (double RMax, double[] B) Profile(SolarModelName model, NeutrinoSpecies species) =>
        model == SolarModelName.Gs98 ? Gs98Profiles[(int)species] : Agss09Profiles[(int)species];

    private static (double Alpha, double RLo, double RHi, double[] S) N13Shell(SolarModelName model) =>
        model == SolarModelName.Gs98 ? Gs98N13 : Agss09N13;

    // ---- B16-GS98 ----
    private static readonly double[] Gs98LogElectronDensity = [1.143503, -1.016757, -0.1044656, 0.0430662, -0.003372276, 0.001877231, -0.002879251, 0.001388912];

    // (r_max, b_k) in NeutrinoSpecies order; the 13N entry is unused (see Gs98N13).
    private static readonly (double, double[])[] Gs98Profiles =
    [
        (0.5005, [1.1715006, -7.918595, -0.97422601, 0.45012335, -0.060527421, 0.0056341183, 0.023216265]), // pp
        (0.484, [0.23736516, -9.5990158, -1.2012955, 0.49834168, -0.055094607, 0.0040882412, 0.014141409]), // pep
        (0.4495, [0.92322904, -8.5015999, -2.7509231, -0.048470359, 0.53184497, 0.49712958, 0.29648238]), // hep
        (0.319, [1.8935296, -9.110361, -1.4914729, 0.06728404, -0.27390226, -0.07747518, 0.00095733232]), // Be7
        (0.22, [2.7617291, -9.3672007, -1.5901772, 0.3442797, 0.012840101, -0.0092837278, 0.020124913]), // B8
        (0.0, []), // N13: core follows O15, see below
        (0.2325, [2.6320951, -9.4070628, -1.7165738, 0.3206148, 0.22046339, 0.18121416, 0.091261618]), // O15
        (0.237, [2.5219869, -9.4482778, -1.4806626, 0.34250423, -0.0092698881, 0.0081354248, 0.020971559]), // F17
    ];

    private static readonly (double, double, double, double[]) Gs98N13 =
        (0.73809, 0.125, 0.34, [-4.8860848, -5.1733994, -3.2998739, 2.0618532, -1.3138524, 0.42328041, -0.37838615]);

    // ---- B16-AGSS09met ----
    private static readonly double[] Agss09LogElectronDensity = [1.14687, -1.015439, -0.1077148, 0.04264897, -0.003065555, 0.001760101, -0.002856389, 0.001361778];

    // (r_max, b_k) in NeutrinoSpecies order; the 13N entry is unused (see Agss09N13).
    private static readonly (double, double[])[] Agss09Profiles =
    [
        (0.5005, [1.13919, -7.9791135, -0.99803068, 0.44118652, -0.057138528, 0.0043387082, 0.022909604]), // pp
        (0.4815, [0.26872306, -9.5830607, -1.2279931, 0.48420994, -0.049720867, 0.002660577, 0.013613205]), // pep
        (0.4455, [0.9617138, -8.5041129, -2.7635516, -0.081007367, 0.53767232, 0.49612808, 0.29896774]), // hep
        (0.3175, [1.9007907, -9.1311243, -1.5183106, 0.046899032, -0.27967894, -0.08239986, -0.0009187275]), // Be7
        (0.2195, [2.7667224, -9.3749493, -1.5963237, 0.3393648, 0.01292334, -0.0094275304, 0.018255571]), // B8
        (0.0, []), // N13: core follows O15, see below
        (0.2325, [2.6217532, -9.4128833, -1.7190993, 0.341262, 0.2401474, 0.18856321, 0.091392016]), // O15
        (0.2365, [2.5396724, -9.4309221, -1.4933765, 0.3362502, -0.0081407453, 0.0065039328, 0.019272778]), // F17
    ];

    private static readonly (double, double, double, double[]) Agss09N13 =
        (0.70398, 0.125, 0.337, [-4.6098433, -5.5019113, -2.9956367, 1.8403794, -1.1836851, 0.36518298, -0.35026747]);
}
