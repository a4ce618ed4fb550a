using SpectralFit.Parameters;

namespace SpectralFit.Configuration;

/// <summary>
/// A fit parameter as configured: initial value, limits (infinite when unbounded), whether it is
/// fixed, and an optional Gaussian pull. Validated: Min &lt;= Init &lt;= Max, Min &lt; Max when free.
/// </summary>
/// <param name="Name">Config key path, e.g. "components:Kr85" or "response:light_yield".</param>
/// <param name="Unit">Unit of Init, Min, Max and the pull.</param>
public sealed record ParameterSpec(
    string Name,
    string Unit,
    double Init,
    double Min,
    double Max,
    bool Fixed,
    GaussianPrior? Pull);
