using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;
using DetectorResponse.Templates;
using SolarFlux.Common;
using SpectralFit.Configuration;

namespace SpectralFit.Modeling;

/// <summary>
/// A component read from a histogram file binned in deposited electron kinetic energy T (configuration keys
/// components:&lt;name&gt;:template with axis "electron_energy" and energy_unit keV or MeV), e.g. the beta spectrum
/// of a radioisotope from a decay-data tool or a Monte Carlo. The histogram is a piecewise-constant density in T
/// (content = density x width, e.g. cpd/100t per bin) and becomes an <see cref="ElectronSpectrumComponent"/>: the
/// <see cref="SpectrumFolder"/> folds it exactly like the built-in beta spectra (85Kr, 210Bi): Birks quenching,
/// Cherenkov light, light yield, estimator, resolution, with the folder's analytic shape derivatives, so its
/// observable shape follows the fitted response parameters. Its rate (cpd/100t) is the template's total over its
/// whole axis, as for observable templates.
/// </summary>
public static class ElectronEnergyTemplate
{
    /// <summary>
    /// The template as an electron spectrum in MeV. Throws <see cref="UserInputException"/> naming the key and the
    /// file for an unreadable file, negative energies or energies above the light tables (<see cref="BirksQuenching.MaxEnergy"/>).
    /// </summary>
    public static ElectronSpectrumComponent Load(string componentName, TemplateSpec template)
    {
        if (template.Axis != TemplateEnergyAxis.ElectronEnergy)
            throw new ArgumentException($"template of {componentName} is not on the electron_energy axis", nameof(template));
        string key = $"components:{componentName}:template";
        try
        {
            var file = TemplateFile.Load(template.Path);
            double scale = template.MeVPerFileUnit;
            if (file.Low(0) < 0)
                throw new UserInputException($"{template.Path}: electron kinetic energies must be >= 0 {template.EnergyUnit}, first edge is {file.Low(0):G6}");
            double topMeV = file.Edges[^1] * scale;
            if (topMeV > BirksQuenching.MaxEnergy)
                throw new UserInputException(
                    $"{template.Path}: the template reaches {file.Edges[^1]:G6} {template.EnergyUnit} = {topMeV:G6} MeV of electron energy, above the detector model's " +
                    $"{BirksQuenching.MaxEnergy:G6} MeV; check components:{componentName}:energy_unit (keV or MeV)");
            var edges = new double[file.Count + 1];
            for (int i = 0; i < edges.Length; i++)
                edges[i] = file.Edges[i] * scale;
            return new ElectronSpectrumComponent(componentName, new EnergyHistogram(edges, file.Contents.ToArray(), template.Path));
        }
        catch (UserInputException e)
        {
            throw new UserInputException($"{key}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Share of the template (of its total) folded into the fit window at the response <paramref name="at"/>;
    /// throws <see cref="UserInputException"/> naming the key when nothing reaches the window (typically a file in keV
    /// declared as MeV, or energies far above the window).
    /// </summary>
    public static double WindowShare(SpectrumFolder folder, FoldingParameters at, ElectronSpectrumComponent component,
        TemplateSpec template, string observableUnits)
    {
        var row = new double[folder.BinCount];
        folder.Fold(at, folder.IndexOf(component.Name), row);
        double share = row.Sum() / component.Total;
        if (!(share > 0))
        {
            var h = component.Spectrum;
            double perMeV = 1 / template.MeVPerFileUnit;
            throw new UserInputException(
                $"components:{component.Name}:template: {template.Path}: the template ({h.Edges[0] * perMeV:G6}-{h.Edges[^1] * perMeV:G6} {template.EnergyUnit} " +
                $"of electron energy) folds to nothing inside the fit window {folder.Binning.Lower:G6}-{folder.Binning.Upper:G6} {observableUnits}; " +
                $"check components:{component.Name}:energy_unit (keV or MeV) and that the file is binned in electron kinetic energy");
        }
        return share;
    }

    /// <summary>The fit note for the template: file, axis range, share in the window, and a start above 0 with non-zero density.</summary>
    public static string Note(ElectronSpectrumComponent component, TemplateSpec template, double windowShare)
    {
        var spectrum = component.Spectrum;
        double first = spectrum.Edges[0] / template.MeVPerFileUnit;
        string truncated = spectrum.Edges[0] > 0 && spectrum.Contents[0] > 0
            ? $"; taken as zero below {first:G6} {template.EnergyUnit}, where the file starts with non-zero density" : "";
        return $"{component.Name}: template {Path.GetFileName(template.Path)} read in {template.EnergyUnit} of electron kinetic energy " +
            $"({first:G6}-{spectrum.Edges[^1] / template.MeVPerFileUnit:G6}), folded with the detector response; " +
            $"{windowShare:P1} of it in the fit window at the initial response; a pile-up single{truncated}";
    }
}
