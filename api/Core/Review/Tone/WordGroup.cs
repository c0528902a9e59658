
namespace OutlookExit.Core.Review.Tone;

/// <summary>Word sets the grammar asks about together ("is any word of the object negative or positive?").
/// <see cref="MayContain"/> rules a token out for all of them with one test on what the language's
/// <see cref="WordIndex"/> already said about the token; it only saves work: when it says "maybe", each set is
/// still asked. <see cref="ScannedText.PlainLookups"/> turns it off, and a test checks the findings stay the same.</summary>
internal sealed class WordGroup
{
    private readonly WordIndex? _index;
    private readonly ulong _sets;
    private readonly bool _unindexed;

    public WordGroup(params WordSet[] sets)
    {
        foreach (var set in sets)
        {
            if (set == WordSet.Empty) continue; // matches nothing, so it never needs asking
            if (set.Index is null) { _unindexed = true; continue; }
            _index ??= set.Index;
            if (set.Index != _index) throw new ArgumentException("The sets of a group belong to one language.", nameof(sets));
            _sets |= 1UL << set.Id;
        }
    }

    /// <summary>False when token <paramref name="i"/> is surely in none of the sets (as a word or as the first word
    /// of a pair); true means "ask the sets".</summary>
    public bool MayContain(ScannedText t, int i)
    {
        if (_unindexed) return i >= 0 && i < t.Count;
        return _index is not null && t.MayMatchAny(_index, _sets, i);
    }
}
