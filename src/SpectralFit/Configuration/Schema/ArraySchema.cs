namespace SpectralFit.Configuration.Schema;

/// <summary>A JSON array whose items all have the shape <see cref="Item"/>.</summary>
public sealed class ArraySchema : SchemaNode
{
    public ArraySchema(string description, bool required, SchemaNode item, int minimumCount = 0)
        : base(description, required)
    {
        Item = item;
        MinimumCount = minimumCount;
    }

    public SchemaNode Item { get; }

    public int MinimumCount { get; }

    public override string Expected => "an array";
}
