namespace SpectralFit.Configuration;

/// <summary>Exposure of the dataset.</summary>
public sealed record ExposureSpec(double LiveDays, double FiducialMassTonnes)
{
    /// <summary>Exposure in day x 100 t, the unit of Borexino rates (cpd/100t).</summary>
    public double Day100t => LiveDays * FiducialMassTonnes / 100.0;
}
