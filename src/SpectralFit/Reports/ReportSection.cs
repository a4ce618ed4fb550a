namespace SpectralFit.Reports;

/// <summary>A headed section of a report.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
