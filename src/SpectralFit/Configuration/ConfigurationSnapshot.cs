namespace SpectralFit.Configuration;

/// <summary>
/// Everything a configuration was built from: the config file, its folder (relative paths start there),
/// the --set overrides and the flattened key/value pairs after overrides. Lets systematics variants be
/// rebuilt without reading the file again.
/// </summary>
public sealed record ConfigurationSnapshot(
    string SourcePath,
    string BaseDirectory,
    IReadOnlyList<ConfigOverride> Overrides,
    IReadOnlyList<KeyValuePair<string, string?>> Values);
