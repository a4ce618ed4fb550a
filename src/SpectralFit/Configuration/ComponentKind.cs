namespace SpectralFit.Configuration;

/// <summary>What a spectral component is.</summary>
public enum ComponentKind
{
    /// <summary>Solar neutrinos of one species or a group (CNO).</summary>
    Solar,
    /// <summary>A background the detector model knows (14C, 210Po, external gammas, pile-up, ...).</summary>
    Background,
    /// <summary>A spectrum read from a file (<see cref="ComponentSpec.Template"/>).</summary>
    Template,
}
