using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookExit.BrowserTests;

/// <summary>"Create draft": nested app authentication (stubbed MSAL), the Office SSO fallback, and every answer of
/// POST /api/reply-drafts the pane must put in plain words.</summary>
public sealed class CreateDraftTests(PaneFixture fixture) : IClassFixture<PaneFixture>
{
    private const string ClientId = "11111111-2222-3333-4444-555555555555";

    /// <summary>Pretends the server has a sign-in app, and records what the pane sends to /api/reply-drafts;
    /// `answer` decides the response (null: let the real API answer).</summary>
    private static PaneOptions Signed(List<IRequest> sent, Func<int, (int Status, string Body, Dictionary<string, string>? Headers)?> answer,
        object? msal = null) => new()
    {
        MsalScenario = msal,
        Setup = async context =>
        {
            await context.RouteAsync("**/api/pane-config", route => route.FulfillAsync(new()
            {
                Status = 200, ContentType = "application/json",
                Body = JsonSerializer.Serialize(new { clientId = ClientId, apiScope = $"api://localhost:5001/{ClientId}/access_as_user" }),
            }));
            await context.RouteAsync("**/api/reply-drafts", async route =>
            {
                sent.Add(route.Request);
                var canned = answer(sent.Count);
                if (canned is null) { await route.ContinueAsync(); return; }
                await route.FulfillAsync(new()
                {
                    Status = canned.Value.Status, Body = canned.Value.Body,
                    ContentType = canned.Value.Status >= 400 ? "application/problem+json" : "application/json",
                    Headers = canned.Value.Headers,
                });
            });
        },
    };

    private static string Created => JsonSerializer.Serialize(new
    {
        id = "AAMkADraft==", webLink = "https://outlook.office.com/owa/?ItemID=AAMkADraft%3D%3D", subject = "RE: Spring campaign", findings = Array.Empty<object>(),
    });

    [Fact]
    public async Task WithoutSignInConfigurationTheButtonIsNotOffered()
    {
        var config = await fixture.Http.GetFromJsonAsync<JsonElement>("/api/pane-config");
        Assert.Equal(JsonValueKind.Null, config.GetProperty("clientId").ValueKind);
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        await Expect(pane.Page.Locator("#create-draft")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task SuccessSendsTokenKeyAndRestIdThenOffersToOpenTheDraft()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");

        var request = Assert.Single(sent);
        Assert.Equal("Bearer naa-token", request.Headers["authorization"]);
        Assert.True(Guid.TryParse(request.Headers["idempotency-key"], out _));
        var body = JsonSerializer.Deserialize<JsonElement>(request.PostData!);
        Assert.Equal("rest:AAMkAD-ews/item+id=", body.GetProperty("messageId").GetString());
        Assert.False(body.GetProperty("replyAll").GetBoolean());
        Assert.Equal("Jordan Lee", body.GetProperty("draft").GetProperty("client").GetProperty("name").GetString());
        var convert = Assert.Single(await pane.CallsNamedAsync("convertToRestId"));
        Assert.Equal("v2.0", convert.GetProperty("args")[1].GetString());

        var msal = await pane.Page.EvaluateAsync<string>("() => JSON.stringify(window.__msal.calls)");
        Assert.Contains(ClientId, msal);
        Assert.Contains("acquireTokenSilent", msal);

        await pane.Button("Open draft").ClickAsync();
        var open = Assert.Single(await pane.CallsNamedAsync("displayMessageForm"));
        Assert.Equal("ews:AAMkADraft==", open.GetProperty("args")[0].GetString());
    }

    [Fact]
    public async Task UnconfiguredServerAnswer501IsShownInPlainWords()
    {
        // The real endpoint answers 501 without Entra ID configuration; until it is part of this build, the
        // same problem details are played back.
        var probe = await fixture.Http.PostAsync("/api/reply-drafts", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var real = probe.StatusCode == HttpStatusCode.NotImplemented;
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, Signed(sent, _ => real ? null : (501,
            """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.2","title":"Sign-in is not configured","status":501,"detail":"Set AzureAd:ClientId, AzureAd:TenantId and AzureAd:Instance."}""",
            null)));
        await pane.Button("Create draft").ClickAsync();
        var status = pane.Page.Locator("#status");
        await Expect(status).ToContainTextAsync("not connected to Microsoft 365");
        Assert.DoesNotContain("AzureAd", await status.TextContentAsync());
        Assert.DoesNotContain("501", await status.TextContentAsync());
        Assert.Single(sent);
    }

    [Fact]
    public async Task ConsentChallengeIsExplainedAndTheRetryReusesTheIdempotencyKey()
    {
        var sent = new List<IRequest>();
        var challenge = new Dictionary<string, string>
        {
            ["WWW-Authenticate"] = "Bearer error=\"insufficient_claims\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZX19fQ==\"",
        };
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, Signed(sent, n => n == 1
            ? (403, """{"title":"Consent required","status":403}""", challenge)
            : (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("has not yet allowed OutlookExit");

        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Headers["idempotency-key"], sent[1].Headers["idempotency-key"]);
        var popup = await pane.Page.EvaluateAsync<string>(
            "() => JSON.stringify(window.__msal.calls.filter(c => c.name === 'acquireTokenPopup').map(c => c.args.claims))");
        Assert.Contains("access_token", popup);
    }

    [Fact]
    public async Task AfterAFailureChangingTheLetterStartsANewIntentWithANewKey()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, Signed(sent, n => n == 1
            ? (502, """{"title":"Microsoft Graph failed","status":502}""", null)
            : (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("could not do that");
        await pane.Page.GetByLabel("Personal note (optional)").FillAsync("Thank you for the spring campaign.");
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        Assert.Equal(2, sent.Count);
        Assert.NotEqual(sent[0].Headers["idempotency-key"], sent[1].Headers["idempotency-key"]);
        Assert.Contains("spring campaign", sent[1].PostData);
    }

    [Fact]
    public async Task WithoutNestedAppAuthTheOfficeSsoTokenIsUsed()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read", sets = new { Mailbox = "1.13", IdentityAPI = "1.3" } },
            Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        Assert.Equal("Bearer office-sso-token", Assert.Single(sent).Headers["authorization"]);
        Assert.Single(await pane.CallsNamedAsync("auth.getAccessToken"));
        Assert.Equal(0, await pane.Page.EvaluateAsync<int>("() => window.__msal ? window.__msal.calls.length : 0"));
    }

    [Fact]
    public async Task CancelledSignInSavesNothingAndSaysSo()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" },
            Signed(sent, _ => (201, Created, null), new { silentFails = true, popupError = "user_cancelled" }));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Sign-in was cancelled");
        Assert.Empty(sent);
    }

    [Fact]
    public async Task OfficeSsoCancelledSavesNothingAndSaysSo()
    {
        var sent = new List<IRequest>();
        // 13002: "The user aborted sign in or consent" (Microsoft's SSO error table).
        await using var pane = await fixture.OpenAsync(
            new { mode = "read", sets = new { Mailbox = "1.13", IdentityAPI = "1.3" }, accessTokenError = 13002 },
            Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Sign-in was cancelled");
        Assert.Single(await pane.CallsNamedAsync("auth.getAccessToken"));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task AnyOtherOfficeSsoFailureNamesItsCode()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(
            new { mode = "read", sets = new { Mailbox = "1.13", IdentityAPI = "1.3" }, accessTokenError = 13004 },
            Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Signing in did not work (13004)");
        Assert.Empty(sent);
    }

    [Fact]
    public async Task InComposeModeTheButtonIsNotOffered()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "compose" }, Signed(sent, _ => (201, Created, null)));
        await Expect(pane.Page.Locator("#create-draft")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task TheVendoredMsalBuildLoadsAsAModuleAndOffersNestedAppAuthentication()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new() { RealMsal = true });
        var found = await pane.Page.EvaluateAsync<string[]>("""
            async () => {
              await import('./vendor/msal-browser-5.30.0.min.js');
              return [typeof globalThis.msal?.createNestablePublicClientApplication, globalThis.msal?.version];
            }
            """);
        Assert.Equal(["function", "5.30.0"], found);
    }

    // ---- Office SSO codes, login hint, consent round, shared and consumer mailboxes ----------------------------

    private static readonly object SsoOnly = new { Mailbox = "1.13", IdentityAPI = "1.3" };

    [Fact]
    public async Task OfficeSsoNotSignedInSaysSoAndSavesNothing()
    {
        var sent = new List<IRequest>();
        // 13001: "The user isn't signed into Office."
        await using var pane = await fixture.OpenAsync(new { mode = "read", sets = SsoOnly, accessTokenError = 13001 },
            Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("You are not signed in to Office");
        Assert.Empty(sent);
        Assert.Equal(0, await pane.Page.EvaluateAsync<int>("() => window.__msal ? window.__msal.calls.length : 0"));
    }

    [Fact]
    public async Task OfficeSso13006AsksForANewBrowserSessionInsteadOfFallingBack()
    {
        var sent = new List<IRequest>();
        // 13006: Microsoft's table says "suggest that the user sign out and then restart the Office browser session".
        await using var pane = await fixture.OpenAsync(new { mode = "read", sets = SsoOnly, accessTokenError = 13006 },
            Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Sign out of Outlook, close the browser");
        Assert.Empty(sent);
        Assert.Equal(0, await pane.Page.EvaluateAsync<int>("() => window.__msal ? window.__msal.calls.length : 0"));
    }

    /// <summary>The codes whose recommended handling in Microsoft's table is "fall back to an alternate system of user
    /// authentication": MSAL.js on its own, with the login hint of the signed-in account.</summary>
    [Theory]
    [InlineData(13000)]
    [InlineData(13003)]
    [InlineData(13005)]
    [InlineData(13007)]
    [InlineData(13012)]
    [InlineData(50001)]
    public async Task OfficeSsoFallBackCodesSignInWithMsalAndTheLoginHint(int code)
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read", sets = SsoOnly, accessTokenError = code },
            Signed(sent, _ => (201, Created, null), new { token = "msal-fallback-token" }));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        Assert.Equal("Bearer msal-fallback-token", Assert.Single(sent).Headers["authorization"]);
        var calls = JsonSerializer.Deserialize<JsonElement>(await pane.Page.EvaluateAsync<string>("() => JSON.stringify(window.__msal.calls)"));
        Assert.Equal("createStandard", calls[0].GetProperty("name").GetString());
        Assert.All(calls.EnumerateArray().Skip(1), c =>
        {
            Assert.Equal("standard", c.GetProperty("app").GetString());
            // No NestedAppAuth here, so the hint is the mailbox's address.
            Assert.Equal("alex@rivera.example", c.GetProperty("args").GetProperty("loginHint").GetString());
        });
    }

    [Fact]
    public async Task NestedAppAuthGetsTheLoginHintOfficeIsSignedInWith()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "read",
            authContext = new { loginHint = "alex.rivera@contoso.example", userPrincipalName = "alex@contoso.example", authorityType = "aad" },
        }, Signed(sent, _ => (201, Created, null), new { silentFails = true }));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        var hints = await pane.Page.EvaluateAsync<string[]>(
            "() => window.__msal.calls.filter(c => c.name.startsWith('acquire')).map(c => c.args.loginHint)");
        Assert.Equal(["alex.rivera@contoso.example", "alex.rivera@contoso.example"], hints);
        Assert.Single(await pane.CallsNamedAsync("auth.getAuthContext"));
    }

    /// <summary>A 403 consent challenge: one interactive round asking for the scopes and claims it names, then a plain
    /// "ask your administrator" instead of another popup.</summary>
    [Fact]
    public async Task AConsentChallengeGetsOneRoundWithItsScopesThenStops()
    {
        var sent = new List<IRequest>();
        var challenge = new Dictionary<string, string>
        {
            ["WWW-Authenticate"] = "Bearer error=\"insufficient_claims\", scopes=\"https://graph.microsoft.com/Mail.ReadWrite.Shared\", "
                + "claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZX19fQ==\"",
        };
        await using var pane = await fixture.OpenAsync(new { mode = "read" },
            Signed(sent, _ => (403, """{"title":"Consent required","status":403}""", challenge)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("has not yet allowed OutlookExit");
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Permission to create drafts is still missing");
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Permission to create drafts is still missing");
        await Expect(pane.Button("Create draft")).ToBeEnabledAsync();
        Assert.Equal(3, sent.Count);

        var popups = JsonSerializer.Deserialize<JsonElement>(await pane.Page.EvaluateAsync<string>(
            "() => JSON.stringify(window.__msal.calls.filter(c => c.name === 'acquireTokenPopup').map(c => c.args))"));
        var round = Assert.Single(popups.EnumerateArray());
        Assert.Equal(["https://graph.microsoft.com/Mail.ReadWrite.Shared"], round.GetProperty("extraScopesToConsent").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("access_token", round.GetProperty("claims").GetString());
    }

    [Fact]
    public async Task AMessageInASharedMailboxIsDraftedThere()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "read",
            shared = new { targetMailbox = "sales@acme.example", owner = "sales@acme.example", delegatePermissions = 1 | 2 | 16 },
        }, Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        var body = JsonSerializer.Deserialize<JsonElement>(Assert.Single(sent).PostData!);
        Assert.Equal("sales@acme.example", body.GetProperty("mailbox").GetString());
        Assert.Single(await pane.CallsNamedAsync("getSharedPropertiesAsync"));
    }

    [Fact]
    public async Task OwnMailboxSendsNoMailboxField()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        Assert.False(JsonSerializer.Deserialize<JsonElement>(Assert.Single(sent).PostData!).TryGetProperty("mailbox", out _));
    }

    [Fact]
    public async Task AReadOnlySharedMailboxIsExplainedAndNothingIsSent()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "read",
            shared = new { targetMailbox = "sales@acme.example", owner = "sales@acme.example", delegatePermissions = 1 },
        }, Signed(sent, _ => (201, Created, null)));
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("may read this shared mailbox but not write to it");
        Assert.Empty(sent);
    }

    [Fact]
    public async Task OutlookComSaysCreateDraftNeedsAWorkOrSchoolAccount()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "read", accountType = "outlookCom", sets = new { Mailbox = "1.13" } },
            Signed(sent, _ => (201, Created, null)));
        await Expect(pane.Page.Locator("#create-draft")).ToBeHiddenAsync();
        await Expect(pane.Page.Locator("#draft-note")).ToHaveTextAsync(
            "Create draft needs a work or school account. With an Outlook.com mailbox, use Insert into reply or Copy.");
        await Expect(pane.InsertButton()).ToBeEnabledAsync();
        Assert.Empty(sent);
    }

    /// <summary>Outlook on iOS: no reply form from add-ins, so no Insert button; Copy and Create draft remain, and the
    /// item id is already a REST id (no convertToRestId there).</summary>
    [Fact]
    public async Task OnMobileThePaneOffersCopyAndCreateDraftButNoInsert()
    {
        var sent = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "read", hostName = "OutlookIOS", platform = "iOS", itemId = "AAMkAD-rest_id=", sets = new { Mailbox = "1.5", NestedAppAuth = "1.1" },
        }, Signed(sent, _ => (201, Created, null)));
        await Expect(pane.Page.Locator("#insert")).ToBeHiddenAsync();
        await Expect(pane.Page.Locator("#host-note")).ToHaveTextAsync(
            "Outlook on a phone cannot put the letter into a reply from an add-in. Use Copy and paste it into your reply.");
        await Expect(pane.Button("Copy")).ToBeVisibleAsync();
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");
        Assert.Equal("AAMkAD-rest_id=", JsonSerializer.Deserialize<JsonElement>(Assert.Single(sent).PostData!).GetProperty("messageId").GetString());
        Assert.Empty(await pane.CallsNamedAsync("convertToRestId"));
    }
}
