using System.Collections.Frozen;
using System.Text.Json;

namespace OutlookExit.Core.Contracts;

/// <summary>The name of each contract enum value as the JSON contract spells it (camelCase: <c>thankYou</c>,
/// <c>warm</c>). Resource keys, the options list, the JSON converter and the OpenAPI schema all use these names.</summary>
public static class EnumNames
{
    /// <summary>The camelCase name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Cache<T>.Names.TryGetValue(value, out var name) ? name : Convert(value.ToString());

    /// <summary>Every value of <typeparamref name="T"/> with its name, in declaration order.</summary>
    public static IReadOnlyList<(string Name, T Value)> All<T>() where T : struct, Enum => Cache<T>.All;

    /// <summary>The names of every value of <paramref name="enumType"/>, in declaration order.</summary>
    public static IEnumerable<string> All(Type enumType) => Enum.GetNames(enumType).Select(Convert);

    private static string Convert(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly (string Name, T Value)[] All = [.. Enum.GetValues<T>().Select(v => (Convert(v.ToString()), v))];
        public static readonly FrozenDictionary<T, string> Names = All.ToFrozenDictionary(e => e.Value, e => e.Name);
    }
}
