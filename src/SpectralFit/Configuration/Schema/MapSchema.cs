namespace SpectralFit.Configuration.Schema;

/// <summary>
/// A JSON object whose keys are names chosen by the user from a known list (e.g. component names);
/// each entry has the same shape, given by <see cref="Entry"/>.
/// </summary>
public sealed class MapSchema : SchemaNode
{
    public MapSchema(string description, bool required, string entryPlaceholder, ObjectSchema entry,
        IReadOnlyList<string> knownNames, bool otherNamesAllowed)
        : base(description, required)
    {
        EntryPlaceholder = entryPlaceholder;
        Entry = entry;
        KnownNames = knownNames;
        OtherNamesAllowed = otherNamesAllowed;
    }

    /// <summary>How entries are written in documentation, e.g. "&lt;component&gt;".</summary>
    public string EntryPlaceholder { get; }

    public ObjectSchema Entry { get; }

    /// <summary>The names the program knows (checked in the meaning stage).</summary>
    public IReadOnlyList<string> KnownNames { get; }

    /// <summary>True when other names are allowed (checked in the meaning stage, e.g. file templates).</summary>
    public bool OtherNamesAllowed { get; }

    public override string Expected => "an object of named entries";
}
