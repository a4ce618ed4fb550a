namespace SpectralFit.Systematics;

/// <summary>Progress of a <see cref="SystematicsRunner"/>: fits finished out of the total (global fits + scan points).</summary>
public sealed record SystematicsProgress(int CompletedFits, int TotalFits, string Configuration);
