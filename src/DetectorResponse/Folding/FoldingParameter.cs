namespace DetectorResponse.Folding;

/// <summary>Parameters of the folded spectrum for which <see cref="SpectrumFolder"/> gives derivatives.</summary>
public enum FoldingParameter
{
    LightYield,
    CherenkovFraction,
    VarianceFactor,
    ConstantTerm,
    DarkNoise,
    PeakPosition,
    PeakWidth,
    PositronShift,
}
