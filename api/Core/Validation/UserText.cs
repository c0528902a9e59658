namespace OutlookExit.Core.Validation;

/// <summary>A text of the request exactly as the user sent it (offsets of findings point into it), with its
/// JSON path. <paramref name="IsProse"/> marks the user's own sentences, whose tone is reviewed; names, numbers
/// and contacts are not prose.</summary>
public readonly record struct UserText(string Field, string Text, bool IsProse);
