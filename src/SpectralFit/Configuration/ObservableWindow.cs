namespace SpectralFit.Configuration;

/// <summary>Fit window [Min, Max] in units of the energy estimator; Min &lt; Max.</summary>
public sealed record ObservableWindow(double Min, double Max);
