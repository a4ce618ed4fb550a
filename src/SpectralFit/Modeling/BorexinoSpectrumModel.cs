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
/// or of mu only recombines them (no allocation). The Jacobian is analytic (SpectrumFolder derivatives); the
/// folded-shape derivatives are cached with the shapes, so a Jacobian at a new rate point (e.g. the rate columns of a
/// numerical Hessian) only recombines them.
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
        var first = new Workspace(folderFactory(), _k, parameters.Count);
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
            Fold(ws, p);
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
            FoldMissingDerivatives(ws);
            foreach (int j in _map.ShapeIndices)
            {
                if (Parameters[j].IsFixed)
                    continue;
                ShapeDerivative(ws, p, j, jacobian.Slice(j * n, n));
            }
        }
        finally
        {
            _pool.Add(ws);
        }
    }

    /// <summary>
    /// Folded-shape derivatives of the free shape parameters not cached yet; two or more are computed in parallel,
    /// each worker with a folder of its own from the pool (same numbers as one after the other).
    /// </summary>
    private void FoldMissingDerivatives(Workspace ws)
    {
        // Count first: the common case (0 or 1 missing, e.g. only rates changed) must not allocate.
        int count = 0;
        foreach (int j in _map.ShapeIndices)
            if (IsMissingDerivative(ws, j))
                count++;
        if (count < 2)
            return;
        var missing = new List<(int Index, FoldingParameter Parameter)>(count);
        foreach (int j in _map.ShapeIndices)
            if (IsMissingDerivative(ws, j))
                missing.Add((j, (FoldingParameter)_map.DirectParameter(j)!));
        foreach (var (j, _) in missing)
            ws.Derivatives[j] ??= new double[_k * BinCount];
        var current = ws.Current!;
        Parallel.For(0, missing.Count, Rent, (m, _, helper) =>
        {
            var (j, f) = missing[m];
            helper.Folder.FoldDerivative(current, f, ws.Derivatives[j].AsSpan(0, _folded * BinCount)); // fixed shapes: 0
            return helper;
        }, _pool.Add);
        foreach (var (j, _) in missing)
            ws.DerivativeValid[j] = true;
    }

    private bool IsMissingDerivative(Workspace ws, int j) =>
        !Parameters[j].IsFixed && !ws.DerivativeValid[j] && _map.DirectParameter(j) is FoldingParameter;

    /// <summary>d mu / d p_j for a shape parameter: sum_c a_c dF_c/d theta_j (SpectrumFolder's analytic derivatives).</summary>
    private void ShapeDerivative(Workspace ws, ReadOnlySpan<double> p, int j, Span<double> row)
    {
        if (_map.DirectParameter(j) is not FoldingParameter f)
            return;
        double[] derivative = ws.Derivatives[j] ??= new double[_k * BinCount]; // fixed shapes' rows stay 0
        if (!ws.DerivativeValid[j])
        {
            ws.Folder.FoldDerivative(ws.Current!, f, derivative.AsSpan(0, _folded * BinCount));
            ws.DerivativeValid[j] = true;
        }
        AddWeighted(p, derivative, row);
    }

    private void AddWeighted(ReadOnlySpan<double> p, ReadOnlySpan<double> perComponent, Span<double> row)
    {
        int n = BinCount;
        for (int c = 0; c < _k; c++)
        {
            double a = Amplitude(c, p);
            if (a != 0)
                Add(row, perComponent.Slice(c * n, n), a);
        }
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

    private void Fold(Workspace ws, ReadOnlySpan<double> p)
    {
        if (ws.Current is not null && _map.SameShape(p, ws.LastShape))
            return;
        ws.Current = _map.Map(p);
        Array.Clear(ws.DerivativeValid);
        ws.Folder.Fold(ws.Current, ws.Folded.AsSpan(0, _folded * BinCount));
        for (int t = 0; t < _fixedShapes.Length; t++)
            _fixedShapes[t].CopyTo(ws.Folded, (_folded + t) * BinCount);
        p.CopyTo(ws.LastShape);
    }

    private Workspace Rent() => _pool.TryTake(out var ws) ? ws : new Workspace(_folderFactory(), _k, Parameters.Count);

    private void Check(ReadOnlySpan<double> p, Span<double> expected)
    {
        if (p.Length != Parameters.Count)
            throw new ArgumentException($"parameter vector length {p.Length}, expected {Parameters.Count}");
        if (expected.Length != BinCount)
            throw new ArgumentException($"expected-counts length {expected.Length}, expected {BinCount}");
    }

    /// <summary>One worker's folder, its cached folded shapes and their derivatives (never shared between threads).</summary>
    private sealed class Workspace
    {
        public Workspace(SpectrumFolder folder, int components, int parameters)
        {
            Folder = folder;
            Folded = new double[components * folder.BinCount];
            Derivatives = new double[parameters][];
            DerivativeValid = new bool[parameters];
            LastShape = new double[parameters];
        }

        public SpectrumFolder Folder { get; }
        public double[] Folded { get; }
        /// <summary>d Folded / d p_j per shape parameter j (allocated on first use), valid where <see cref="DerivativeValid"/>.</summary>
        public double[]?[] Derivatives { get; }
        public bool[] DerivativeValid { get; }
        public double[] LastShape { get; }
        public FoldingParameters? Current { get; set; }
    }
}
