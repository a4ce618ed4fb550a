using SolarFlux.Common;

namespace SpectralFit.Moments;

/// <summary>
/// A window of electron recoil kinetic energy T [MeV] in which a detector looks for the magnetic-moment signal.
/// A visible-energy fit window maps to it through the (inverse) quenching; the Borexino Phase-II window is
/// 0.19-2.93 MeV (physics.md §7).
/// </summary>
public readonly record struct RecoilWindow
{
    public RecoilWindow(double min, double max, string what = "recoil window")
    {
        UserInputException.RequireFinite(min, $"{what} lower edge");
        UserInputException.RequireFinite(max, $"{what} upper edge");
        if (!(min > 0) || !(max > min))
            throw new UserInputException($"{what}: expected 0 < T_min < T_max [MeV], got {min}, {max}");
        Min = min;
        Max = max;
    }

    /// <summary>The Borexino Phase-II magnetic-moment fit window, 0.19-2.93 MeV (PRD 96, 091103 (2017)).</summary>
    public static RecoilWindow BorexinoPhase2 { get; } = new(0.19, 2.93);

    /// <summary>
    /// The recoil window of a visible-energy window, through the detector's inverse energy scale
    /// (e.g. DetectorResponse's ChargedLeptonLight.KineticEnergyFor with the fitted kB and Cherenkov fraction).
    /// </summary>
    public static RecoilWindow FromVisible(double visibleMin, double visibleMax, Func<double, double> kineticEnergyForVisible)
    {
        ArgumentNullException.ThrowIfNull(kineticEnergyForVisible);
        return new RecoilWindow(kineticEnergyForVisible(visibleMin), kineticEnergyForVisible(visibleMax), "recoil window from visible window");
    }

    public double Min { get; }

    public double Max { get; }
}
