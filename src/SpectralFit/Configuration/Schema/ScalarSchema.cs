using System.Globalization;

namespace SpectralFit.Configuration.Schema;

/// <summary>A leaf key: a number, integer, boolean, free string or one of a list of choices.</summary>
public sealed class ScalarSchema : SchemaNode
{
    public ScalarSchema(
        ScalarKind kind,
        string description,
        string? unit = null,
        string? defaultValue = null,
        bool required = false,
        IReadOnlyList<string>? choices = null,
        double? minimum = null,
        double? maximum = null)
        : base(description, required && defaultValue is null)
    {
        if (kind == ScalarKind.Choice && (choices is null || choices.Count == 0))
            throw new ArgumentException("a choice key needs its list of choices", nameof(choices));
        Kind = kind;
        Unit = unit;
        Default = defaultValue;
        Choices = choices;
        Minimum = minimum;
        Maximum = maximum;
    }

    public ScalarKind Kind { get; }

    /// <summary>Unit of the value (null for dimensionless flags and names).</summary>
    public string? Unit { get; }

    /// <summary>Value used when the key is absent (as it would be written in JSON), or null.</summary>
    public string? Default { get; }

    public IReadOnlyList<string>? Choices { get; }

    /// <summary>Smallest allowed value (inclusive), checked in the meaning stage.</summary>
    public double? Minimum { get; }

    /// <summary>Largest allowed value (inclusive), checked in the meaning stage.</summary>
    public double? Maximum { get; }

    public override string Expected => Kind switch
    {
        ScalarKind.Number => "a number",
        ScalarKind.Integer => "an integer",
        ScalarKind.Boolean => "true or false",
        ScalarKind.String => "a non-empty string",
        ScalarKind.Choice => "one of " + string.Join(", ", Choices!.Select(c => $"\"{c}\"")),
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>True when the text (as IConfiguration stores it) is a valid value of this kind.</summary>
    public bool Accepts(string text) => Kind switch
    {
        ScalarKind.Number => TryNumber(text, out _),
        ScalarKind.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        ScalarKind.Boolean => bool.TryParse(text, out _),
        ScalarKind.String => !string.IsNullOrWhiteSpace(text),
        ScalarKind.Choice => CanonicalChoice(text) is not null,
        _ => false,
    };

    /// <summary>The choice as listed in the schema (the user's text may differ in case), or null.</summary>
    public string? CanonicalChoice(string text) =>
        Choices?.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a finite number written in invariant culture (e.g. 5e-11).</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
