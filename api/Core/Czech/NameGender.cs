namespace OutlookExit.Core.Czech;

/// <summary>Grammatical gender of a person's name, which decides how Czech declines it.</summary>
public enum NameGender
{
    /// <summary>Feminine: surnames (Nováková, Černá) never change; first names in -a take -o.</summary>
    Female,

    /// <summary>Masculine: surnames and first names take the vocative by suffix rules.</summary>
    Male,
}
