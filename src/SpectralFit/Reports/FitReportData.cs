namespace SpectralFit.Reports;

/// <summary>Everything a fit report shows, as plain data; <see cref="FitReport.Build"/> lays it out.</summary>
/// <param name="Subtitle">E.g. configuration name, dataset and exposure.</param>
/// <param name="Quality">Fit quality of the best fit, or null.</param>
/// <param name="Notes">Free text shown under the summary (settings, warnings).</param>
/// <param name="Tables">Further summary tables (e.g. the rates beside published ones), shown after the limits.</param>
public sealed record FitReportData(
    string Title,
    string Subtitle,
    IReadOnlyList<ParameterResult> Parameters,
    FitQuality? Quality,
    IReadOnlyList<LimitResult> Limits,
    IReadOnlyList<ConfigurationWeight> Weights,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ReportTable>? Tables = null);
