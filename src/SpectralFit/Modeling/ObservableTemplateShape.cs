using DetectorResponse.Spectra;
using DetectorResponse.Templates;
using SolarFlux.Common;

namespace SpectralFit.Modeling;

/// <summary>
/// A component read from a histogram file (configuration key components:&lt;name&gt;:template; format of
/// <see cref="TemplateFile"/>: "E_lo E_hi density [error]") as a shape in the dataset's observable bins.
/// The file's axis is taken to BE the dataset's observable (the estimator's units, e.g. N_h hits): the
/// template enters as a <see cref="TemplateAxis.ObservableEnergy"/> <see cref="TemplateComponent"/> with the
/// identity map (no scale, shift or extra smearing). No keV -> N_h conversion is made: that needs the full
/// detector response (non-linear quenching, light yield, resolution), which the fit's other components get
/// from the folder, and a linear keV scale would be a silently approximate shape. The component's rate is the
/// template's total over its whole axis (cpd/100t), so its per-unit shape is the share of the template in each
/// fit bin and its amplitude is exposure x rate.
/// </summary>
public static class ObservableTemplateShape
{
    /// <summary>
    /// Share of the template (total 1 over its axis) in each observable bin, read from <paramref name="path"/>.
    /// Throws <see cref="UserInputException"/> naming the key and the file for an unreadable or empty file, or a
    /// template with no content inside the fit window (typically a template in keV with a dataset in N_h).
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
        var share = template.ExpectedCounts(observableEdges, TemplateNuisance.Identity, 1.0);
        if (!(share.Sum() > 0))
            throw new UserInputException(
                $"{key}: {path}: the template ({histogram.Edges[0]:G6}-{histogram.Edges[^1]:G6}) has no content inside the fit window " +
                $"{observableEdges[0]:G6}-{observableEdges[^1]:G6} {observableUnits}; a template must be binned in the dataset's observable ({observableUnits}), not in keV");
        return share;
    }
}
