namespace OutlookExit.Features.AddIn;

/// <summary>The add-in manifests as committed in addin-manifest/ (for the development origin), embedded in the
/// assembly so a deployed server can stamp and serve them without the repository.</summary>
public static class ManifestTemplates
{
    /// <summary>The origin the committed manifests point at.</summary>
    public const string DevelopmentOrigin = "https://localhost:5001";

    /// <summary>Host and port of <see cref="DevelopmentOrigin"/>, as used in the App ID URI.</summary>
    public const string DevelopmentHost = "localhost:5001";

    /// <summary>Stands for the Entra ID app's client id until configuration supplies one.</summary>
    public const string PlaceholderClientId = "00000000-0000-0000-0000-000000000000";

    /// <summary>addin-manifest/manifest.xml.</summary>
    public static string Xml { get; } = Read("manifest.xml");

    /// <summary>addin-manifest/manifest.json.</summary>
    public static string Json { get; } = Read("manifest.json");

    /// <summary>addin-manifest/cs-cz.json (the unified manifest's Czech strings).</summary>
    public static string CzechStrings { get; } = Read("cs-cz.json");

    private static string Read(string file)
    {
        using var stream = typeof(ManifestTemplates).Assembly.GetManifestResourceStream("addin-manifest/" + file)
            ?? throw new InvalidOperationException($"addin-manifest/{file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
