using SpectralFit.Configuration.Schema;

namespace SpectralFit.Configuration;

/// <summary>Resolves a colon-separated key path against the fit schema (for --set and systematics keys).</summary>
public static class SchemaPath
{
    /// <summary>
    /// The schema leaf at <paramref name="keyPath"/>, or an error text naming the unknown part and the
    /// keys expected there. Map entries accept any name (checked later); array entries need an index.
    /// </summary>
    public static (ScalarSchema? Leaf, string? Error) Resolve(string keyPath)
    {
        string[] parts = keyPath.Split(':');
        SchemaNode node = FitSchema.Root;
        string at = "";
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            string here = at.Length == 0 ? part : at + ":" + part;
            switch (node)
            {
                case ObjectSchema obj:
                    SchemaNode? member = obj.Member(part);
                    if (member is null)
                        return (null, $"unknown parameter/key '{keyPath}': '{part}' is not a key of '{Display(at)}'{Spelling.Suggest(part, obj.Members.Select(m => m.Name))}; expected one of {obj.MemberList}");
                    node = member;
                    break;
                case MapSchema map:
                    node = map.Entry;
                    break;
                case ArraySchema array:
                    if (!int.TryParse(part, out int index) || index < 0)
                        return (null, $"unknown parameter/key '{keyPath}': '{Display(at)}' is an array; expected an index 0, 1, ... instead of '{part}'");
                    node = array.Item;
                    break;
                case OverrideSetSchema:
                    var rest = Resolve(string.Join(':', parts[i..]));
                    return rest.Error is null ? rest : (null, $"unknown parameter/key '{keyPath}' (inside '{Display(at)}': {rest.Error})");
                case ScalarSchema:
                    return (null, $"unknown parameter/key '{keyPath}': '{Display(at)}' is a single value and has no key '{part}'");
            }
            at = here;
        }

        return node switch
        {
            ScalarSchema leaf => (leaf, null),
            ObjectSchema obj => (null, $"'{keyPath}' is a group of keys, not a value; set one of its keys: {obj.MemberList}"),
            _ => (null, $"'{keyPath}' is {node.Expected}, not a single value; set one of its keys"),
        };
    }

    private static string Display(string at) => at.Length == 0 ? "(top level)" : at;
}
