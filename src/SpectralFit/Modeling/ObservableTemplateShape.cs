using DetectorResponse.Spectra;
using DetectorResponse.Templates;
using SolarFlux.Common;

namespace SpectralFit.Modeling;

/// <summary>
/// A component read from a histogram file (configuration key components:&lt;name&gt;:template with axis "observable";
/// format of <see cref="TemplateFile"/>: "E_lo E_hi density [error]") as a shape in the dataset's observable bins.
/// The file's axis is taken to BE the dataset's observable (the estimator's units, e.g. N_h hits): the
/// template enters as a <see cref="TemplateAxis.ObservableEnergy"/> <see cref="TemplateComponent"/> with the
/// identity map (no scale, shift or extra smearing). No keV -> N_h conversion is made: that needs the full
/// detector response (non-linear quenching, light yield, resolution), which the fit's other components get
/// from the folder, and a linear keV scale would be a silently approximate shape. The component's rate is the
/// template's total over its whole axis (cpd/100t), so its per-unit shape is the share of the template in each
/// fit bin and its amplitude is exposure x rate. (A file in electron kinetic energy is folded instead:
/// axis "electron_energy", <see cref="ElectronEnergyTemplate"/>.)
/// The file must cover the whole fit window: a histogram that starts above the window's lower edge or ends below its
/// upper edge is rejected rather than taken as zero there, because that is what a file on the wrong axis looks like
/// (a keV spectrum on 150-950 against an N_h window of 92.5-950.5). A component that really is zero somewhere in
/// the window says so with rows of density 0.
/// </summary>
public static class ObservableTemplateShape
{
    /// <summary>
    /// Share of the template (total 1 over its axis) in each observable bin, read from <paramref name="path"/>.
    /// Throws <see cref="UserInputException"/> naming the key and the file for an unreadable or empty file, a template
    /// that does not cover the fit window, or one with no content inside it (typically a template in keV with a
    /// dataset in N_h).
    /// </summary>
    public static double[] SharePerBin(string componentName, string path, ReadOnlySpan<double> observableEdges, string observableUnits)
    {
        string key = $"components:{componentName}:template";
        EnergyHistogram histogram;
        TemplateComponent template;
        try
        {
            histogram = TemplateFile.Load(path);
            template = new TemplateComponent(componentName, histogram, TemplateAxis.ObservableEnergy);
        }
        catch (UserInputException e)
        {
            throw new UserInputException($"{key}: {e.Message}", e);
        }
        double lo = observableEdges[0], hi = observableEdges[^1], tolerance = 1e-9 * (hi - lo);
        if (histogram.Edges[0] > lo + tolerance || histogram.Edges[^1] < hi - tolerance)
            throw new UserInputException(
                $"{key}: {path}: the template covers {histogram.Edges[0]:G6}-{histogram.Edges[^1]:G6} but the fit window is {lo:G6}-{hi:G6} {observableUnits}: " +
                $"with components:{componentName}:axis \"observable\" it must cover the whole window. If the file is in keV/MeV of electron energy, " +
                $"set axis \"electron_energy\" (and energy_unit); if it is in {observableUnits} and the component is zero outside, add rows with density 0 to cover the window");
        var share = template.ExpectedCounts(observableEdges, TemplateNuisance.Identity, 1.0);
        if (!(share.Sum() > 0))
            throw new UserInputException(
                $"{key}: {path}: the template ({histogram.Edges[0]:G6}-{histogram.Edges[^1]:G6}) has no content inside the fit window " +
                $"{observableEdges[0]:G6}-{observableEdges[^1]:G6} {observableUnits}; a template must be binned in the dataset's observable ({observableUnits}), not in keV");
        return share;
    }
}
