namespace OutlookExit.Core.Letters;

/// <summary>The letter before rendering: what is said, in which blocks, with no markup.</summary>
public sealed record Letter(
    string Subject,
    string Greeting,
    IReadOnlyList<Block> Body,
    string SignOff,
    IReadOnlyList<string> Signature);

/// <summary>A run of text; <see cref="Strong"/> marks a fact worth emphasis (the last working day).
/// Text may contain '\n' where the user wrote a line break.</summary>
public readonly record struct Run(string Text, bool Strong = false);

/// <summary>A block of the letter body.</summary>
public abstract record Block;

/// <summary>A paragraph of runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs) : Block;

/// <summary>A bulleted list; each item is a list of runs.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Run>> Items) : Block;
