using System;
using System.Globalization;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// The node names written lately, in a fixed number of slots, as Wikibase's dumps remember
/// theirs: a value that many facts share (a date, an amount) is described once per slot's
/// lifetime, not once per fact, and memory stays the same whatever the export's size. A name
/// pushed out of its slot is described again when it comes back, which is harmless: the same
/// triple twice is one triple to every RDF store.
/// </summary>
internal sealed class RecentNodes
{
    private readonly string?[] _slots = new string?[4096];

    /// <summary>True when <paramref name="name"/> (a hex hash) is not in its slot: describe the node, and remember it.</summary>
    public bool IsNew(string name)
    {
        var slot = int.Parse(name.AsSpan(0, 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (string.Equals(_slots[slot], name, StringComparison.Ordinal))
        {
            return false;
        }

        _slots[slot] = name;
        return true;
    }
}
