using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OutlookExit.BrowserTests;

/// <summary>What Outlook checks in an add-in-only (MailApp) manifest, written down from the published OfficeApp
/// 1.1 and mail VersionOverrides 1.0/1.1 schemas: required elements, their order, value formats, resource ids
/// and (for this add-in) both command surfaces and the cs-CZ overrides. No XSD ships in a package we can use,
/// so this is the offline stand-in; every rule has a negative test.</summary>
public static partial class MailAppRules
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    public static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    /// <summary>The MailApp sequence; true = required.</summary>
    private static readonly (string Name, bool Required)[] Sequence =
    [
        ("Id", true), ("AlternateId", false), ("Version", true), ("ProviderName", true), ("DefaultLocale", true),
        ("DisplayName", true), ("Description", true), ("IconUrl", true), ("HighResolutionIconUrl", true),
        ("SupportUrl", true), ("AppDomains", false), ("Hosts", true), ("Requirements", true), ("FormSettings", true),
        ("Permissions", true), ("Rule", true), ("DisabledForReadRules", false), ("ExtendedPermissions", false),
        ("VersionOverrides", true),
    ];

    private static readonly string[] Permissions = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];

    /// <summary>Every problem found; empty means Outlook would accept the manifest as far as these rules go.</summary>
    public static List<string> Check(XDocument doc, bool requireHttps = true)
    {
        var problems = new List<string>();
        var root = doc.Root!;
        if (root.Name != App + "OfficeApp") problems.Add($"root must be OfficeApp in {App}");
        if (root.Attribute(Xsi + "type")?.Value != "MailApp") problems.Add("OfficeApp xsi:type must be MailApp");

        CheckOrder(root.Elements().Select(e => e.Name.LocalName).ToList(), Sequence, "OfficeApp", problems);
        foreach (var e in root.Elements().Where(e => e.Name.Namespace != (e.Name.LocalName == "VersionOverrides" ? Vo10 : App)))
            problems.Add($"{e.Name.LocalName} is in the wrong namespace");

        var get = (string name) => root.Element(App + name);
        if (get("Id") is { } id && !Guid.TryParse(id.Value, out _)) problems.Add("Id must be a GUID");
        if (get("Version") is { } version && !VersionPattern().IsMatch(version.Value)) problems.Add("Version must be n.n.n.n");
        if (get("DefaultLocale") is { } locale && !LocalePattern().IsMatch(locale.Value)) problems.Add("DefaultLocale must be like en-US");
        CheckText(get("DisplayName"), 125, "DisplayName", problems);
        CheckText(get("Description"), 250, "Description", problems);
        if (get("Permissions") is { } perm && !Permissions.Contains(perm.Value)) problems.Add($"Permissions '{perm.Value}' is not one of {string.Join(", ", Permissions)}");
        foreach (var name in new[] { "IconUrl", "HighResolutionIconUrl", "SupportUrl" })
            CheckUrl(get(name)?.Attribute("DefaultValue")?.Value, name, requireHttps, problems);

        if (get("Hosts")?.Elements(App + "Host").Any(h => h.Attribute("Name")?.Value == "Mailbox") != true)
            problems.Add("Hosts must contain Host Name=\"Mailbox\"");
        var set = get("Requirements")?.Element(App + "Sets")?.Elements(App + "Set").FirstOrDefault(s => s.Attribute("Name")?.Value == "Mailbox");
        if (set is null || !MinVersionPattern().IsMatch(set.Attribute("MinVersion")?.Value ?? "")) problems.Add("Requirements must name the Mailbox set with a MinVersion");

        var forms = get("FormSettings")?.Elements(App + "Form").ToList() ?? [];
        foreach (var type in new[] { "ItemRead", "ItemEdit" })
        {
            var form = forms.FirstOrDefault(f => f.Attribute(Xsi + "type")?.Value == type);
            var source = form?.Element(App + "DesktopSettings")?.Element(App + "SourceLocation")?.Attribute("DefaultValue")?.Value;
            if (form is null) problems.Add($"FormSettings lacks a {type} form");
            else CheckUrl(source, $"{type} SourceLocation", requireHttps, problems);
        }
        var rule = get("Rule");
        if (rule is not null && rule.Attribute(Xsi + "type")?.Value is not ("RuleCollection" or "ItemIs" or "ItemHasKnownEntity" or "ItemHasRegularExpressionMatch" or "ItemHasAttachment"))
            problems.Add("Rule has an unknown xsi:type");

        CheckOverride(get("DisplayName"), "DisplayName", problems);
        CheckOverride(get("Description"), "Description", problems);
        CheckVersionOverrides(root.Element(Vo10 + "VersionOverrides"), requireHttps, problems);
        return problems;
    }

    private static void CheckVersionOverrides(XElement? outer, bool requireHttps, List<string> problems)
    {
        if (outer is null) return;
        if (outer.Name != Vo10 + "VersionOverrides" || outer.Attribute(Xsi + "type")?.Value != "VersionOverridesV1_0")
            problems.Add("the outer VersionOverrides must be VersionOverridesV1_0 in the mailappversionoverrides namespace");
        var inner = outer.Element(Vo11 + "VersionOverrides");
        if (inner is null || inner.Attribute(Xsi + "type")?.Value != "VersionOverridesV1_1")
        {
            problems.Add("VersionOverridesV1_1 must be nested in VersionOverridesV1_0");
            return;
        }
        CheckOrder(inner.Elements().Select(e => e.Name.LocalName).ToList(),
            [("Description", false), ("Requirements", false), ("Hosts", true), ("Resources", true), ("EquivalentAddins", false),
             ("WebApplicationInfo", false), ("ExtendedPermissions", false)], "VersionOverridesV1_1", problems);

        var resources = inner.Element(Vo11 + "Resources");
        var ids = new Dictionary<string, XElement>();
        foreach (var r in resources?.Descendants().Where(d => d.Attribute("id") is not null && d.Name.Namespace == Bt) ?? [])
        {
            var rid = r.Attribute("id")!.Value;
            if (rid.Length > 32) problems.Add($"resource id '{rid}' is longer than 32 characters");
            if (!ids.TryAdd(rid, r)) problems.Add($"resource id '{rid}' is defined twice");
        }
        foreach (var use in inner.Descendants().Where(d => d.Attribute("resid") is not null))
            if (!ids.ContainsKey(use.Attribute("resid")!.Value)) problems.Add($"resid '{use.Attribute("resid")!.Value}' is not defined in Resources");
        foreach (var url in resources?.Descendants().Where(d => d.Name == Bt + "Image" || d.Name == Bt + "Url") ?? [])
            CheckUrl(url.Attribute("DefaultValue")?.Value, $"resource {url.Attribute("id")?.Value}", requireHttps, problems);
        foreach (var s in resources?.Element(Bt + "ShortStrings")?.Elements(Bt + "String") ?? [])
        {
            CheckText(s, 125, $"short string {s.Attribute("id")?.Value}", problems);
            CheckOverride(s, $"string {s.Attribute("id")?.Value}", problems);
        }
        foreach (var s in resources?.Element(Bt + "LongStrings")?.Elements(Bt + "String") ?? [])
        {
            CheckText(s, 250, $"long string {s.Attribute("id")?.Value}", problems);
            CheckOverride(s, $"string {s.Attribute("id")?.Value}", problems);
        }

        var points = inner.Descendants(Vo11 + "ExtensionPoint").ToList();
        foreach (var surface in new[] { "MessageReadCommandSurface", "MessageComposeCommandSurface" })
        {
            var point = points.FirstOrDefault(p => p.Attribute(Xsi + "type")?.Value == surface);
            if (point is null) { problems.Add($"no {surface} extension point"); continue; }
            var control = point.Descendants(Vo11 + "Control").FirstOrDefault();
            var action = control?.Element(Vo11 + "Action");
            if (control is null || action?.Attribute(Xsi + "type")?.Value != "ShowTaskpane" || action.Element(Vo11 + "SourceLocation") is null)
                problems.Add($"{surface} needs a button whose action shows the task pane");
            var sizes = control?.Element(Vo11 + "Icon")?.Elements(Bt + "Image").Select(i => i.Attribute("size")?.Value).ToHashSet() ?? [];
            if (!new[] { "16", "32", "80" }.All(sizes.Contains)) problems.Add($"{surface} button needs icons of 16, 32 and 80 px");
            if (control is not null)
                CheckOrder(control.Elements().Select(e => e.Name.LocalName).ToList(),
                    [("Label", true), ("Supertip", true), ("Icon", true), ("Action", true)], $"{surface} Control", problems);
        }

        CheckFormFactors(inner, problems);

        if (inner.Element(Vo11 + "WebApplicationInfo") is { } web)
        {
            if (!Guid.TryParse(web.Element(Vo11 + "Id")?.Value, out _)) problems.Add("WebApplicationInfo Id must be a GUID");
            if (web.Element(Vo11 + "Resource")?.Value.StartsWith("api://", StringComparison.Ordinal) != true)
                problems.Add("WebApplicationInfo Resource must be an api:// App ID URI");
            if (web.Element(Vo11 + "Scopes")?.Elements(Vo11 + "Scope").Any() != true) problems.Add("WebApplicationInfo needs Scopes");
        }
    }

    /// <summary>The mobile read surface (add-mobile-support, MobileFormFactor and Icon reference pages) and the shared
    /// folder switch (SupportsSharedFolders: desktop only, first child of DesktopFormFactor).</summary>
    private static void CheckFormFactors(XElement inner, List<string> problems)
    {
        var host = inner.Element(Vo11 + "Hosts")?.Element(Vo11 + "Host");
        var desktop = host?.Element(Vo11 + "DesktopFormFactor");
        if (desktop?.Element(Vo11 + "SupportsSharedFolders") is { } shared)
        {
            if (desktop.Elements().First() != shared) problems.Add("SupportsSharedFolders must be the first element of DesktopFormFactor");
            if (shared.Value != "true") problems.Add("SupportsSharedFolders must be true (the pane creates drafts in shared mailboxes)");
        }
        else problems.Add("DesktopFormFactor needs SupportsSharedFolders (messages in shared and delegated mailboxes)");
        if (host?.Descendants(Vo11 + "SupportsSharedFolders").Any(e => e.Parent != desktop) == true)
            problems.Add("SupportsSharedFolders is valid only in DesktopFormFactor");

        var mobile = host?.Element(Vo11 + "MobileFormFactor");
        if (mobile is null) { problems.Add("no MobileFormFactor: Outlook on iOS and Android would not offer the add-in"); return; }
        if (mobile.ElementsBeforeSelf().Any(e => e.Name != Vo11 + "DesktopFormFactor")) problems.Add("MobileFormFactor must follow DesktopFormFactor");
        var points = mobile.Elements(Vo11 + "ExtensionPoint").ToList();
        if (points.Count != 1 || points[0].Attribute(Xsi + "type")?.Value != "MobileMessageReadCommandSurface")
        {
            problems.Add("MobileFormFactor must hold exactly one MobileMessageReadCommandSurface (mobile has no compose task pane)");
            return;
        }
        var group = points[0].Element(Vo11 + "Group");
        var control = group?.Element(Vo11 + "Control");
        if (group is null || control is null || control.Attribute(Xsi + "type")?.Value != "MobileButton")
        {
            problems.Add("the mobile surface needs a Group with a Control of type MobileButton");
            return;
        }
        CheckOrder(control.Elements().Select(e => e.Name.LocalName).ToList(),
            [("Label", true), ("Icon", true), ("Action", true)], "MobileButton", problems);
        var icon = control.Element(Vo11 + "Icon");
        if (icon?.Attribute(Xsi + "type")?.Value != "bt:MobileIconList") problems.Add("the MobileButton Icon must be of type bt:MobileIconList");
        var pairs = icon?.Elements(Bt + "Image").Select(i => $"{i.Attribute("size")?.Value}@{i.Attribute("scale")?.Value}").ToHashSet() ?? [];
        foreach (var size in new[] { 25, 32, 48 })
            foreach (var scale in new[] { 1, 2, 3 })
                if (!pairs.Contains($"{size}@{scale}")) problems.Add($"the MobileButton needs an icon of size {size} at scale {scale}");
        var action = control.Element(Vo11 + "Action");
        if (action?.Attribute(Xsi + "type")?.Value != "ShowTaskpane" || action.Element(Vo11 + "SourceLocation") is null)
            problems.Add("the MobileButton action must show the task pane");
    }

    private static void CheckOrder(List<string> actual, (string Name, bool Required)[] sequence, string where, List<string> problems)
    {
        var position = 0;
        foreach (var name in actual)
        {
            var index = Array.FindIndex(sequence, s => s.Name == name);
            if (index < 0) { problems.Add($"{where}: unexpected element {name}"); continue; }
            if (index < position) problems.Add($"{where}: {name} is out of order");
            position = Math.Max(position, index);
        }
        foreach (var (name, required) in sequence)
            if (required && !actual.Contains(name)) problems.Add($"{where}: required element {name} is missing");
    }

    private static void CheckText(XElement? e, int max, string what, List<string> problems)
    {
        var value = e?.Attribute("DefaultValue")?.Value;
        if (e is null) return;
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{what} needs a DefaultValue");
        else if (value.Length > max) problems.Add($"{what} is longer than {max} characters");
    }

    private static void CheckOverride(XElement? e, string what, List<string> problems)
    {
        if (e is null) return;
        var czech = e.Elements().FirstOrDefault(o => o.Name.LocalName == "Override" && o.Attribute("Locale")?.Value == "cs-CZ");
        if (string.IsNullOrWhiteSpace(czech?.Attribute("Value")?.Value)) problems.Add($"{what} has no cs-CZ override");
    }

    private static void CheckUrl(string? url, string what, bool requireHttps, List<string> problems)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) problems.Add($"{what} must be an absolute URL");
        else if (requireHttps && uri.Scheme != Uri.UriSchemeHttps) problems.Add($"{what} must use https");
    }

    [GeneratedRegex(@"^\d{1,5}(\.\d{1,5}){0,3}$")] private static partial Regex VersionPattern();
    [GeneratedRegex(@"^[a-z]{2,3}-[A-Z]{2}$")] private static partial Regex LocalePattern();
    [GeneratedRegex(@"^1\.\d{1,2}$")] private static partial Regex MinVersionPattern();
}
