namespace SpectralFit.Plotting;

public enum AxisScale
{
    Linear,
    /// <summary>Base-10 logarithmic; the range must be positive.</summary>
    Log,
}
