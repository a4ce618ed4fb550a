namespace SpectralFit.Configuration;

/// <summary>
/// The 71Ga capture-rate constraint (physics.md §7): measured rate and its error in SNU, plus the
/// relative cross-section and fiducial-volume uncertainties added in quadrature.
/// </summary>
public sealed record GalliumConstraintSpec(
    bool Enabled, double MeasuredSnu, double SigmaSnu, double CrossSectionRelative, double FiducialRelative);
