using DetectorResponse.Estimators;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// Folds true-energy spectra into expected contents per observable bin (physics.md §6):
/// T -> visible energy E = E_q(T) + f_Ch C(T) -> estimator mean N(E), variance sigma^2(N) -> Gaussian
/// kernel integrated over each observable bin, Phi((b_{j+1} - N)/sigma) - Phi((b_j - N)/sigma).
/// Peaks (GaussianPeakComponent) add the skew of the counting statistics (CountingSkewness, Cornish-Fisher kernel);
/// the electron and positron nodes do so when the folder is built with electronCountingSkew.
/// True energies are represented on nodes spaced at ~sigma/5 in the observable (see LightNodeSet),
/// the light at the nodes is precomputed for the fixed kB, kernels are cut at 6.5 sigma, and every
/// evaluation writes into caller-provided spans with no allocation. Derivatives with respect to the
/// response and shape parameters are analytic. Not thread-safe (scratch buffers): one folder per thread.
/// Output layout: component-major, output[c * BinCount + j].
/// </summary>
public sealed partial class SpectrumFolder
{
    private const double KernelCut = NormalDistribution.TableRange;

    private readonly FoldingComponent[] _components;
    private readonly LightNodeSet[] _nodeSets;
    private readonly PeakEntry[] _peaks;

    /// <summary>A peak component: its index, total, counting skew and whether the detector resolution adds to its width.</summary>
    private readonly record struct PeakEntry(int GlobalIndex, double Total, bool Skewed, bool WithResolution);
    private readonly double[] _cdf;
    private readonly double[] _row;
    private readonly double[] _cache;
    private FoldingParameters? _cached;
    private double[]? _scratchAll;
    private readonly PmtNormalizationAliasing? _aliasing;
    private readonly double[] _aliasScratch;
    private readonly bool _electronSkew;

    /// <param name="electrons">Electron light for the fixed kB (also used for electron-equivalent spectra).</param>
    /// <param name="positrons">Positron light for the same kB.</param>
    /// <param name="gammas">Gamma light (for the annihilation gammas of positron components).</param>
    /// <param name="aliasing">Binning aliasing of a PMT-normalized estimator, built for <paramref name="binning"/>;
    /// applied to every folded shape and derivative (none by default: smooth bin contents).</param>
    /// <param name="electronCountingSkew">true: the electron (and positron) nodes use the skewed counting kernel of
    /// <see cref="CountingSkewness"/>, as the 210Po peak does; false (default): the Gaussian kernel.</param>
    public SpectrumFolder(ChargedLeptonLight electrons, ChargedLeptonLight positrons, GammaQuenching gammas,
        EnergyEstimator estimator, ObservableBinning binning, IReadOnlyList<FoldingComponent> components,
        FoldingParameters? reference = null, PmtNormalizationAliasing? aliasing = null, bool electronCountingSkew = false)
    {
        if (aliasing is not null && aliasing.BinCount != binning.Count)
            throw new ArgumentException($"aliasing has {aliasing.BinCount} bins, the binning {binning.Count}", nameof(aliasing));
        if (components.Count == 0)
            throw new UserInputException("spectrum folder: at least one component is needed");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in components)
            if (!names.Add(c.Name))
                throw new UserInputException($"spectrum folder: component name '{c.Name}' is used twice");
        if (positrons.Kb != electrons.Kb)
            throw new UserInputException($"spectrum folder: electron and positron light use different kB ({electrons.Kb}, {positrons.Kb})");
        reference ??= new FoldingParameters { Response = new ResponseParameters { Kb = electrons.Kb } };
        Electrons = electrons;
        Estimator = estimator;
        Binning = binning;
        Kb = electrons.Kb;
        _components = [.. components];
        var refResponse = new EstimatorResponse(estimator, reference.Response);
        double fCh = reference.Response.CherenkovFraction;

        var sets = new List<LightNodeSet>();
        var onElectronNodes = new List<(int, EnergyHistogram)>();
        var peaks = new List<PeakEntry>();
        for (int i = 0; i < _components.Length; i++)
        {
            switch (_components[i])
            {
                case ElectronSpectrumComponent e:
                    onElectronNodes.Add((i, e.Spectrum));
                    break;
                case PositronSpectrumComponent p:
                    double s0 = p.AnnihilationGammas * gammas.Scintillation(0.51099895);
                    double c0 = p.AnnihilationGammas * gammas.CherenkovLight(0.51099895);
                    sets.Add(LightNodeSet.Build(positrons, s0, c0, true, [(i, p.Spectrum)], refResponse, fCh, Binning.Upper));
                    break;
                case GaussianPeakComponent g:
                    peaks.Add(new PeakEntry(i, g.Total, g.CountingSkew, g.AddsDetectorResolution));
                    break;
                default:
                    throw new ArgumentException($"unsupported component type {_components[i].GetType().Name}");
            }
        }
        if (onElectronNodes.Count > 0)
            sets.Insert(0, LightNodeSet.Build(electrons, 0, 0, false, onElectronNodes, refResponse, fCh, Binning.Upper));
        _nodeSets = [.. sets];
        _peaks = [.. peaks];
        _cdf = new double[binning.Count + 1];
        _row = new double[binning.Count];
        _cache = new double[_components.Length * binning.Count];
        _aliasing = aliasing;
        _aliasScratch = new double[aliasing is null ? 0 : binning.Count];
        _electronSkew = electronCountingSkew;
    }

    /// <summary>Whether the electron nodes use the skewed counting kernel (constructor option).</summary>
    public bool ElectronCountingSkew => _electronSkew;

    /// <summary>A folder for pseudocumene with Birks constant kB [cm/MeV] (builds the light tables).</summary>
    public static SpectrumFolder Create(double kb, EnergyEstimator estimator, ObservableBinning binning,
        IReadOnlyList<FoldingComponent> components, FoldingParameters? reference = null)
    {
        var electrons = ChargedLeptonLight.Electrons(kb);
        return new SpectrumFolder(electrons, ChargedLeptonLight.Positrons(kb), new GammaQuenching(electrons, 1.0),
            estimator, binning, components, reference);
    }

    public ChargedLeptonLight Electrons { get; }
    public EnergyEstimator Estimator { get; }
    public ObservableBinning Binning { get; }

    /// <summary>The Birks constant the light tables were built for; parameters must carry the same Kb.</summary>
    public double Kb { get; }

    public int BinCount => Binning.Count;
    public int ComponentCount => _components.Length;
    public IReadOnlyList<FoldingComponent> Components => _components;

    /// <summary>Index of a component by name, or a UserInputException naming the known ones.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < _components.Length; i++)
            if (_components[i].Name == name)
                return i;
        throw new UserInputException($"unknown component '{name}'; known: {string.Join(", ", _components.Select(c => c.Name))}");
    }

    /// <summary>Folds all components: output[c * BinCount + j] (length ComponentCount * BinCount).</summary>
    public void Fold(FoldingParameters parameters, Span<double> output)
    {
        CheckOutput(output);
        if (_cached is not null && _cached.Equals(parameters))
        {
            _cache.CopyTo(output);
            return;
        }
        var response = Response(parameters);
        output.Clear();
        foreach (var set in _nodeSets)
            FoldNodes(set, parameters, response, output);
        foreach (var peak in _peaks)
            FoldPeak(parameters, response, peak, output.Slice(peak.GlobalIndex * BinCount, BinCount));
        Alias(output);
        output.CopyTo(_cache);
        _cached = parameters;
    }

    /// <summary>Folds one component into output (length BinCount); reuses the last full evaluation if the parameters are equal.</summary>
    public void Fold(FoldingParameters parameters, int component, Span<double> output)
    {
        if ((uint)component >= (uint)_components.Length)
            throw new ArgumentOutOfRangeException(nameof(component));
        if (output.Length != BinCount)
            throw new ArgumentException($"output must have {BinCount} elements, got {output.Length}", nameof(output));
        if (_cached is null || !_cached.Equals(parameters))
            Fold(parameters, _scratchAll ??= new double[_cache.Length]);
        _cache.AsSpan(component * BinCount, BinCount).CopyTo(output);
    }

    /// <summary>The aliasing of a PMT-normalized estimator, if any, on each component's row.</summary>
    private void Alias(Span<double> output)
    {
        if (_aliasing is null)
            return;
        for (int c = 0; c < _components.Length; c++)
            _aliasing.Apply(output.Slice(c * BinCount, BinCount), _aliasScratch);
    }

    /// <summary>
    /// Content of one component that falls below the first and above the last observable edge
    /// (exact Gaussian tails, plus content beyond the node grid in Above). In-window sum + Below +
    /// Above = component total.
    /// </summary>
    public (double Below, double Above) OutsideWindow(FoldingParameters parameters, int component)
    {
        var response = Response(parameters);
        double below = 0, above = 0, lo = Binning.Lower, hi = Binning.Upper;
        foreach (var set in _nodeSets)
        {
            int c = Array.IndexOf(set.ComponentIndices, component);
            if (c < 0)
                continue;
            above += set.BeyondGrid[c];
            for (int k = 0; k < set.Nodes.Length; k++)
            {
                double w = set.Weights[k * set.ComponentCount + c];
                if (w == 0)
                    continue;
                var (mu, s) = NodeKernel(set, k, parameters, response);
                double a = _electronSkew ? CountingSkewness.KernelSkew(response, mu, s) : 0;
                below += w * CountingSkewness.Cdf((lo - mu) / s, a);
                above += w * (1 - CountingSkewness.Cdf((hi - mu) / s, a));
            }
        }
        foreach (var peak in _peaks)
        {
            if (peak.GlobalIndex != component)
                continue;
            var (mu, s) = PeakKernel(parameters, response, peak.WithResolution);
            double a = peak.Skewed ? CountingSkewness.KernelSkew(response, mu, s) : 0;
            below += peak.Total * CountingSkewness.Cdf((lo - mu) / s, a);
            above += peak.Total * (1 - CountingSkewness.Cdf((hi - mu) / s, a));
        }
        return (below, above);
    }

    private EstimatorResponse Response(FoldingParameters parameters)
    {
        if (parameters.Response.Kb != Kb)
            throw new UserInputException($"Kb: this folder was built for kB = {Kb} cm/MeV, got {parameters.Response.Kb}; kB is fixed per SpectrumFolder (build a new one to change it)");
        return new EstimatorResponse(Estimator, parameters.Response);
    }

    private void CheckOutput(Span<double> output)
    {
        if (output.Length != _cache.Length)
            throw new ArgumentException($"output must have ComponentCount x BinCount = {_cache.Length} elements, got {output.Length}", nameof(output));
    }

    private static (double Mu, double Sigma) NodeKernel(LightNodeSet set, int k, FoldingParameters p, in EstimatorResponse r)
    {
        double mu = r.Mean(NodeVisibleEnergy(set, k, p));
        return (mu, Math.Sqrt(r.Variance(mu) * set.VarianceScale[k]));
    }

    /// <summary>Visible energy of node k (scintillation + Cherenkov light, positrons shifted), floored at 0.</summary>
    private static double NodeVisibleEnergy(LightNodeSet set, int k, FoldingParameters p) =>
        Math.Max(set.Scintillation[k] + p.Response.CherenkovFraction * set.Cherenkov[k] + (set.Shiftable ? p.PositronShift : 0), 0);

    /// <summary>
    /// The peak's mean mu = N(E_pk) and width: sigma^2 = sigma_det^2(mu) + (w dN/dE)^2 with the estimator's resolution
    /// sigma_det^2 (<see cref="EstimatorResponse.Variance"/>) when the detector resolution adds to the line's width w,
    /// else sigma = w dN/dE.
    /// </summary>
    private static (double Mu, double Sigma) PeakKernel(FoldingParameters p, in EstimatorResponse r, bool withResolution)
    {
        double mu = r.Mean(p.PeakPosition);
        double line = p.PeakWidth * r.MeanSlope(p.PeakPosition);
        if (!withResolution && !(line > 0))
            throw new UserInputException("po210_width: a 210Po peak without the detector resolution (po210_peak = free-width) needs a width > 0; give it a minimum > 0");
        return (mu, withResolution ? Math.Sqrt(r.Variance(mu) + line * line) : line);
    }

    /// <summary>Fills _cdf for edges around mu (skew = a of the counting kernel, 0: Gaussian); returns the bin range [jLo, jHi].</summary>
    private (int JLo, int JHi) KernelEdges(double mu, double s, double skew)
    {
        var (e0, e1, jLo, jHi) = KernelWindow(mu, s);
        var edges = Binning.Edges;
        double inv = 1.0 / s;
        for (int e = jLo; e <= jHi + 1; e++)
        {
            if (e < e0) { _cdf[e] = 0; continue; }
            if (e >= e1) { _cdf[e] = 1; continue; }
            double z = (edges[e] - mu) * inv;
            // skew = a of the counting kernel (CountingSkewness): Phi(w(z; a)); 0: the Gaussian Phi(z).
            _cdf[e] = NormalDistribution.TableCdf(skew == 0 ? z : CountingSkewness.NormalArgument(z, skew));
        }
        return (jLo, jHi);
    }

    /// <summary>Edges e0, e1 of the kernel cut and the bin range [jLo, jHi] it touches (no kernel values).</summary>
    private (int E0, int E1, int JLo, int JHi) KernelWindow(double mu, double s)
    {
        int e0 = Binning.FirstEdgeAtOrAbove(mu - KernelCut * s);
        int e1 = Binning.FirstEdgeAtOrAbove(mu + KernelCut * s);
        return (e0, e1, Math.Max(e0 - 1, 0), Math.Min(e1, BinCount) - 1);
    }

    private bool OutsideBand(double mu, double s) =>
        mu + KernelCut * s < Binning.Lower || mu - KernelCut * s > Binning.Upper;

    private void FoldNodes(LightNodeSet set, FoldingParameters p, in EstimatorResponse r, Span<double> output)
    {
        int nb = BinCount, nc = set.ComponentCount;
        for (int k = set.FirstActiveNode; k <= set.LastActiveNode; k++)
        {
            var (mu, s) = NodeKernel(set, k, p, r);
            if (OutsideBand(mu, s))
                continue;
            var (jLo, jHi) = KernelEdges(mu, s, _electronSkew ? CountingSkewness.KernelSkew(r, mu, s) : 0);
            for (int j = jLo; j <= jHi; j++)
                _row[j] = _cdf[j + 1] - _cdf[j];
            for (int c = 0; c < nc; c++)
            {
                if (k < set.FirstNode[c] || k > set.LastNode[c])
                    continue;
                double w = set.Weights[k * nc + c];
                if (w == 0)
                    continue;
                Accumulate(output.Slice(set.ComponentIndices[c] * nb + jLo, jHi - jLo + 1), _row.AsSpan(jLo, jHi - jLo + 1), w);
            }
        }
    }

    private void FoldPeak(FoldingParameters p, in EstimatorResponse r, PeakEntry peak, Span<double> output)
    {
        var (mu, s) = PeakKernel(p, r, peak.WithResolution);
        if (OutsideBand(mu, s))
            return;
        var (jLo, jHi) = KernelEdges(mu, s, peak.Skewed ? CountingSkewness.KernelSkew(r, mu, s) : 0);
        for (int j = jLo; j <= jHi; j++)
            output[j] += peak.Total * (_cdf[j + 1] - _cdf[j]);
    }

    private static void Accumulate(Span<double> target, ReadOnlySpan<double> row, double weight)
    {
        for (int j = 0; j < target.Length; j++)
            target[j] += weight * row[j];
    }
}
