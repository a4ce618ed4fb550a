using DetectorResponse.Backgrounds;
using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace SpectralFit.Modeling;

/// <summary>
/// Shapes of the Borexino backgrounds (physics.md §6), each normalized to one decay (contents sum to ~1), as
/// components for the <see cref="SpectrumFolder"/>: beta spectra of 14C, 85Kr, 210Bi in electron kinetic energy;
/// 11C as a positron plus two annihilation gammas (start point shiftable); 210Po as a Gaussian peak; external
/// gammas as spectra in electron-equivalent kinetic energy.
/// </summary>
public static class BackgroundShapes
{
    /// <summary>
    /// The external-gamma sources by component name. Their shapes are the project's parametrization
    /// <see cref="ExternalGammaShape"/> (full-absorption peak, Compton continuum of gammas leaving the volume,
    /// low-energy grazing part), fitted to Borexino's Monte Carlo shapes; on the Phase-II spectrum they fit
    /// Borexino's external curve (Fig. 6a of arXiv:1707.09279) far better than a bare line plus a flat continuum
    /// (tests/SpectralFit.Tests/Validation; README.md, 'Reproducing Borexino').
    /// </summary>
    public static IReadOnlyDictionary<string, ExternalGammaSource> ExternalSources { get; } =
        new Dictionary<string, ExternalGammaSource>
        {
            ["ext_K40"] = ExternalGammaSource.K40,
            ["ext_Bi214"] = ExternalGammaSource.Bi214,
            ["ext_Tl208"] = ExternalGammaSource.Tl208,
        };

    /// <param name="shares">Component "external" only: the external gammas and their shares (the configuration's sum to 1).</param>
    /// <param name="po210WithResolution">Component "Po210" only: true, the peak is the detector's response to the alpha line
    /// (resolution in quadrature with the intrinsic width, <see cref="GaussianPeakComponent.AddsDetectorResolution"/>);
    /// false, the width is the whole peak width.</param>
    public static FoldingComponent Create(string name, GammaQuenching gammas,
        double cherenkovFraction, double c14ShapeSlope, IReadOnlyDictionary<string, double>? shares = null,
        bool po210WithResolution = true)
    {
        if (name == "external")
            return new ElectronSpectrumComponent(name, External(shares ?? throw new UserInputException("components:external: shares are required"),
                gammas, cherenkovFraction));
        return name switch
        {
            "C14" => Beta("C14", BackgroundBetaSpectra.Carbon14(c14ShapeSlope)),
            "Kr85" => Beta("Kr85", BackgroundBetaSpectra.Krypton85()),
            "Bi210" => Beta("Bi210", BackgroundBetaSpectra.Bismuth210()),
            "C11" => new PositronSpectrumComponent("C11", BetaHistogram(BackgroundBetaSpectra.Carbon11())),
            "Po210" => new GaussianPeakComponent("Po210", 1.0) { AddsDetectorResolution = po210WithResolution },
            _ when ExternalSources.TryGetValue(name, out var source) =>
                new ElectronSpectrumComponent(name, ExternalGammaShape.For(source).Histogram(gammas, cherenkovFraction, 1.0)),
            _ => throw new UserInputException($"components:{name}: the fit model has no built-in shape for '{name}'"),
        };
    }

    /// <summary>
    /// The external gammas added with fixed shares under one rate (physics.md §7 counts the external background as one
    /// rate): sum_g share_g x ExternalGammaShape_g, each normalized to 1, in electron-equivalent energy. The total is the
    /// sum of the shares (1 for the configuration's normalized shares).
    /// </summary>
    public static EnergyHistogram External(IReadOnlyDictionary<string, double> shares, GammaQuenching gammas, double cherenkovFraction)
    {
        EnergyHistogram? sum = null;
        double[]? contents = null;
        foreach (var (name, share) in shares)
        {
            if (!ExternalSources.TryGetValue(name, out var source))
                throw new UserInputException($"components:external:shares: '{name}' is not an external gamma; expected {string.Join(", ", ExternalSources.Keys)}");
            var h = ExternalGammaShape.For(source).Histogram(gammas, cherenkovFraction, 1.0);
            sum ??= h;
            contents ??= new double[h.Count];
            for (int i = 0; i < h.Count; i++)
                contents[i] += share * h.Contents[i];
        }
        if (sum is null || contents is null)
            throw new UserInputException("components:external:shares: no external gamma given");
        return new EnergyHistogram(sum.Edges.ToArray(), contents, "external gammas (" + string.Join(", ", shares.Select(s => FormattableString.Invariant($"{s.Key} {s.Value:G3}"))) + ")");
    }

    /// <summary>A beta spectrum binned on 400 equal kinetic-energy bins from 0 to Q [MeV].</summary>
    public static EnergyHistogram BetaHistogram(BetaDecaySpectrum spectrum)
    {
        const int bins = 400;
        var edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++)
            edges[i] = spectrum.QValue * i / bins;
        return spectrum.ToHistogram(edges);
    }

    private static ElectronSpectrumComponent Beta(string name, BetaDecaySpectrum spectrum) => new(name, BetaHistogram(spectrum));
}
