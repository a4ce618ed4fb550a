namespace SpectralFit.Configuration.Schema;

/// <summary>
/// One node of the fit-configuration schema: what a key means, its unit and whether it must be given.
/// The schema drives the structure check (types, required and unknown keys), the range check and the
/// key reference in configs/README.md.
/// </summary>
public abstract class SchemaNode
{
    protected SchemaNode(string description, bool required)
    {
        Description = description;
        Required = required;
    }

    /// <summary>What the key means, for documentation and error messages.</summary>
    public string Description { get; }

    /// <summary>True when the key must be present (a scalar with a default is never required).</summary>
    public bool Required { get; }

    /// <summary>A short name of the expected JSON type, e.g. "an object", "a number".</summary>
    public abstract string Expected { get; }
}
