using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using SpectralFit.Likelihood;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// Distance between the project's folded component shapes and Borexino's fitted curves (a fit of SHAPES, not of
/// data): every component of ours is scaled to the in-window area of Borexino's curve (Borexino's fitted rate),
/// and the distance is the Poisson deviance of ours against Borexino's curve taken as the observation, summed
/// over the selected components. Parameters (fixed kB, sigma_T = 0): light yield, v1, the noise term sigma_d,
/// 210Po position and total width (visible MeV), 11C shift (as in configs/borexino-phase2-nature2018.json).
/// Gradient by central differences.
/// </summary>
internal sealed class ComponentShapeDistance : ILikelihoodTerm
{
    public static readonly string[] ParameterNames =
        ["light_yield", "resolution_v1", "resolution_sigma_d", "po210_position", "po210_width", "c11_shift"];

    private readonly SpectrumFolder _folder;
    private readonly (int Index, double[] Curve, double Area)[] _targets;
    private readonly double _kb;
    private readonly double[] _folded;

    public ComponentShapeDistance(SpectrumFolder folder, Fig6aComponents borexino, IEnumerable<string> components)
    {
        _folder = folder;
        _kb = folder.Kb;
        _targets = [.. components.Select(c => (folder.IndexOf(c), borexino[c], borexino[c].Sum()))];
        _folded = new double[folder.ComponentCount * folder.BinCount];
    }

    public string Name => "shape distance to Borexino's fitted components";

    public static ParameterSet StartParameters() => new(
        new Parameter("light_yield", 500, 5, 300, 700),
        new Parameter("resolution_v1", 0.1, 0.05, 0, 2),
        new Parameter("resolution_sigma_d", 5, 0.5, 0, 40),
        new Parameter("po210_position", 0.40, 0.005, 0.30, 0.50),
        new Parameter("po210_width", 0.03, 0.003, 0.005, 0.1),
        new Parameter("c11_shift", 0, 0.005, -0.1, 0.1));

    public FoldingParameters Folding(ReadOnlySpan<double> p) => new()
    {
        Response = new ResponseParameters { Kb = _kb, LightYield = p[0], VarianceFactor = p[1], ConstantTerm = 0, DarkNoise = p[2] },
        PeakPosition = p[3],
        PeakWidth = p[4],
        PositronShift = p[5],
    };

    /// <summary>Our shape of one component scaled to the area of Borexino's curve, per N_h bin.</summary>
    public double[] Scaled(ReadOnlySpan<double> p, string component, double area)
    {
        int n = _folder.BinCount;
        var row = new double[n];
        _folder.Fold(Folding(p), _folder.IndexOf(component), row);
        double sum = row.Sum();
        for (int i = 0; i < n; i++)
            row[i] *= sum > 0 ? area / sum : 0;
        return row;
    }

    public double Value(ReadOnlySpan<double> p)
    {
        lock (_folded)
        {
            _folder.Fold(Folding(p), _folded);
            int n = _folder.BinCount;
            double d = 0;
            foreach (var (index, curve, area) in _targets)
            {
                ReadOnlySpan<double> f = _folded.AsSpan(index * n, n);
                double sum = 0;
                foreach (double v in f)
                    sum += v;
                double scale = sum > 0 ? area / sum : 0;
                for (int i = 0; i < n; i++)
                    d += PoissonDeviance.BinDeviance(scale * f[i], curve[i]);
            }
            return d;
        }
    }

    public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        var x = p.ToArray();
        var start = StartParameters();
        for (int k = 0; k < x.Length; k++)
        {
            double h = 1e-3 * start[k].Step;
            double hi = Math.Min(p[k] + h, start[k].Upper), lo = Math.Max(p[k] - h, start[k].Lower);
            x[k] = hi;
            double up = Value(x);
            x[k] = lo;
            double down = Value(x);
            x[k] = p[k];
            gradient[k] += (up - down) / (hi - lo);
        }
        return Value(p);
    }
}
