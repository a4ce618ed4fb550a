namespace SpectralFit.Plotting;

public enum LineStyle
{
    Solid,
    Dashed,
    Dotted,
}
