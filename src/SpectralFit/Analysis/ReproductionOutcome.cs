using SpectralFit.Modeling;
using SpectralFit.Reports;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// The reproduction of Borexino's Phase-II magnetic-moment analysis on one dataset (<see cref="ReproductionService"/>):
/// the profile of the configuration as given, the same without the gallium constraint, the systematics run, the
/// rates beside Borexino's and the limits beside the published one.
/// </summary>
/// <param name="Profile">The configuration as given (its best fit is the nominal fit).</param>
/// <param name="WithoutGallium">The same with constraints:gallium:enabled false; null when the configuration has no gallium constraint.</param>
/// <param name="Systematics">The weighted sum over the configuration's systematics:axes; null when skipped or when there are none.</param>
/// <param name="Rates">The nominal fit's rates beside Borexino's (<see cref="PublishedPhase2.Compare"/>).</param>
/// <param name="Limits">The limits without and with the gallium constraint, with systematics, and the published one.</param>
public sealed record ReproductionOutcome(
    ProfileOutcome Profile,
    ProfileOutcome? WithoutGallium,
    SystematicsResult? Systematics,
    IReadOnlyList<PublishedRateComparison> Rates,
    IReadOnlyList<LimitResult> Limits,
    TimeSpan Elapsed)
{
    public FitOutcome Best => Profile.Best;

    /// <summary>The analysis' own result [mu_B]: with systematics when they ran, else the nominal profile's limit.</summary>
    public double Limit => Systematics is null ? Profile.UpperLimit90 : Systematics.CombinedLimit.Limit * FitParameterFactory.MomentUnit;

    /// <summary>What <see cref="Limit"/> includes, e.g. "with the gallium constraint and systematics".</summary>
    public string LimitDescription =>
        (Best.Fit.Configuration.Gallium.Enabled ? "with the gallium constraint" : "without the gallium constraint") +
        (Systematics is null ? ", without systematics" : " and systematics");

    /// <summary>The footnotes (<see cref="PublishedPhase2.ComparisonFootnotes"/>) that <see cref="Rates"/> refers to.</summary>
    public IReadOnlyList<string> Footnotes =>
        [.. PublishedPhase2.ComparisonFootnotes.Where(f => Rates.Any(r => r.Note.EndsWith(f[..1], StringComparison.Ordinal)))];
}
