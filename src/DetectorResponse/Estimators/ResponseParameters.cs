using SolarFlux.Common;

namespace DetectorResponse.Estimators;

/// <summary>
/// Parameters of the analytic detector response (physics.md §6), immutable; every value is checked
/// when set (also through <c>with</c>), and a value outside its range throws a UserInputException
/// naming the parameter. Defaults give a Borexino-like response (N_h ~ 0.4 hits/keV, ~5% at 1 MeV).
/// Free in spectral fits: LightYield, VarianceFactor and ConstantTerm (the two resolution
/// parameters), optionally CherenkovFraction; Kb is held fixed (it selects a precomputed table).
/// </summary>
public sealed record ResponseParameters
{
    private readonly double _lightYield = 500;
    private readonly double _kb = 0.0115;
    private readonly double _cherenkovFraction = 0.025;
    private readonly double _varianceFactor = 0.10;
    private readonly double _constantTerm = 0.012;
    private readonly double _darkNoise = 8.4;
    private readonly double _hitsPerPhotoelectron = 0.892;
    private readonly double _hitCapacity = 2640;
    private readonly double _livePmts = 1700;
    private readonly double _windowFractionDt1 = 0.92;
    private readonly double _windowFractionDt2 = 0.96;

    /// <summary>Light yield [photoelectrons per MeV of visible energy], 100-2000 (Borexino ~500).</summary>
    public double LightYield { get => _lightYield; init => _lightYield = Check(value, nameof(LightYield), 100, 2000, "pe/MeV"); }

    /// <summary>Birks constant kB [cm/MeV], 0-0.03 (pseudocumene 0.0109-0.0115).</summary>
    public double Kb { get => _kb; init => _kb = Check(value, nameof(Kb), 0.0, 0.03, "cm/MeV"); }

    /// <summary>Detected fraction f_Ch of the Cherenkov light C(T), 0-0.2.</summary>
    public double CherenkovFraction { get => _cherenkovFraction; init => _cherenkovFraction = Check(value, nameof(CherenkovFraction), 0.0, 0.2, ""); }

    /// <summary>v1: excess of the statistical variance over Poisson, sigma^2 = (1 + v1) N + ..., 0-2.</summary>
    public double VarianceFactor { get => _varianceFactor; init => _varianceFactor = Check(value, nameof(VarianceFactor), 0.0, 2.0, ""); }

    /// <summary>sigma_T: constant relative term, sigma^2 = ... + sigma_T^2 N^2 + ..., 0-0.2 (spatial non-uniformity).</summary>
    public double ConstantTerm { get => _constantTerm; init => _constantTerm = Check(value, nameof(ConstantTerm), 0.0, 0.2, ""); }

    /// <summary>sigma_d: noise term in estimator units (dark noise and other energy-independent spread),
    /// sigma^2 = ... + sigma_d^2, 0-50. Default 8.4 hits: reproduces the 14C tail of Borexino's Phase-II
    /// fit above N_h 93 (PRD 100, 082004 (2019), Fig. 6a; log-slope and level, see the tests).</summary>
    public double DarkNoise { get => _darkNoise; init => _darkNoise = Check(value, nameof(DarkNoise), 0.0, 50.0, "estimator units"); }

    /// <summary>Hits per photoelectron h for N_h at low energy, 0.3-1.</summary>
    public double HitsPerPhotoelectron { get => _hitsPerPhotoelectron; init => _hitsPerPhotoelectron = Check(value, nameof(HitsPerPhotoelectron), 0.3, 1.0, "hits/pe"); }

    /// <summary>Saturation scale L_h of N_h = L_h (1 - exp(-h N_pe / L_h)), 500-20000 hits.
    /// Defaults h = 0.892, L_h = 2640 were fitted (with kB 0.0115, f_Ch 0.025, LY 500) to Borexino's
    /// N_h-to-energy column of the Phase-II spectrum (Nature 562, 505 (2018), Fig. 2a source data),
    /// N_h 93-950: rms 2.7 hits.</summary>
    public double HitCapacity { get => _hitCapacity; init => _hitCapacity = Check(value, nameof(HitCapacity), 500, 20000, "hits"); }

    /// <summary>Number of live PMTs N_live for the N_pmts saturation N_live (1 - exp(-N_pe/N_live)), 500-2500.</summary>
    public double LivePmts { get => _livePmts; init => _livePmts = Check(value, nameof(LivePmts), 500, 2500, "PMTs"); }

    /// <summary>Fraction of the photoelectrons arriving within the 230 ns window (npmts_dt1), 0.5-1.</summary>
    public double WindowFractionDt1 { get => _windowFractionDt1; init => _windowFractionDt1 = Check(value, nameof(WindowFractionDt1), 0.5, 1.0, ""); }

    /// <summary>Fraction of the photoelectrons arriving within the 400 ns window (npmts_dt2), 0.5-1.</summary>
    public double WindowFractionDt2 { get => _windowFractionDt2; init => _windowFractionDt2 = Check(value, nameof(WindowFractionDt2), 0.5, 1.0, ""); }

    private static double Check(double value, string name, double min, double max, string unit)
    {
        if (!double.IsFinite(value) || value < min || value > max)
            throw new UserInputException($"{name}: expected {min} to {max}{(unit.Length > 0 ? " " + unit : "")}, got {value}");
        return value;
    }
}
