using SpectralFit.Configuration;

namespace SpectralFit.Analysis;

/// <summary>
/// The configuration whose systematics axes can run on the data at hand
/// (<see cref="SystematicsService.Available"/>), and what was left out and why (one line each).
/// </summary>
public sealed record AvailableSystematics(FitConfiguration Configuration, IReadOnlyList<string> Notes);
