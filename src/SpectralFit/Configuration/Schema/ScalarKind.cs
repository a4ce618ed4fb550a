namespace SpectralFit.Configuration.Schema;

/// <summary>The JSON value types a configuration leaf can have.</summary>
public enum ScalarKind
{
    Number,
    Integer,
    Boolean,
    String,
    /// <summary>A string from a fixed list of choices (case-insensitive).</summary>
    Choice,
}
