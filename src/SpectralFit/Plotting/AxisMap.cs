namespace SpectralFit.Plotting;

/// <summary>Maps data values of one axis to pixels (linear or log10), for SVG drawing.</summary>
internal sealed class AxisMap
{
    private readonly double _t0;
    private readonly double _t1;

    public AxisMap(AxisScale scale, double min, double max, double pixelStart, double pixelEnd)
    {
        Scale = scale;
        Min = min;
        Max = max;
        PixelStart = pixelStart;
        PixelEnd = pixelEnd;
        _t0 = Transform(min);
        _t1 = Transform(max);
    }

    public AxisScale Scale { get; }

    public double Min { get; }

    public double Max { get; }

    public double PixelStart { get; }

    public double PixelEnd { get; }

    /// <summary>True when the value has a place on this axis (finite, and positive on a log axis).</summary>
    public bool CanMap(double v) => double.IsFinite(v) && (Scale == AxisScale.Linear || v > 0);

    /// <summary>Pixel of a mappable value; far-away values are limited to a few panel sizes (clipping does the rest).</summary>
    public double Map(double v)
    {
        double f = (Transform(v) - _t0) / (_t1 - _t0);
        f = Math.Clamp(f, -10, 11);
        return PixelStart + f * (PixelEnd - PixelStart);
    }

    /// <summary>Like <see cref="Map"/>, but unmappable values (e.g. 0 on a log axis) go to the low end of the axis.</summary>
    public double MapOrLowEnd(double v) => CanMap(v) ? Map(v) : PixelStart;

    private double Transform(double v) => Scale == AxisScale.Log ? Math.Log10(v) : v;
}
