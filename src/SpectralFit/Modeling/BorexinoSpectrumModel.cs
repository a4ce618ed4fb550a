using System.Collections.Concurrent;
using DetectorResponse.Folding;
using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Modeling;

/// <summary>
/// Expected counts of the Borexino-style spectral fit (physics.md §6-§7), per observable bin i:
///   mu_i = sum_c a_c(p) F_c,i(theta),
/// with F_c the folded shape of component c (SpectrumFolder: quenching, light yield, resolution, 210Po peak,
/// 11C start) and a_c its amplitude (<see cref="ComponentAmplitude"/>): for a solar species
/// E r_s/R_s^SSM on the Standard-Model template and E (r_s/R_s^SSM)(mu/1e-11 mu_B)^2 on the magnetic-moment
/// template (the moment signal follows the species' flux), for a background E r_b on its unit shape
/// (E = exposure [day x 100 t]; 14C additionally x 86400 cpd per Bq).
/// The folded shapes are cached per worker and recomputed only when a shape parameter changes; a change of rates
/// or of mu only recombines them (no allocation). The Jacobian is analytic: its shape-parameter rows
/// sum_c a_c dF_c/d theta come from one amplitude-weighted pass over the folder's nodes (SpectrumFolder.FoldDerivatives),
/// cached while the shape and the amplitudes stay the same.
/// Components given directly in observable bins (file templates with axis observable, <see cref="ObservableTemplateShape"/>;
/// templates in electron energy are folded like the others, <see cref="ElectronEnergyTemplate"/>) follow the
/// folded ones: their per-unit shapes are fixed (independent of the response parameters, zero shape derivative).
/// Thread-safe: each concurrent caller takes its own folder from a pool.
/// </summary>
public sealed class BorexinoSpectrumModel : IDifferentiableSpectralModel
{
    private readonly Func<SpectrumFolder> _folderFactory;
    private readonly ComponentAmplitude[] _amplitudes;
    private readonly ResponseParameterMap _map;
    private readonly int _momentIndex;
    private readonly int _k;
    private readonly int _folded;
    private readonly int[] _freeShape;
    private readonly FoldingParameter[] _freeShapeParameters;
    private readonly double[][] _fixedShapes;
    private readonly ConcurrentBag<Workspace> _pool = [];

    /// <param name="folderFactory">Builds a folder whose components are in <paramref name="amplitudes"/> order.</param>
    /// <param name="momentIndex">Index of the moment parameter (units of 1e-11 mu_B).</param>
    /// <param name="fixedShapes">Per-unit expected counts of components given in observable bins; their amplitudes
    /// are the last entries of <paramref name="amplitudes"/>, in this order (none by default).</param>
    public BorexinoSpectrumModel(ParameterSet parameters, Func<SpectrumFolder> folderFactory,
        IReadOnlyList<ComponentAmplitude> amplitudes, ResponseParameterMap map, int momentIndex,
        IReadOnlyList<double[]>? fixedShapes = null)
    {
        Parameters = parameters;
        _folderFactory = folderFactory;
        _amplitudes = [.. amplitudes];
        _map = map;
        _momentIndex = momentIndex;
        _k = _amplitudes.Length;
        _fixedShapes = fixedShapes is null ? [] : [.. fixedShapes];
        _folded = _k - _fixedShapes.Length;
        _freeShape = [.. map.ShapeIndices.Where(j => !parameters[j].IsFixed && map.DirectParameter(j) is not null)];
        _freeShapeParameters = [.. _freeShape.Select(j => map.DirectParameter(j)!.Value)];
        var first = NewWorkspace();
        if (first.Folder.ComponentCount != _folded)
            throw new ArgumentException($"folder has {first.Folder.ComponentCount} components, expected {_folded}");
        BinCount = first.Folder.BinCount;
        foreach (var shape in _fixedShapes)
            if (shape.Length != BinCount)
                throw new ArgumentException($"fixed shape has {shape.Length} bins, expected {BinCount}");
        _pool.Add(first);
    }

    public int BinCount { get; }

    /// <summary>The same model with other parameter settings (same names and order; e.g. new steps or limits).</summary>
    public BorexinoSpectrumModel WithParameters(ParameterSet parameters)
    {
        if (!parameters.Names.SequenceEqual(Parameters.Names))
            throw new ArgumentException("parameters must keep the names and order of the model's");
        return new BorexinoSpectrumModel(parameters, _folderFactory, _amplitudes, _map, _momentIndex, _fixedShapes);
    }

    /// <summary>
    /// Expected 1-sigma error of each free parameter with the others fixed, 1/sqrt(F_kk), from the Fisher information
    /// F_kk = sum_i (d mu_i/d p_k)^2 / mu_i of the expected counts at <paramref name="p"/> (NaN where undefined).
    /// </summary>
    public double[] ConditionalErrors(ReadOnlySpan<double> p)
    {
        int n = BinCount, np = Parameters.Count;
        var mu = new double[n];
        var jac = new double[n * np];
        ExpectedAndJacobian(p, mu, jac);
        var errors = new double[np];
        for (int k = 0; k < np; k++)
        {
            double f = 0;
            for (int i = 0; i < n; i++)
                if (mu[i] > 0)
                    f += jac[k * n + i] * jac[k * n + i] / mu[i];
            errors[k] = f > 0 ? 1 / Math.Sqrt(f) : double.NaN;
        }
        return errors;
    }

    public ParameterSet Parameters { get; }

    public IReadOnlyList<ComponentAmplitude> Amplitudes => _amplitudes;

    public ResponseParameterMap ResponseMap => _map;

    /// <summary>Index of mu_nu [1e-11 mu_B] in the parameter vector.</summary>
    public int MomentIndex => _momentIndex;

    public void Expected(ReadOnlySpan<double> p, Span<double> expected)
    {
        Check(p, expected);
        var ws = Rent();
        try
        {
            Fold(ws, p);
            Combine(p, ws.Folded, expected);
        }
        finally
        {
            _pool.Add(ws);
        }
    }

    /// <summary>Expected counts of each component separately: output[c * BinCount + i] (for plots and reports).</summary>
    public void ComponentExpected(ReadOnlySpan<double> p, Span<double> output)
    {
        var ws = Rent();
        try
        {
            Fold(ws, p);
            int n = BinCount;
            for (int c = 0; c < _k; c++)
            {
                double a = Amplitude(c, p);
                for (int i = 0; i < n; i++)
                    output[c * n + i] = a * ws.Folded[c * n + i];
            }
        }
        finally
        {
            _pool.Add(ws);
        }
    }

    public void ExpectedAndJacobian(ReadOnlySpan<double> p, Span<double> expected, Span<double> jacobian)
    {
        Check(p, expected);
        int n = BinCount, np = Parameters.Count;
        if (jacobian.Length != n * np)
            throw new ArgumentException($"jacobian length {jacobian.Length}, expected {n * np}");
        var ws = Rent();
        try
        {
            FoldWithDerivatives(ws, p);
            Combine(p, ws.Folded, expected);
            jacobian.Clear();
            double m = _momentIndex >= 0 ? p[_momentIndex] : 0;
            for (int c = 0; c < _k; c++)
            {
                var amp = _amplitudes[c];
                ReadOnlySpan<double> f = ws.Folded.AsSpan(c * n, n);
                if (amp.RateIndex >= 0 && !Parameters[amp.RateIndex].IsFixed)
                    Add(jacobian.Slice(amp.RateIndex * n, n), f, amp.Scale * (amp.IsMomentSignal ? m * m : 1));
                if (amp.IsMomentSignal && _momentIndex >= 0 && !Parameters[_momentIndex].IsFixed)
                    Add(jacobian.Slice(_momentIndex * n, n), f, amp.Scale * Rate(amp, p) * 2 * m);
            }
            ShapeDerivatives(ws, p, jacobian);
        }
        finally
        {
            _pool.Add(ws);
        }
    }

    /// <summary>
    /// d mu / d p_j = sum_c a_c dF_c/d theta_j for the free shape parameters. The first Jacobian at a shape takes them
    /// from one amplitude-weighted pass over the folder's nodes (SpectrumFolder.FoldDerivatives; in parallel with the
    /// fold, <see cref="FoldWithDerivatives"/>). A Jacobian at the same shape with other rates (the rate steps of a
    /// numerical Hessian or of the starting metric) folds the per-component derivatives dF_c/d theta once, in parallel
    /// over the parameters, and from then on only recombines them with the new amplitudes.
    /// </summary>
    private void ShapeDerivatives(Workspace ws, ReadOnlySpan<double> p, Span<double> jacobian)
    {
        if (_freeShape.Length == 0)
            return;
        int n = BinCount;
        bool same = true;
        for (int c = 0; c < _folded; c++)
        {
            double a = Amplitude(c, p);
            same &= ws.Amplitudes[c] == a;
            ws.Amplitudes[c] = a;
        }
        if (!ws.WeightedValid)
            ws.Folder.FoldDerivatives(ws.Current!, _freeShapeParameters, ws.Amplitudes, ws.Weighted);
        else if (!same)
        {
            if (!ws.PerComponentValid)
                FoldPerComponentDerivatives(ws);
            ws.Weighted.AsSpan().Clear();
            for (int i = 0; i < _freeShape.Length; i++)
                for (int c = 0; c < _folded; c++)
                    if (ws.Amplitudes[c] != 0)
                        Add(ws.Weighted.AsSpan(i * n, n), ws.PerComponent[i].AsSpan(c * n, n), ws.Amplitudes[c]);
        }
        ws.WeightedValid = true;
        for (int i = 0; i < _freeShape.Length; i++)
            ws.Weighted.AsSpan(i * n, n).CopyTo(jacobian.Slice(_freeShape[i] * n, n));
    }

    /// <summary>dF_c/d theta for every free shape parameter, in parallel over the parameters (a folder per worker).</summary>
    private void FoldPerComponentDerivatives(Workspace ws)
    {
        var current = ws.Current!;
        var rows = ws.PerComponent;
        Parallel.For(0, _freeShape.Length, Rent, (i, _, helper) =>
        {
            helper.Folder.FoldDerivative(current, _freeShapeParameters[i], rows[i]);
            return helper;
        }, _pool.Add);
        ws.PerComponentValid = true;
    }

    private static void Add(Span<double> target, ReadOnlySpan<double> source, double weight)
    {
        for (int i = 0; i < target.Length; i++)
            target[i] += weight * source[i];
    }

    private double Rate(in ComponentAmplitude amp, ReadOnlySpan<double> p) => amp.RateIndex >= 0 ? p[amp.RateIndex] : amp.FixedRate;

    private double Amplitude(int c, ReadOnlySpan<double> p)
    {
        var amp = _amplitudes[c];
        double a = amp.Scale * Rate(amp, p);
        if (amp.IsMomentSignal)
        {
            double m = _momentIndex >= 0 ? p[_momentIndex] : 0;
            a *= m * m;
        }
        return a;
    }

    private void Combine(ReadOnlySpan<double> p, ReadOnlySpan<double> folded, Span<double> expected)
    {
        int n = BinCount;
        expected.Clear();
        for (int c = 0; c < _k; c++)
        {
            double a = Amplitude(c, p);
            if (a != 0)
                Add(expected, folded.Slice(c * n, n), a);
        }
    }

    /// <summary>
    /// The fold of a Jacobian call: when the shape changed, the weighted shape derivatives (which need the parameters and
    /// amplitudes, not the folded shapes) are computed on a second folder in parallel with the fold.
    /// </summary>
    private void FoldWithDerivatives(Workspace ws, ReadOnlySpan<double> p)
    {
        if (_freeShape.Length == 0 || Environment.ProcessorCount < 2 || (ws.Current is not null && _map.SameShape(p, ws.LastShape)))
        {
            Fold(ws, p);
            return;
        }
        for (int c = 0; c < _folded; c++)
            ws.Amplitudes[c] = Amplitude(c, p);
        var current = _map.Map(p);
        var helper = Rent();
        try
        {
            Parallel.Invoke(
                () => FoldShapes(ws, current),
                () => helper.Folder.FoldDerivatives(current, _freeShapeParameters, ws.Amplitudes, ws.Weighted));
        }
        finally
        {
            _pool.Add(helper);
        }
        p.CopyTo(ws.LastShape);
        ws.WeightedValid = true;
    }

    private void Fold(Workspace ws, ReadOnlySpan<double> p)
    {
        if (ws.Current is not null && _map.SameShape(p, ws.LastShape))
            return;
        FoldShapes(ws, _map.Map(p));
        p.CopyTo(ws.LastShape);
    }

    /// <summary>Folds the shapes at <paramref name="current"/>; the caller records the parameter vector in LastShape.</summary>
    private void FoldShapes(Workspace ws, FoldingParameters current)
    {
        ws.Current = current;
        ws.WeightedValid = false;
        ws.PerComponentValid = false;
        ws.Folder.Fold(current, ws.Folded.AsSpan(0, _folded * BinCount));
        for (int t = 0; t < _fixedShapes.Length; t++)
            _fixedShapes[t].CopyTo(ws.Folded, (_folded + t) * BinCount);
    }

    private Workspace Rent() => _pool.TryTake(out var ws) ? ws : NewWorkspace();

    private Workspace NewWorkspace() => new(_folderFactory(), _k, _folded, _freeShape.Length, Parameters.Count);

    private void Check(ReadOnlySpan<double> p, Span<double> expected)
    {
        if (p.Length != Parameters.Count)
            throw new ArgumentException($"parameter vector length {p.Length}, expected {Parameters.Count}");
        if (expected.Length != BinCount)
            throw new ArgumentException($"expected-counts length {expected.Length}, expected {BinCount}");
    }

    /// <summary>One worker's folder, its cached folded shapes and their weighted derivatives (never shared between threads).</summary>
    private sealed class Workspace
    {
        public Workspace(SpectrumFolder folder, int components, int folded, int freeShapes, int parameters)
        {
            Folder = folder;
            Folded = new double[components * folder.BinCount];
            Amplitudes = new double[folded];
            Weighted = new double[freeShapes * folder.BinCount];
            PerComponent = [.. Enumerable.Range(0, freeShapes).Select(_ => new double[folded * folder.BinCount])];
            LastShape = new double[parameters];
        }

        public SpectrumFolder Folder { get; }
        public double[] Folded { get; }
        /// <summary>The amplitudes of the folded components that <see cref="Weighted"/> was computed with.</summary>
        public double[] Amplitudes { get; }
        /// <summary>sum_c a_c dF_c / d theta per free shape parameter (row i: parameter _freeShape[i]), valid if <see cref="WeightedValid"/>.</summary>
        public double[] Weighted { get; }
        public bool WeightedValid { get; set; }
        /// <summary>dF_c / d theta per free shape parameter (component-major), valid if <see cref="PerComponentValid"/>.</summary>
        public double[][] PerComponent { get; }
        public bool PerComponentValid { get; set; }
        public double[] LastShape { get; }
        public FoldingParameters? Current { get; set; }
    }
}
