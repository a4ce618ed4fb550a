namespace SpectralFit.Configuration;

/// <summary>Exposure of the data: live time, fiducial mass and the fraction of it the selection keeps.</summary>
public sealed record ExposureSpec(double LiveDays, double FiducialMassTonnes, double Efficiency = 1.0)
{
    /// <summary>Exposure in day x 100 t, the unit of Borexino rates (cpd/100t).</summary>
    public double Day100t => LiveDays * FiducialMassTonnes / 100.0 * Efficiency;
}
