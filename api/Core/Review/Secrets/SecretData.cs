namespace OutlookExit.Core.Review.Secrets;

/// <summary>Reads the detector's data files, embedded from <c>Core/Review/Secrets/Data</c>.</summary>
internal static class SecretData
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "OutlookExit.Core.Review.Secrets.Data." + fileName;
        using var stream = typeof(SecretData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
