namespace SpectralFit.Reports;

/// <summary>A report page: title, a line under it (configuration, date, ...) and sections, backend-independent.</summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);
