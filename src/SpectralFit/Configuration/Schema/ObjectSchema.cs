namespace SpectralFit.Configuration.Schema;

/// <summary>A JSON object with a fixed set of named members; any other key is an error.</summary>
public sealed class ObjectSchema : SchemaNode
{
    private readonly Dictionary<string, SchemaNode> _byName;

    public ObjectSchema(string description, bool required, params (string Name, SchemaNode Node)[] members)
        : base(description, required)
    {
        Members = members;
        _byName = members.ToDictionary(m => m.Name, m => m.Node, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The members in documentation order.</summary>
    public IReadOnlyList<(string Name, SchemaNode Node)> Members { get; }

    public override string Expected => "an object";

    /// <summary>The member with this name (case-insensitive, as IConfiguration keys are), or null.</summary>
    public SchemaNode? Member(string name) => _byName.GetValueOrDefault(name);

    public string MemberList => string.Join(", ", Members.Select(m => m.Name));
}
