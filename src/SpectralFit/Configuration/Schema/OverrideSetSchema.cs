namespace SpectralFit.Configuration.Schema;

/// <summary>
/// An object of configuration keys to set, written like the configuration itself
/// (e.g. <c>{"dataset": {"path": "x.dat"}}</c> or <c>{"dataset:path": "x.dat"}</c>); every key must
/// name a leaf of the fit schema. Used by the choices of a systematics axis.
/// </summary>
public sealed class OverrideSetSchema : SchemaNode
{
    public OverrideSetSchema(string description) : base(description, required: false) { }

    public override string Expected => "an object of configuration keys";
}
