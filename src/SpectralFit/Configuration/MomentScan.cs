namespace SpectralFit.Configuration;

/// <summary>Grid of the profile scan in mu_eff (mu_B): Points values from Min to Max; Min &lt;= 0 &lt; Max.</summary>
public sealed record MomentScan(double Min, double Max, int Points)
{
    /// <summary>The scan points, evenly spaced, both ends included.</summary>
    public double[] Values()
    {
        var v = new double[Points];
        for (int i = 0; i < Points; i++)
            v[i] = Min + (Max - Min) * i / (Points - 1);
        return v;
    }
}
