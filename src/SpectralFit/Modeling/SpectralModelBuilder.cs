using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;
using SolarFlux;
using SolarFlux.Common;
using SpectralFit.Configuration;
using SpectralFit.Likelihood;
using SpectralFit.Parameters;

namespace SpectralFit.Modeling;

/// <summary>
/// Assembles the Borexino-style fit from a configuration and its dataset (physics.md §6-§7): solar recoil spectra
/// (SM + moment) of the chosen SSM and mixing, background shapes, file templates in electron energy
/// (<see cref="ElectronEnergyTemplate"/>), the pile-up template, all folded by one SpectrumFolder into the dataset's
/// bins, plus file templates already in the observable (<see cref="ObservableTemplateShape"/>); parameters in
/// configuration order (rates, mu_nu, response); the gallium constraint. Expensive (recoil spectra, light tables; ~1 s); the model it returns is cheap to evaluate.
/// </summary>
public static class SpectralModelBuilder
{
    public static AssembledFit Build(FitConfiguration configuration, ObservedSpectrum observed)
    {
        var notes = new List<string>();
        var response = configuration.Response;
        foreach (var p in response.Parameters.Values)
        {
            string key = FitParameterFactory.ShortName(p);
            if (FitParameterFactory.BuildTimeKeys.Contains(key) && !p.Fixed)
                throw new UserInputException($"{p.Name}: must be fixed ({(key is "kb" or "c14_shape_a" ? "it selects precomputed light/shape tables" : "a calibration constant of the estimator, not a fit parameter")}); set fixed: true");
        }
        double kb = response.Get("kb")?.Init ?? new ResponseParameters().Kb;
        double c14Slope = response.Get("c14_shape_a")?.Init ?? DetectorResponse.Backgrounds.BackgroundBetaSpectra.C14DefaultShapeSlope;
        var baseResponse = new ResponseParameters { Kb = kb };
        if (response.Get("live_pmts") is { } live)
            baseResponse = baseResponse with { LivePmts = live.Init };
        if (response.Get("hits_per_photoelectron") is { } h)
            baseResponse = baseResponse with { HitsPerPhotoelectron = h.Init };
        if (response.Get("hit_capacity") is { } capacity)
            baseResponse = baseResponse with { HitCapacity = capacity.Init };
        if (response.Get("window_fraction_dt1") is { } w1)
            baseResponse = baseResponse with { WindowFractionDt1 = w1.Init };
        if (response.Get("window_fraction_dt2") is { } w2)
            baseResponse = baseResponse with { WindowFractionDt2 = w2.Init };
        notes.Add($"kB = {kb} cm/MeV, 14C shape slope a = {c14Slope} /MeV (fixed)");

        var estimator = configuration.Estimator;
        var binning = new ObservableBinning(observed.Data.Edges.ToArray(), observed.Data.Source);
        double exposure = observed.Exposure;
        notes.Add(observed.ExposureDiffers
            ? $"exposure {exposure:G6} day x 100 t from the data file (the configuration's {observed.ConfiguredExposure!.Value:G6} is not used)"
            : $"exposure {exposure:G6} day x 100 t");

        var solar = SolarSetup.From(configuration.Solar);
        var electrons = ChargedLeptonLight.Electrons(kb);
        var positrons = ChargedLeptonLight.Positrons(kb);
        var gammas = new GammaQuenching(electrons, 3.0);
        double fCh = response.Get("cherenkov_fraction")?.Init ?? baseResponse.CherenkovFraction;

        // Parameters: rates in config order, mu_nu, response parameters.
        var parameters = new List<Parameter>();
        foreach (var c in configuration.Components.Where(c => c.Rate is not null))
            parameters.Add(FitParameterFactory.Rate(c.Rate!));
        double scanTop = configuration.MagneticMoment.Scan.Max;
        parameters.Add(FitParameterFactory.Moment(4 * scanTop));
        foreach (var p in response.Parameters.Values.Where(p => FitParameterFactory.ResponseRanges.ContainsKey(FitParameterFactory.ShortName(p))))
            parameters.Add(FitParameterFactory.Response(p));
        var set = new ParameterSet(parameters);
        int IndexOf(string name) => set.TryGetIndex(name, out int i) ? i : -1;
        var map = new ResponseParameterMap(new FoldingParameters { Response = baseResponse }, IndexOf);
        var reference = map.Map(set.Values());

        // Recoil grid up to 1.3x the visible energy at the window top (+0.3 MeV), in electron kinetic energy.
        double topVisible = new EstimatorResponse(estimator, reference.Response).VisibleEnergyFor(binning.Upper);
        double topT = double.IsFinite(topVisible) ? electrons.KineticEnergyFor(Math.Min(1.3 * topVisible + 0.3, 14), fCh) : 15;
        var grid = SolarRecoilTemplates.RecoilGrid(topT);

        var components = new List<FoldingComponent>();
        var amplitudes = new List<ComponentAmplitude>();
        var ssmRates = new Dictionary<string, double>();
        var units = set.ToDictionary(p => p.Name, p => p.Name == FitParameterFactory.MomentName ? "1e-11 mu_B" : "");
        var singles = new List<PileUpTemplate.Single>();
        PileUpTemplate.Single? trigger = null;
        var galliumFitted = new List<(string, IReadOnlyList<NeutrinoSpecies>)>();
        ComponentSpec? pileup = null;
        var fileTemplates = new List<(ComponentAmplitude Amplitude, double[] Shape)>();
        var electronTemplates = new List<(ElectronSpectrumComponent Shape, TemplateSpec Spec)>();
        // A folded background (built-in or a template in electron energy): its amplitude on the unit shape and its
        // pile-up single; 14C (also from a file) is the pile-up's random trigger.
        void AddBackground(FoldingComponent shape, int rateIndex, double init)
        {
            double unit = RateUnitFactor(shape.Name);
            components.Add(shape);
            amplitudes.Add(new ComponentAmplitude(shape.Name, rateIndex, 0, exposure * unit / shape.Total, false));
            var single = Single(shape, init * unit, electrons, positrons, gammas, fCh, reference.PeakPosition);
            if (shape.Name == "C14")
                trigger = single;
            singles.Add(single);
        }

        foreach (var c in configuration.Components)
        {
            int rateIndex = c.Rate is null ? -1 : IndexOf(c.Name);
            if (c.Rate is not null)
                units[c.Name] = c.Rate.Unit;
            double init = c.Rate?.Init ?? 0;
            switch (c.Kind)
            {
                case ComponentKind.Solar:
                {
                    var t = SolarRecoilTemplates.Build(c.Name, c.Species, solar.Model, solar.Survival, grid);
                    ssmRates[c.Name] = t.SsmRate;
                    double fixedRate = c.FixedToSsm ? t.SsmRate : 0;
                    components.Add(new ElectronSpectrumComponent(c.Name, t.StandardModel));
                    amplitudes.Add(new ComponentAmplitude(c.Name, rateIndex, fixedRate, exposure / t.SsmRate, false));
                    components.Add(new ElectronSpectrumComponent(c.Name + "_mm", t.MagneticMoment));
                    amplitudes.Add(new ComponentAmplitude(c.Name + "_mm", rateIndex, fixedRate, exposure / t.SsmRate, true));
                    singles.Add(new(c.Name, t.StandardModel, c.FixedToSsm ? t.SsmRate : init, T => electrons.VisibleEnergy(T, fCh)));
                    if (rateIndex >= 0)
                        galliumFitted.Add((c.Name, c.Species));
                    break;
                }
                case ComponentKind.Background when c.Name == "pileup":
                    pileup = c;
                    break;
                case ComponentKind.Background:
                {
                    AddBackground(BackgroundShapes.Create(c.Name, gammas, fCh, c14Slope, c.Shares, configuration.Response.Po210WithResolution), rateIndex, init);
                    break;
                }
                case ComponentKind.Template when c.Template?.Axis == TemplateEnergyAxis.ElectronEnergy:
                {
                    // In electron kinetic energy: folded like the built-in beta spectra, and a pile-up single like them.
                    if (c.Rate is null)
                        throw new UserInputException($"components:{c.Name}: a template component needs a rate (init); fixed_to_ssm is not supported for templates");
                    var shape = ElectronEnergyTemplate.Load(c.Name, c.Template);
                    AddBackground(shape, rateIndex, init);
                    electronTemplates.Add((shape, c.Template));
                    break;
                }
                case ComponentKind.Template:
                {
                    // In the dataset's observable units, identity map (ObservableTemplateShape); not a pile-up single.
                    if (c.Rate is null || c.TemplatePath is null)
                        throw new UserInputException($"components:{c.Name}: a template component needs a rate (init) and a template file; fixed_to_ssm is not supported for templates");
                    string observableUnits = EnergyEstimatorNames.Name(estimator);
                    var share = ObservableTemplateShape.SharePerBin(c.Name, c.TemplatePath, binning.Edges, observableUnits);
                    fileTemplates.Add((new ComponentAmplitude(c.Name, rateIndex, 0, exposure * RateUnitFactor(c.Name), false), share));
                    notes.Add($"{c.Name}: template {Path.GetFileName(c.TemplatePath)} read in {observableUnits} (observable), {share.Sum():P1} of it in the fit window; no scale/shift/smearing nuisances");
                    break;
                }
                default:
                    throw new UserInputException($"components:{c.Name}: unknown component kind {c.Kind}");
            }
        }
        if (pileup is not null)
        {
            trigger ??= Single(BackgroundShapes.Create("C14", gammas, fCh, c14Slope), 40 * 86400.0, electrons, positrons, gammas, fCh, 0.4);
            var shape = configuration.Pileup.Model == PileupModel.Convolution
                ? PileUpTemplate.Convolution(singles, trigger, electrons, fCh)
                : PileUpTemplate.Synthetic(singles, trigger, electrons, fCh);
            components.Add(new ElectronSpectrumComponent("pileup", shape));
            amplitudes.Add(new ComponentAmplitude("pileup", IndexOf("pileup"), 0, exposure / shape.Total, false));
            notes.Add($"pile-up model: {(configuration.Pileup.Model == PileupModel.Convolution ? "convolution with 14C" : "synthetic overlay")}");
        }

        var folderComponents = components.ToArray();
        PmtNormalizationAliasing? aliasing = null;
        if (configuration.Dataset.PmtNormalization is { } pn)
        {
            aliasing = new PmtNormalizationAliasing(pn.ReferencePmts, pn.LiveMin, pn.LiveMax, binning);
            notes.Add($"estimator scaled to {pn.ReferencePmts:G6} PMTs from N_live = {pn.LiveMin}-{pn.LiveMax}: binning aliasing modelled");
        }
        bool skew = configuration.Response.CountingSkew;
        if (skew)
            notes.Add("electron response: counting-skew kernel (Poisson third cumulant)");
        SpectrumFolder Factory() => new(electrons, positrons, gammas, estimator, binning, folderComponents, reference, aliasing, skew);
        if (electronTemplates.Count > 0)
        {
            var folder = Factory();
            string observableUnits = EnergyEstimatorNames.Name(estimator);
            foreach (var (shape, spec) in electronTemplates)
            {
                double share = ElectronEnergyTemplate.WindowShare(folder, reference, shape, spec, observableUnits);
                notes.Add(ElectronEnergyTemplate.Note(shape, spec, share));
            }
        }
        amplitudes.AddRange(fileTemplates.Select(t => t.Amplitude));
        var model = new BorexinoSpectrumModel(set, Factory, amplitudes, map, IndexOf(FitParameterFactory.MomentName),
            [.. fileTemplates.Select(t => t.Shape)]);
        model = model.WithParameters(FitParameterFactory.WithExpectedSteps(set, model.ConditionalErrors(set.Values())));
        set = model.Parameters;

        LinearGaussianConstraint? gallium = null;
        var g = configuration.Gallium;
        if (g.Enabled && galliumFitted.Count > 0)
        {
            var (coefficients, fixedSnu) = GalliumCoefficients.Compute(galliumFitted, solar);
            gallium = GalliumConstraint.Create(set, coefficients, fixedSnu,
                new GalliumMeasurement(g.MeasuredSnu, g.SigmaSnu, g.CrossSectionRelative, g.FiducialRelative));
        }
        var counts = observed.Data.Counts.ToArray();
        var likelihood = gallium is null ? CompositeLikelihood.ForModel(model, counts) : CompositeLikelihood.ForModel(model, counts, gallium);
        return new AssembledFit(configuration, observed, model, likelihood, gallium, ssmRates, units, notes);
    }

    /// <summary>cpd/100t per unit of the component's rate: 14C is given in Bq/100t (FitSchema.C14RateUnit), also from a template.</summary>
    private static double RateUnitFactor(string component) => component == "C14" ? 86400.0 : 1.0;

    /// <summary>A background as a pile-up single: its true spectrum and the map to visible energy.</summary>
    private static PileUpTemplate.Single Single(FoldingComponent shape, double rate, ChargedLeptonLight electrons,
        ChargedLeptonLight positrons, GammaQuenching gammas, double fCh, double peakPosition)
    {
        switch (shape)
        {
            case ElectronSpectrumComponent e:
                return new(shape.Name, e.Spectrum, rate, T => electrons.VisibleEnergy(T, fCh));
            case PositronSpectrumComponent p:
                double annihilation = p.AnnihilationGammas * gammas.VisibleEnergy(PhysicalConstants.ElectronMass, fCh);
                return new(shape.Name, p.Spectrum, rate, T => positrons.VisibleEnergy(T, fCh) + annihilation);
            default:
                var line = new EnergyHistogram([0.0, 1.0], [1.0], shape.Name);
                return new(shape.Name, line, rate, _ => peakPosition);
        }
    }
}
