using DetectorResponse.Estimators;
using DetectorResponse.Folding;

namespace SpectralFit.Modeling;

/// <summary>
/// Maps the fit's response parameters (configs/README.md, response:*) to the folder's <see cref="FoldingParameters"/>:
/// light_yield, cherenkov_fraction, resolution_v1, resolution_sigma_t, resolution_sigma_d, po210_position and
/// c11_shift one to one; po210_width is the EXTRA Gaussian width w of the 210Po peak, so the peak's total width in
/// visible energy is sqrt(sigma_det(E_Po)^2 + w^2) with sigma_det = sqrt(Var N(E)) / (dN/dE) the detector resolution
/// at the peak. Parameters that are not in the fit keep <see cref="Base"/>'s values. Pure and thread-safe.
/// </summary>
public sealed class ResponseParameterMap
{
    /// <summary>Fit-parameter names of the folder parameters mapped one to one.</summary>
    public static IReadOnlyList<(string Name, FoldingParameter Parameter)> Direct { get; } =
    [
        ("light_yield", FoldingParameter.LightYield),
        ("cherenkov_fraction", FoldingParameter.CherenkovFraction),
        ("resolution_v1", FoldingParameter.VarianceFactor),
        ("resolution_sigma_t", FoldingParameter.ConstantTerm),
        ("resolution_sigma_d", FoldingParameter.DarkNoise),
        ("po210_position", FoldingParameter.PeakPosition),
        ("c11_shift", FoldingParameter.PositronShift),
    ];

    public const string PeakExtraWidth = "po210_width";

    private readonly (int Index, FoldingParameter Parameter)[] _direct;
    private readonly int _extraWidthIndex;

    /// <param name="indexOf">Index of a parameter name in the fit vector, or -1 if the fit does not have it.</param>
    public ResponseParameterMap(EnergyEstimator estimator, FoldingParameters @base, double baseExtraWidth, Func<string, int> indexOf)
    {
        Estimator = estimator;
        Base = @base;
        BaseExtraWidth = baseExtraWidth;
        _direct = [.. Direct.Select(d => (indexOf(d.Name), d.Parameter)).Where(d => d.Item1 >= 0)];
        _extraWidthIndex = indexOf(PeakExtraWidth);
    }

    public EnergyEstimator Estimator { get; }

    /// <summary>Values of everything not fitted (kB, hits per pe, saturation scales, ...).</summary>
    public FoldingParameters Base { get; }

    public double BaseExtraWidth { get; }

    /// <summary>Indices (in the fit vector) of all parameters the folded shapes depend on.</summary>
    public IEnumerable<int> ShapeIndices => _direct.Select(d => d.Index).Concat(_extraWidthIndex >= 0 ? [_extraWidthIndex] : []);

    /// <summary>The folder parameter mapped one to one from fit-vector index <paramref name="index"/>, or null.</summary>
    public FoldingParameter? DirectParameter(int index)
    {
        foreach (var (i, f) in _direct)
            if (i == index)
                return f;
        return null;
    }

    public int ExtraWidthIndex => _extraWidthIndex;

    /// <summary>True when the shape-relevant entries of <paramref name="a"/> and <paramref name="b"/> are equal.</summary>
    public bool SameShape(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        foreach (var (i, _) in _direct)
            if (a[i] != b[i])
                return false;
        return _extraWidthIndex < 0 || a[_extraWidthIndex] == b[_extraWidthIndex];
    }

    public FoldingParameters Map(ReadOnlySpan<double> p)
    {
        var r = Base.Response;
        double peakPosition = Base.PeakPosition, shift = Base.PositronShift;
        foreach (var (i, f) in _direct)
        {
            double v = p[i];
            switch (f)
            {
                case FoldingParameter.LightYield: r = r with { LightYield = v }; break;
                case FoldingParameter.CherenkovFraction: r = r with { CherenkovFraction = v }; break;
                case FoldingParameter.VarianceFactor: r = r with { VarianceFactor = v }; break;
                case FoldingParameter.ConstantTerm: r = r with { ConstantTerm = v }; break;
                case FoldingParameter.DarkNoise: r = r with { DarkNoise = v }; break;
                case FoldingParameter.PeakPosition: peakPosition = v; break;
                case FoldingParameter.PositronShift: shift = v; break;
            }
        }
        double extra = _extraWidthIndex >= 0 ? p[_extraWidthIndex] : BaseExtraWidth;
        return new FoldingParameters
        {
            Response = r,
            PeakPosition = peakPosition,
            PositronShift = shift,
            PeakWidth = Math.Clamp(TotalPeakWidth(r, peakPosition, extra), 0.005, 0.2),
        };
    }

    /// <summary>sqrt(sigma_det(E)^2 + w^2) [MeV visible energy] at the peak position E.</summary>
    public double TotalPeakWidth(ResponseParameters response, double position, double extraWidth)
    {
        var er = new EstimatorResponse(Estimator, response);
        double mean = er.Mean(position);
        double det = Math.Sqrt(er.Variance(mean)) / er.MeanSlope(position);
        return Math.Sqrt(det * det + extraWidth * extraWidth);
    }

    /// <summary>d(total peak width)/d p[index] by a one-sided difference (a cheap scalar function; steps stay in range).</summary>
    public double PeakWidthDerivative(ReadOnlySpan<double> p, int index, Span<double> scratch)
    {
        p.CopyTo(scratch);
        double h = 1e-6 * Math.Max(Math.Abs(p[index]), 1e-3);
        double at = Map(scratch).PeakWidth;
        scratch[index] = p[index] + h;
        try
        {
            return (Map(scratch).PeakWidth - at) / h;
        }
        catch (SolarFlux.Common.UserInputException)
        {
            scratch[index] = p[index] - h;
            return (at - Map(scratch).PeakWidth) / h;
        }
    }
}
