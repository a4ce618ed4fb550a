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
    /// Gamma lines of the external backgrounds [MeV] and their relative weights: 40K 1.461; 214Bi 1.764 and 2.204
    /// (the lines that penetrate to the fiducial volume; branching 15.3% and 4.9%, NNDC); 208Tl 2.614.
    /// </summary>
    public static IReadOnlyDictionary<string, (double Energy, double Weight)[]> ExternalGammaLines { get; } =
        new Dictionary<string, (double, double)[]>
        {
            ["ext_K40"] = [(1.4608, 1.0)],
            ["ext_Bi214"] = [(1.7645, 0.757), (2.2036, 0.243)],
            ["ext_Tl208"] = [(2.6145, 1.0)],
        };

    /// <summary>
    /// Share of external-gamma events in the full-absorption peak; the rest is spread flat from 40% of the peak's
    /// electron-equivalent energy up to the peak (gammas that Compton-scatter out of the fiducial volume). A
    /// simplified stand-in for Borexino's Geant4 shapes (PRD 100, 082004 (2019), Fig. 6).
    /// </summary>
    public const double ExternalPeakFraction = 0.6;

    public static FoldingComponent Create(string name, GammaQuenching gammas,
        double cherenkovFraction, double c14ShapeSlope)
    {
        return name switch
        {
            "C14" => Beta("C14", BackgroundBetaSpectra.Carbon14(c14ShapeSlope)),
            "Kr85" => Beta("Kr85", BackgroundBetaSpectra.Krypton85()),
            "Bi210" => Beta("Bi210", BackgroundBetaSpectra.Bismuth210()),
            "C11" => new PositronSpectrumComponent("C11", BetaHistogram(BackgroundBetaSpectra.Carbon11())),
            "Po210" => new GaussianPeakComponent("Po210", 1.0),
            _ when ExternalGammaLines.TryGetValue(name, out var lines) =>
                new ElectronSpectrumComponent(name, ExternalGamma(name, lines, gammas, cherenkovFraction)),
            _ => throw new UserInputException($"components:{name}: the fit model has no built-in shape for '{name}'"),
        };
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

    /// <summary>External gamma lines as a spectrum in electron-equivalent kinetic energy [MeV], 2 keV bins.</summary>
    public static EnergyHistogram ExternalGamma(string name, (double Energy, double Weight)[] lines,
        GammaQuenching gammas, double cherenkovFraction)
    {
        const double width = 0.002;
        double top = lines.Max(l => gammas.ElectronEquivalentEnergy(l.Energy, cherenkovFraction)) + 2 * width;
        int n = (int)Math.Ceiling(top / width);
        var edges = new double[n + 1];
        for (int i = 0; i <= n; i++)
            edges[i] = i * width;
        var contents = new double[n];
        double total = lines.Sum(l => l.Weight);
        foreach (var (energy, weight) in lines)
        {
            double peak = gammas.ElectronEquivalentEnergy(energy, cherenkovFraction);
            double w = weight / total;
            contents[Math.Min((int)(peak / width), n - 1)] += ExternalPeakFraction * w;
            double lo = 0.4 * peak;
            for (int i = 0; i < n; i++)
            {
                double overlap = Math.Min(edges[i + 1], peak) - Math.Max(edges[i], lo);
                if (overlap > 0)
                    contents[i] += (1 - ExternalPeakFraction) * w * overlap / (peak - lo);
            }
        }
        return new EnergyHistogram(edges, contents, $"{name} external gammas (electron-equivalent)");
    }
}
