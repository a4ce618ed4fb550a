using DetectorResponse.Estimators;
using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// Everything the folded spectrum depends on besides the component rates: the detector response and
/// the shape parameters of the 210Po peak and the 11C start (physics.md §7). Immutable, validated.
/// </summary>
public sealed record FoldingParameters
{
    private readonly ResponseParameters _response = new();
    private readonly double _peakPosition = 0.439;
    private readonly double _peakWidth = 0.037;
    private readonly double _positronShift;

    /// <summary>Detector response (light yield, kB, f_Ch, resolution).</summary>
    public ResponseParameters Response { get => _response; init => _response = value ?? throw new UserInputException("Response: must be given"); }

    /// <summary>210Po peak position [MeV visible energy], 0.1-1.5. Default 0.439: Borexino's Phase-II fit puts
    /// the peak at N_h 188.7 with sigma 15.3 hits (PRD 100, 082004 (2019), Fig. 6a), which the default N_h
    /// response maps to 0.439 MeV (sigma 0.037 MeV); an alpha quenching factor of 11.7 on this scale
    /// (physics.md §6: ~13x).</summary>
    public double PeakPosition { get => _peakPosition; init => _peakPosition = Check(value, nameof(PeakPosition), 0.1, 1.5); }

    /// <summary>210Po line width (Gaussian sigma) [MeV visible energy], 0-0.2: the alpha line's intrinsic width, added in
    /// quadrature to the detector resolution (<see cref="GaussianPeakComponent.AddsDetectorResolution"/>), or the whole
    /// peak width for a peak without it (then > 0). Default 0.037: the whole width of Borexino's fitted peak (see
    /// PeakPosition); as an intrinsic width it makes the default peak 22.8 hits wide, so fits start it lower.</summary>
    public double PeakWidth { get => _peakWidth; init => _peakWidth = Check(value, nameof(PeakWidth), 0.0, 0.2); }

    /// <summary>Shift of the 11C spectrum in visible energy [MeV], -0.2 to 0.2.</summary>
    public double PositronShift { get => _positronShift; init => _positronShift = Check(value, nameof(PositronShift), -0.2, 0.2); }

    /// <summary>Value of one parameter (for fit engines iterating over <see cref="FoldingParameter"/>).</summary>
    public double Get(FoldingParameter which) => which switch
    {
        FoldingParameter.LightYield => Response.LightYield,
        FoldingParameter.CherenkovFraction => Response.CherenkovFraction,
        FoldingParameter.VarianceFactor => Response.VarianceFactor,
        FoldingParameter.ConstantTerm => Response.ConstantTerm,
        FoldingParameter.DarkNoise => Response.DarkNoise,
        FoldingParameter.PeakPosition => PeakPosition,
        FoldingParameter.PeakWidth => PeakWidth,
        FoldingParameter.PositronShift => PositronShift,
        _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
    };

    /// <summary>A copy with one parameter changed (validated).</summary>
    public FoldingParameters With(FoldingParameter which, double value) => which switch
    {
        FoldingParameter.LightYield => this with { Response = Response with { LightYield = value } },
        FoldingParameter.CherenkovFraction => this with { Response = Response with { CherenkovFraction = value } },
        FoldingParameter.VarianceFactor => this with { Response = Response with { VarianceFactor = value } },
        FoldingParameter.ConstantTerm => this with { Response = Response with { ConstantTerm = value } },
        FoldingParameter.DarkNoise => this with { Response = Response with { DarkNoise = value } },
        FoldingParameter.PeakPosition => this with { PeakPosition = value },
        FoldingParameter.PeakWidth => this with { PeakWidth = value },
        FoldingParameter.PositronShift => this with { PositronShift = value },
        _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
    };

    private static double Check(double value, string name, double min, double max)
    {
        if (!double.IsFinite(value) || value < min || value > max)
            throw new UserInputException($"{name}: expected {min} to {max} MeV, got {value}");
        return value;
    }
}
