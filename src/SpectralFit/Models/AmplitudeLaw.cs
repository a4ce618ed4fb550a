namespace SpectralFit.Models;

/// <summary>How a component's amplitude parameter a scales its template.</summary>
public enum AmplitudeLaw
{
    /// <summary>mu = a T: an ordinary rate (cpd/100t or counts).</summary>
    Linear,

    /// <summary>mu = a^2 T: e.g. a magnetic-moment signal, whose rate grows as mu_nu^2 (physics.md section 4).</summary>
    Square,
}
