namespace SpectralFit.Plotting;

/// <summary>One plot area of a figure: a y axis, its series and a legend; panels share the figure's x axis.</summary>
/// <param name="HeightWeight">Relative height among the figure's panels (e.g. 3 for a spectrum, 1 for residuals).</param>
public sealed record Panel(Axis YAxis, IReadOnlyList<Series> Series, double HeightWeight = 1.0,
    LegendPosition Legend = LegendPosition.TopRight);
