namespace SpectralFit.Reports;

/// <summary>Plain text (escaped when written).</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;
