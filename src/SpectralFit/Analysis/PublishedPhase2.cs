namespace SpectralFit.Analysis;

/// <summary>
/// Published Borexino Phase-II numbers the reproduction is compared with (physics.md §6-§7).
/// Rates [cpd/100t; 14C in Bq/100t]: Phase-II best fit, Borexino PRD 100, 082004 (2019); solar pp, 7Be, pep (HZ):
/// Borexino, Nature 562, 505 (2018). Limit: mu_eff &lt; 2.8e-11 mu_B (90% C.L.), Borexino PRD 96, 091103 (2017).
/// </summary>
public static class PublishedPhase2
{
    /// <summary>90% C.L. upper limit on mu_eff [mu_B] with the gallium constraint and systematics.</summary>
    public const double MomentLimit90 = 2.8e-11;

    /// <summary>Published value and 1-sigma error per fit-parameter name.</summary>
    public static IReadOnlyDictionary<string, (double Value, double Error)> Rates { get; } =
        new Dictionary<string, (double, double)>
        {
            ["pp"] = (134, 10),
            ["Be7"] = (48.3, 1.1),
            ["pep"] = (2.43, 0.36),
            ["C14"] = (40.0, 2.0),
            ["pileup"] = (137.5, 2.8),
            ["Kr85"] = (6.8, 1.8),
            ["Bi210"] = (17.5, 1.9),
            ["C11"] = (26.8, 0.2),
            ["Po210"] = (260, 3),
            ["ext_K40"] = (1.0, 0.6),
            ["ext_Bi214"] = (1.9, 0.3),
            ["ext_Tl208"] = (3.3, 0.1),
        };
}
