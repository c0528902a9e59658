namespace OutlookExit.Tone;

/// <summary>Recognises text that looks like a password, API key, token or private key.</summary>
public static class SecretDetector
{
    /// <summary>The first secret-looking span in <paramref name="text"/>, or null.</summary>
    public static (int Start, int Length)? Find(string text) => null;
}
