using SpectralFit.Plotting;

namespace SpectralFit.Analysis;

/// <summary>One of Borexino's fitted components beside ours: events in the fit window and the figure of both curves.</summary>
public sealed record ComparedComponent(string Name, double Ours, double Borexino, Figure Figure);
