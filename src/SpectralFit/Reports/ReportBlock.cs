namespace SpectralFit.Reports;

/// <summary>A piece of a report section: a paragraph, a table or a figure.</summary>
public abstract record ReportBlock;
