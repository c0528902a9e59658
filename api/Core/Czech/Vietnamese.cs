namespace OutlookExit.Core.Czech;

/// <summary>Vietnamese names written in their own order (family name, middle name, given name): the common
/// family names, and the middle names Văn and Thị that mark a man and a woman.</summary>
internal static class Vietnamese
{
    private static readonly HashSet<string> FamilyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Nguyễn", "Nguyen", "Trần", "Tran", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh", "Huynh", "Phan",
        "Vũ", "Võ", "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Hồ", "Ngô", "Ngo", "Dương", "Duong", "Lý", "Lê",
        "Trương", "Truong", "Đinh", "Dinh", "Đoàn", "Doan", "Trịnh", "Trinh", "Lương", "Luong",
    };

    /// <summary>True for a common Vietnamese family name (with or without its diacritics, where the plain
    /// form is not also a common Western name part).</summary>
    internal static bool IsFamilyName(string token) => FamilyNames.Contains(token);

    /// <summary>Văn / Van → male, Thị / Thi → female, anything else → null.</summary>
    internal static NameGender? MiddleNameGender(string token) => token.ToLowerInvariant() switch
    {
        "văn" or "van" => NameGender.Male,
        "thị" or "thi" => NameGender.Female,
        _ => null,
    };
}
