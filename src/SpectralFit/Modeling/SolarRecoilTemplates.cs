using DetectorResponse.Spectra;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Recoil;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SpectralFit.Modeling;

/// <summary>
/// Recoil-electron spectra of one solar component (a species or the CNO group) for the fit (physics.md §4):
/// the Standard-Model part and the magnetic-moment part at mu = 1e-11 mu_B as histograms in electron kinetic
/// energy T [MeV] (content: cpd/100t per bin at the SSM flux), and the SSM interaction rate for T &gt; 0
/// (Borexino's rate convention, Nature 562, 505 (2018), Table 1) that the fitted rate is measured against.
/// </summary>
/// <param name="SsmRate">Expected interaction rate at the SSM flux with oscillations, T &gt; 0 [cpd/100t].</param>
public sealed record SolarRecoilTemplates(string Name, IReadOnlyList<NeutrinoSpecies> Species,
    EnergyHistogram StandardModel, EnergyHistogram MagneticMoment, double SsmRate)
{
    /// <summary>Moment [mu_B] at which <see cref="MagneticMoment"/> is computed (SolarFlux.Recoil.RecoilSpectrum).</summary>
    public const double ReferenceMoment = RecoilSpectrum.ReferenceMoment;

    /// <summary>Builds the histograms on the recoil grid <paramref name="edges"/> (T &gt; 0, increasing) [MeV].</summary>
    public static SolarRecoilTemplates Build(string name, IReadOnlyList<NeutrinoSpecies> species, SolarModel model,
        ISurvivalProbability survival, double[] edges)
    {
        var sm = new double[edges.Length - 1];
        var mm = new double[edges.Length - 1];
        double rate = 0;
        foreach (var s in species)
        {
            var spectrum = SolarNeutrinoSpectra.For(s);
            double flux = model.Fluxes.Flux(s);
            var recoil = RecoilSpectrumBuilder.Build(s, spectrum, flux, survival, edges);
            for (int i = 0; i < sm.Length; i++)
            {
                sm[i] += Math.Max(recoil.IntegrateStandardModel(edges[i], edges[i + 1]), 0);
                mm[i] += Math.Max(recoil.IntegrateMagneticMoment(edges[i], edges[i + 1]), 0);
            }
            rate += InteractionRates.Compute(s, spectrum, flux, survival).Rate;
        }
        return new SolarRecoilTemplates(name, species,
            new EnergyHistogram(edges, sm, $"{name} recoil spectrum (Standard Model)"),
            new EnergyHistogram(edges, mm, $"{name} recoil spectrum (magnetic moment 1e-11 mu_B)"), rate);
    }

    /// <summary>
    /// Recoil grid [MeV]: 2 keV up to 50 keV on a geometric scale (the 1/T rise of the moment signal), then steps of
    /// <paramref name="step"/> up to <paramref name="top"/>.
    /// </summary>
    public static double[] RecoilGrid(double top, double step = 0.004)
    {
        var t = new List<double>();
        for (double x = 0.002; x < 0.05; x *= 1.15)
            t.Add(x);
        for (double x = 0.05; x < top; x += step)
            t.Add(x);
        t.Add(top);
        return [.. t];
    }
}
