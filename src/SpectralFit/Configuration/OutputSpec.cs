namespace SpectralFit.Configuration;

/// <summary>What to write and where (Directory as written; relative paths are relative to the working directory).</summary>
public sealed record OutputSpec(string Directory, bool Json, bool Plots, bool Html);
