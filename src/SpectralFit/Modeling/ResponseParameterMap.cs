using DetectorResponse.Folding;

namespace SpectralFit.Modeling;

/// <summary>
/// Maps the fit's response parameters (configs/README.md, response:*) one to one onto the folder's
/// <see cref="FoldingParameters"/>: light_yield, cherenkov_fraction, resolution_v1, resolution_sigma_t,
/// resolution_sigma_d, po210_position, po210_width (total Gaussian sigma of the peak) and c11_shift. Parameters that
/// are not in the fit keep <see cref="Base"/>'s values (kB, hits per pe, saturation scales, ...). Pure, thread-safe.
/// </summary>
public sealed class ResponseParameterMap
{
    /// <summary>Fit-parameter names and the folder parameters they set.</summary>
    public static IReadOnlyList<(string Name, FoldingParameter Parameter)> Direct { get; } =
    [
        ("light_yield", FoldingParameter.LightYield),
        ("cherenkov_fraction", FoldingParameter.CherenkovFraction),
        ("resolution_v1", FoldingParameter.VarianceFactor),
        ("resolution_sigma_t", FoldingParameter.ConstantTerm),
        ("resolution_sigma_d", FoldingParameter.DarkNoise),
        ("po210_position", FoldingParameter.PeakPosition),
        ("po210_width", FoldingParameter.PeakWidth),
        ("c11_shift", FoldingParameter.PositronShift),
    ];

    private readonly (int Index, FoldingParameter Parameter)[] _direct;

    /// <param name="indexOf">Index of a parameter name in the fit vector, or -1 if the fit does not have it.</param>
    public ResponseParameterMap(FoldingParameters @base, Func<string, int> indexOf)
    {
        Base = @base;
        _direct = [.. Direct.Select(d => (indexOf(d.Name), d.Parameter)).Where(d => d.Item1 >= 0)];
    }

    public FoldingParameters Base { get; }

    /// <summary>Indices (in the fit vector) of all parameters the folded shapes depend on.</summary>
    public IEnumerable<int> ShapeIndices => _direct.Select(d => d.Index);

    /// <summary>The folder parameter set by fit-vector index <paramref name="index"/>, or null.</summary>
    public FoldingParameter? DirectParameter(int index)
    {
        foreach (var (i, f) in _direct)
            if (i == index)
                return f;
        return null;
    }

    /// <summary>True when the shape-relevant entries of <paramref name="a"/> and <paramref name="b"/> are equal.</summary>
    public bool SameShape(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        foreach (var (i, _) in _direct)
            if (a[i] != b[i])
                return false;
        return true;
    }

    public FoldingParameters Map(ReadOnlySpan<double> p)
    {
        var f = Base;
        foreach (var (i, which) in _direct)
            f = f.With(which, p[i]);
        return f;
    }
}
