namespace SpectralFit.Moments;

/// <summary>
/// Published magnetic-moment bounds (physics.md §5; 90% C.L. unless marked), each with its journal reference.
/// They constrain different effective moments (see <see cref="PublishedBound.Quantity"/>), so a comparison
/// across categories is indicative only.
/// </summary>
public static class PublishedBounds
{
    private const string Cl90 = "90% C.L.";

    public static IReadOnlyList<PublishedBound> All { get; } =
    [
        // Reactor anti-nu_e: mu_R^2 = a_+^dagger lambda lambda^dagger a_+ with a_+ = (1,0,0).
        new("Krasnoyarsk", BoundCategory.Reactor, "mu(anti-nu_e)", 2.4e-10, Cl90, "Vidyakin et al., JETP Lett. 55, 206 (1992)"),
        new("Rovno", BoundCategory.Reactor, "mu(anti-nu_e)", 1.9e-10, Cl90, "Derbin et al., JETP Lett. 57, 768 (1993)"),
        new("MUNU", BoundCategory.Reactor, "mu(anti-nu_e)", 9e-11, Cl90, "Daraktchieva et al., Phys. Lett. B 615, 153 (2005)"),
        new("TEXONO", BoundCategory.Reactor, "mu(anti-nu_e)", 7.4e-11, Cl90, "Wong et al., Phys. Rev. D 75, 012001 (2007)"),
        new("GEMMA", BoundCategory.Reactor, "mu(anti-nu_e)", 2.9e-11, Cl90, "Beda et al., Adv. High Energy Phys. 2012, 350150 (2012)"),

        // Accelerator / spallation sources.
        new("LAMPF", BoundCategory.Accelerator, "mu(nu_e)", 10.8e-10, Cl90, "Allen et al., Phys. Rev. D 47, 11 (1993)"),
        new("LAMPF", BoundCategory.Accelerator, "mu(nu_mu)", 7.4e-10, Cl90, "Allen et al., Phys. Rev. D 47, 11 (1993)"),
        new("LSND", BoundCategory.Accelerator, "mu(nu_e)", 1.1e-9, Cl90, "Auerbach et al., Phys. Rev. D 63, 112001 (2001)"),
        new("LSND", BoundCategory.Accelerator, "mu(nu_mu)", 6.8e-10, Cl90, "Auerbach et al., Phys. Rev. D 63, 112001 (2001)"),
        new("DONUT", BoundCategory.Accelerator, "mu(nu_tau)", 3.9e-7, Cl90, "Schwienhorst et al., Phys. Lett. B 513, 23 (2001)"),

        // Solar: mu_eff^2 = sum_j P_ej (lambda~^dagger lambda~)_jj.
        new("Super-Kamiokande", BoundCategory.Solar, "mu_eff (solar 8B)", 1.1e-10, Cl90, "Liu et al., Phys. Rev. Lett. 93, 021802 (2004)"),
        new("Borexino Phase-I", BoundCategory.Solar, "mu_eff (solar 7Be)", 5.4e-11, Cl90, "Arpesella et al., Phys. Rev. Lett. 101, 091302 (2008)"),
        new("Borexino Phase-II", BoundCategory.Solar, "mu_eff (solar pp + 7Be)", 2.8e-11, Cl90, "Agostini et al., Phys. Rev. D 96, 091103 (2017)"),

        // Astrophysics (plasmon decay): sqrt(sum_ij |mu_ij|^2 + |d_ij|^2).
        new("Red giants", BoundCategory.Astrophysics, "sqrt(sum |mu_ij|^2 + |d_ij|^2)", 3e-12, "3 sigma", "Raffelt, Phys. Rev. Lett. 64, 2856 (1990)"),
        new("Red giants (M5 tip)", BoundCategory.Astrophysics, "sqrt(sum |mu_ij|^2 + |d_ij|^2)", 4.5e-12, "95% C.L.", "Viaux et al., Phys. Rev. Lett. 111, 231301 (2013)"),
    ];
}
