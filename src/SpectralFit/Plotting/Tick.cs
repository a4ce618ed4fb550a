namespace SpectralFit.Plotting;

/// <summary>
/// A tick mark. Major ticks carry a label; a power of ten is labelled <see cref="Label"/> = "10" with
/// <see cref="Exponent"/> = "3" (backends draw the exponent as a superscript). Minor ticks have no label.
/// </summary>
public sealed record Tick(double Value, string Label, string? Exponent, bool Major)
{
    /// <summary>The label as plain text, e.g. "10^3" or "2.5".</summary>
    public string PlainText => Exponent is null ? Label : $"{Label}^{Exponent}";
}
