namespace SpectralFit.Configuration;

/// <summary>One alternative of a systematics axis.</summary>
/// <param name="Value">Value given to the axis key.</param>
/// <param name="PriorWeight">Prior weight P(c) &gt; 0 (not normalized).</param>
/// <param name="Set">Further key paths (colon-separated) and values set with this choice.</param>
public sealed record SystematicChoice(string Label, string Value, double PriorWeight, IReadOnlyList<KeyValuePair<string, string>> Set);
