namespace SpectralFit.Plotting;

public enum LegendPosition
{
    None,
    TopRight,
    TopLeft,
    BottomRight,
    BottomLeft,
}
