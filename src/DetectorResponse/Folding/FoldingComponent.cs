namespace DetectorResponse.Folding;

/// <summary>
/// One spectral component handed to the <see cref="SpectrumFolder"/>. The folded output is in the
/// units of the component's contents (e.g. counts or cpd/100t per observable bin).
/// </summary>
public abstract class FoldingComponent
{
    protected FoldingComponent(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new SolarFlux.Common.UserInputException("component name: must not be empty");
        Name = name;
    }

    /// <summary>Name used in fits and reports (e.g. "pp", "Po210", "C11").</summary>
    public string Name { get; }

    /// <summary>Total content (sum over true energy).</summary>
    public abstract double Total { get; }
}
