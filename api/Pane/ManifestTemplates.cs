namespace OutlookExit.Pane;

/// <summary>The add-in manifests as committed in addin-manifest/ (for the development origin). They live in code so a
/// deployed server can stamp and serve them without the repository; a browser test keeps the two copies identical.</summary>
public static class ManifestTemplates
{
    /// <summary>The origin the committed manifests point at.</summary>
    public const string DevelopmentOrigin = "https://localhost:5001";

    /// <summary>Host and port of <see cref="DevelopmentOrigin"/>, as used in the App ID URI.</summary>
    public const string DevelopmentHost = "localhost:5001";

    /// <summary>Stands for the Entra ID app's client id until configuration supplies one.</summary>
    public const string PlaceholderClientId = "00000000-0000-0000-0000-000000000000";

    /// <summary>addin-manifest/manifest.xml.</summary>
    public const string Xml = """"
<?xml version="1.0" encoding="UTF-8"?>
<!-- OutlookExit add-in-only manifest for local development (https://localhost:5001).
     A running server serves this file at /manifest.xml with its own origin and sign-in app stamped in. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>8eaf6b10-0bbd-47d1-93a0-167f1a44d390</Id>
  <Version>1.0.0.0</Version>
  <ProviderName>OutlookExit</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="OutlookExit">
    <Override Locale="cs-CZ" Value="OutlookExit"/>
  </DisplayName>
  <Description DefaultValue="Write a calm, firm and thankful email that ends a client relationship, and put it straight into your reply.">
    <Override Locale="cs-CZ" Value="Napište klidný, jasný a vděčný e-mail, který ukončí spolupráci s klientem, a vložte ho rovnou do odpovědi."/>
  </Description>
  <IconUrl DefaultValue="https://localhost:5001/assets/icon-64.png"/>
  <HighResolutionIconUrl DefaultValue="https://localhost:5001/assets/icon-128.png"/>
  <SupportUrl DefaultValue="https://localhost:5001/"/>
  <AppDomains>
    <AppDomain>https://login.microsoftonline.com</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="https://localhost:5001/index.html"/>
        <RequestedHeight>450</RequestedHeight>
      </DesktopSettings>
    </Form>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="https://localhost:5001/index.html"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="1.5">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <DesktopFormFactor>
            <ExtensionPoint xsi:type="MessageReadCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="OutlookExit.ReadGroup">
                  <Label resid="Group.Label"/>
                  <Control xsi:type="Button" id="OutlookExit.ReadButton">
                    <Label resid="Button.Label"/>
                    <Supertip>
                      <Title resid="Button.Label"/>
                      <Description resid="Button.Tooltip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Icon.16"/>
                      <bt:Image size="32" resid="Icon.32"/>
                      <bt:Image size="80" resid="Icon.80"/>
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="Pane.Url"/>
                      <SupportsPinning>true</SupportsPinning>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
            <ExtensionPoint xsi:type="MessageComposeCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="OutlookExit.ComposeGroup">
                  <Label resid="Group.Label"/>
                  <Control xsi:type="Button" id="OutlookExit.ComposeButton">
                    <Label resid="Button.Label"/>
                    <Supertip>
                      <Title resid="Button.Label"/>
                      <Description resid="Button.Tooltip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Icon.16"/>
                      <bt:Image size="32" resid="Icon.32"/>
                      <bt:Image size="80" resid="Icon.80"/>
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="Pane.Url"/>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
          </DesktopFormFactor>
        </Host>
      </Hosts>
      <Resources>
        <bt:Images>
          <bt:Image id="Icon.16" DefaultValue="https://localhost:5001/assets/icon-16.png"/>
          <bt:Image id="Icon.32" DefaultValue="https://localhost:5001/assets/icon-32.png"/>
          <bt:Image id="Icon.80" DefaultValue="https://localhost:5001/assets/icon-80.png"/>
        </bt:Images>
        <bt:Urls>
          <bt:Url id="Pane.Url" DefaultValue="https://localhost:5001/index.html"/>
        </bt:Urls>
        <bt:ShortStrings>
          <bt:String id="Group.Label" DefaultValue="OutlookExit">
            <bt:Override Locale="cs-CZ" Value="OutlookExit"/>
          </bt:String>
          <bt:String id="Button.Label" DefaultValue="End client work">
            <bt:Override Locale="cs-CZ" Value="Ukončit spolupráci"/>
          </bt:String>
        </bt:ShortStrings>
        <bt:LongStrings>
          <bt:String id="Button.Tooltip" DefaultValue="Write a professional email that ends the work with this client and put it into your reply.">
            <bt:Override Locale="cs-CZ" Value="Napište profesionální e-mail, který ukončí spolupráci s tímto klientem, a vložte ho do odpovědi."/>
          </bt:String>
        </bt:LongStrings>
      </Resources>
      <WebApplicationInfo>
        <Id>00000000-0000-0000-0000-000000000000</Id>
        <Resource>api://localhost:5001/00000000-0000-0000-0000-000000000000</Resource>
        <Scopes>
          <Scope>openid</Scope>
          <Scope>profile</Scope>
          <Scope>Mail.ReadWrite</Scope>
        </Scopes>
      </WebApplicationInfo>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
"""";

    /// <summary>addin-manifest/manifest.json.</summary>
    public const string Json = """"
{
  "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json",
  "manifestVersion": "1.24",
  "version": "1.0.0",
  "id": "8eaf6b10-0bbd-47d1-93a0-167f1a44d390",
  "localizationInfo": {
    "defaultLanguageTag": "en-us",
    "additionalLanguages": [
      {
        "languageTag": "cs-cz",
        "file": "cs-cz.json"
      }
    ]
  },
  "developer": {
    "name": "OutlookExit",
    "websiteUrl": "https://localhost:5001/",
    "privacyUrl": "https://localhost:5001/",
    "termsOfUseUrl": "https://localhost:5001/"
  },
  "name": {
    "short": "OutlookExit",
    "full": "OutlookExit: end client work well"
  },
  "description": {
    "short": "Professional emails that end a client relationship.",
    "full": "Write a calm, firm and thankful email that ends a client relationship, with the transition plan, and put it straight into your reply."
  },
  "icons": {
    "outline": "outline.png",
    "color": "color.png"
  },
  "accentColor": "#0F6CBD",
  "validDomains": [
    "localhost:5001"
  ],
  "webApplicationInfo": {
    "id": "00000000-0000-0000-0000-000000000000",
    "resource": "api://localhost:5001/00000000-0000-0000-0000-000000000000"
  },
  "authorization": {
    "permissions": {
      "resourceSpecific": [
        {
          "name": "MailboxItem.ReadWrite.User",
          "type": "Delegated"
        }
      ]
    }
  },
  "extensions": [
    {
      "requirements": {
        "scopes": [
          "mail"
        ],
        "capabilities": [
          {
            "name": "Mailbox",
            "minVersion": "1.5"
          }
        ]
      },
      "runtimes": [
        {
          "requirements": {
            "capabilities": [
              {
                "name": "Mailbox",
                "minVersion": "1.5"
              }
            ]
          },
          "id": "PaneRuntime",
          "type": "general",
          "code": {
            "page": "https://localhost:5001/index.html"
          },
          "lifetime": "short",
          "actions": [
            {
              "id": "ShowPane",
              "type": "openPage",
              "pinnable": true,
              "view": "OutlookExitPane"
            }
          ]
        }
      ],
      "ribbons": [
        {
          "contexts": [
            "mailRead"
          ],
          "tabs": [
            {
              "builtInTabId": "TabDefault",
              "groups": [
                {
                  "id": "OutlookExit.ReadGroup",
                  "label": "OutlookExit",
                  "icons": [
                    {
                      "size": 16,
                      "url": "https://localhost:5001/assets/icon-16.png"
                    },
                    {
                      "size": 32,
                      "url": "https://localhost:5001/assets/icon-32.png"
                    },
                    {
                      "size": 80,
                      "url": "https://localhost:5001/assets/icon-80.png"
                    }
                  ],
                  "controls": [
                    {
                      "id": "OutlookExit.ReadButton",
                      "type": "button",
                      "label": "End client work",
                      "icons": [
                        {
                          "size": 16,
                          "url": "https://localhost:5001/assets/icon-16.png"
                        },
                        {
                          "size": 32,
                          "url": "https://localhost:5001/assets/icon-32.png"
                        },
                        {
                          "size": 80,
                          "url": "https://localhost:5001/assets/icon-80.png"
                        }
                      ],
                      "supertip": {
                        "title": "End client work",
                        "description": "Write a professional email that ends the work with this client and put it into your reply."
                      },
                      "actionId": "ShowPane"
                    }
                  ]
                }
              ]
            }
          ]
        },
        {
          "contexts": [
            "mailCompose"
          ],
          "tabs": [
            {
              "builtInTabId": "TabDefault",
              "groups": [
                {
                  "id": "OutlookExit.ComposeGroup",
                  "label": "OutlookExit",
                  "icons": [
                    {
                      "size": 16,
                      "url": "https://localhost:5001/assets/icon-16.png"
                    },
                    {
                      "size": 32,
                      "url": "https://localhost:5001/assets/icon-32.png"
                    },
                    {
                      "size": 80,
                      "url": "https://localhost:5001/assets/icon-80.png"
                    }
                  ],
                  "controls": [
                    {
                      "id": "OutlookExit.ComposeButton",
                      "type": "button",
                      "label": "End client work",
                      "icons": [
                        {
                          "size": 16,
                          "url": "https://localhost:5001/assets/icon-16.png"
                        },
                        {
                          "size": 32,
                          "url": "https://localhost:5001/assets/icon-32.png"
                        },
                        {
                          "size": 80,
                          "url": "https://localhost:5001/assets/icon-80.png"
                        }
                      ],
                      "supertip": {
                        "title": "End client work",
                        "description": "Write a professional email that ends the work with this client and put it into your reply."
                      },
                      "actionId": "ShowPane"
                    }
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
  ]
}
"""";

    /// <summary>addin-manifest/cs-cz.json.</summary>
    public const string CzechStrings = """"
{
  "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json",
  "name.short": "OutlookExit",
  "name.full": "OutlookExit: dobré ukončení spolupráce",
  "description.short": "Profesionální e-maily, které ukončí spolupráci s klientem.",
  "description.full": "Napište klidný, jasný a vděčný e-mail, který ukončí spolupráci s klientem, i s plánem předání, a vložte ho rovnou do odpovědi.",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label": "Ukončit spolupráci",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title": "Ukončit spolupráci",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description": "Napište profesionální e-mail, který ukončí spolupráci s tímto klientem, a vložte ho do odpovědi.",
  "extensions[0].ribbons[1].tabs[0].groups[0].controls[0].label": "Ukončit spolupráci",
  "extensions[0].ribbons[1].tabs[0].groups[0].controls[0].supertip.title": "Ukončit spolupráci",
  "extensions[0].ribbons[1].tabs[0].groups[0].controls[0].supertip.description": "Napište profesionální e-mail, který ukončí spolupráci s tímto klientem, a vložte ho do odpovědi."
}
"""";
}
