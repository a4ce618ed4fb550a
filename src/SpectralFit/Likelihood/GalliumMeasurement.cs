using SolarFlux.Common;

namespace SpectralFit.Likelihood;

/// <summary>
/// The combined radiochemical gallium capture rate and the extra relative uncertainties the
/// Borexino magnetic-moment analysis adds in quadrature (physics.md section 7).
/// Defaults: 66.1 +- 3.1 SNU, SAGE + GALLEX/GNO (SAGE, PRC 80, 015807 (2009)); 71Ga cross-section
/// ~4% and Borexino fiducial-volume ~1% (Borexino, PRD 96, 091103 (2017)).
/// </summary>
public sealed record GalliumMeasurement
{
    public GalliumMeasurement(double rateSnu = 66.1, double sigmaSnu = 3.1,
        double crossSectionRelative = 0.04, double fiducialVolumeRelative = 0.01)
    {
        RateSnu = UserInputException.RequireNonNegative(rateSnu, "gallium rate [SNU]");
        if (!double.IsFinite(sigmaSnu) || sigmaSnu <= 0)
            throw new UserInputException($"gallium rate uncertainty [SNU]: expected a number > 0, got {sigmaSnu}");
        SigmaSnu = sigmaSnu;
        CrossSectionRelative = UserInputException.RequireNonNegative(crossSectionRelative, "gallium cross-section relative uncertainty");
        FiducialVolumeRelative = UserInputException.RequireNonNegative(fiducialVolumeRelative, "fiducial-volume relative uncertainty");
    }

    /// <summary>Measured 71Ga capture rate [SNU] (1 SNU = 1e-36 captures per atom per second).</summary>
    public double RateSnu { get; }

    /// <summary>Its combined statistical + systematic 1-sigma uncertainty [SNU].</summary>
    public double SigmaSnu { get; }

    public double CrossSectionRelative { get; }

    public double FiducialVolumeRelative { get; }

    /// <summary>
    /// Total width: sqrt(sigma^2 + (R (f_xs^2 + f_FV^2)^(1/2))^2), the relative uncertainties of the
    /// prediction evaluated at the measured rate so the constraint stays Gaussian with a fixed width.
    /// Defaults: sqrt(3.1^2 + (66.1 x 0.0412)^2) = 4.13 SNU.
    /// </summary>
    public double TotalSigmaSnu =>
        Math.Sqrt(SigmaSnu * SigmaSnu + RateSnu * RateSnu * (CrossSectionRelative * CrossSectionRelative + FiducialVolumeRelative * FiducialVolumeRelative));
}
