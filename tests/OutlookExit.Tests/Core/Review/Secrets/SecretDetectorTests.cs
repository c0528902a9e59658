using OutlookExit.Core.Review.Secrets;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Secrets;

public class SecretDetectorTests
{
    [Theory]
    [InlineData("password: hunter2!", "hunter2!")]
    [InlineData("Password: hunter2!", "hunter2!")]
    [InlineData("The staging password is Xk3!mall.", "Xk3!mall")]
    [InlineData("heslo: Tajne123", "Tajne123")]
    [InlineData("Heslo je Tajne123, prosím nepředávejte ho.", "Tajne123")]
    [InlineData("Heslo do administrace je Tajne123.", "Tajne123")]
    [InlineData("login admin, pwd=S3cr3t", "S3cr3t")]
    [InlineData("Server=db;User=app;Pass=Xy7pQ2mm;", "Xy7pQ2mm")]
    [InlineData("Server=db;Password=Xy7;pQ2mm;Database=main", "Xy7;pQ2mm")]
    [InlineData("passwd = 'correct-horse-9'", "correct-horse-9")]
    [InlineData("password for the server: Xy7!abc", "Xy7!abc")]
    [InlineData("The password is: hunter2", "hunter2")]
    [InlineData("heslo k WiFi je Kava2026", "Kava2026")]
    [InlineData("PASSWORD=\"p@ss w0rd\"", "p@ss")]
    [InlineData("Přístup: uživatel alex, heslo „Tajne123“.", "Tajne123")]
    [InlineData("API key: a1B2c3D4e5", "a1B2c3D4e5")]
    [InlineData("api_key=ZX81-spectrum-48", "ZX81-spectrum-48")]
    [InlineData("Use sk-proj-4f9Xk2LmQ8wR7tZp1VbN3c for the bot.", "sk-proj-4f9Xk2LmQ8wR7tZp1VbN3c")]
    [InlineData("token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ", "ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ")]
    [InlineData("slack xoxb-1234567890-abcdefghijkl", "xoxb-1234567890-abcdefghijkl")]
    [InlineData("aws AKIA2GVVQ6YR24Y53IEA here", "AKIA2GVVQ6YR24Y53IEA")]
    [InlineData("maps key AIzaSyD4x9kLmN0pQrStUvWxYz1234567890abc", "AIzaSyD4x9kLmN0pQrStUvWxYz1234567890abc")]
    [InlineData("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    [InlineData("Authorization: Bearer abcdef0123456789ghij", "abcdef0123456789ghij")]
    [InlineData("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8KEYab end", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8KEYab")]
    [InlineData("db at https://admin:Sup3rS3cret@db.example.com/main", "Sup3rS3cret")]
    // Settings: environment, JSON, YAML, INI, XML, connection strings.
    [InlineData("DB_PASSWORD=Tulip&315", "Tulip&315")]
    [InlineData("export ADMIN_PASSWORD='Marble2005@'", "Marble2005@")]
    [InlineData("{\"password\": \"Y=5Ud4Ux+_vI\"}", "Y=5Ud4Ux+_vI")]
    [InlineData("\"DbPassword\": \"H-qC0N%q3Kl5!M\"", "H-qC0N%q3Kl5!M")]
    [InlineData("{\"apiKey\": \"kHSsrLkO82s9b4lbHsCJhW89Tx2On\"}", "kHSsrLkO82s9b4lbHsCJhW89Tx2On")]
    [InlineData("db:\\n  user: app\\n  password: Tulip&315", "Tulip&315")]
    [InlineData("<password>ZebZkTS5K+75</password>", "ZebZkTS5K+75")]
    [InlineData("JWT_SECRET=bbI3BScSfAnKBH5ZT8J4Jb0TaihdTXa2NH", "bbI3BScSfAnKBH5ZT8J4Jb0TaihdTXa2NH")]
    [InlineData("Server=tcp:db,1433;User ID=app;Password=Kafe108;Encrypt=True;", "Kafe108")]
    [InlineData("AccountName=st;AccountKey=EkLgqS7dVjROJ0+6pV3U6ana7biBMO4wrxyRtxYTsQuMEWP6OC7PMPjdfe3+ir/s/KPwE42SPQbo6to3RoqdOP==;EndpointSuffix=core.windows.net",
        "AccountKey=EkLgqS7dVjROJ0+6pV3U6ana7biBMO4wrxyRtxYTsQuMEWP6OC7PMPjdfe3+ir/s/KPwE42SPQbo6to3RoqdOP==")]
    // Unicode spaces and the full-width colon between label and value.
    [InlineData("password:\u00A0Mam@w4xnSY*68", "Mam@w4xnSY*68")]
    [InlineData("heslo:\u202FFalcon2030+", "Falcon2030+")]
    [InlineData("password:\u200BRocket1999?", "Rocket1999?")]
    [InlineData("heslo\uFF1AZebra#221", "Zebra#221")]
    [InlineData("password:\u3000Kafe&109", "Kafe&109")]
    // Prose, English and Czech.
    [InlineData("The password is now Brno+887 for everyone.", "Brno+887")]
    [InlineData("Login: jsmith, password Brno+887", "Brno+887")]
    [InlineData("My login is alex / Xy7!abcd.", "Xy7!abcd")]
    [InlineData("Use sarah.k / Pra&y4o2Er?28 to log into the portal.", "Pra&y4o2Er?28")]
    [InlineData("The key is protected with the passphrase battery-candle-orbit-staple49.", "battery-candle-orbit-staple49")]
    [InlineData("Nové heslo zní Rocket2002%", "Rocket2002%")]
    [InlineData("Heslo je nyní Kava2026!", "Kava2026!")]
    [InlineData("Přihlaste se jako jnovak s heslem Fal!ne7BOO*61.", "Fal!ne7BOO*61")]
    [InlineData("Heslo k Wi-Fi v kanceláři je „Brn&DPFk09!23“.", "Brn&DPFk09!23")]
    // Vendor tokens next to brackets, quotes and sentence ends.
    [InlineData("the CI uses [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] for models", "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")]
    [InlineData("(dop_v1_67e68b14940854be97e34111b03c85bf7e7dce80245042cbbf2e5bf62d64f5b0)", "dop_v1_67e68b14940854be97e34111b03c85bf7e7dce80245042cbbf2e5bf62d64f5b0")]
    [InlineData("Vault: hvs.SfYwPMqh1xRG3heV-R9N3caYMzn24I6EPJBKqyGjHB9fF-s_yzi8gS9n2kAVvWjRLyY3rtknoh4W-6in3xjszFaOuh.", "hvs.SfYwPMqh1xRG3heV-R9N3caYMzn24I6EPJBKqyGjHB9fF-s_yzi8gS9n2kAVvWjRLyY3rtknoh4W-6in3xjszFaOuh")]
    [InlineData("„05te6oxduq3kaw.atlasv1.A628F2RK82WXf7wbgkW1LHgwBbspZnGcqE6sZUJRU1TO-9zL8SgEVWBaSpsMBDRgePO“", "05te6oxduq3kaw.atlasv1.A628F2RK82WXf7wbgkW1LHgwBbspZnGcqE6sZUJRU1TO-9zL8SgEVWBaSpsMBDRgePO")]
    [InlineData("Doppler: dp.pt.3x93jEEhsBqxVGpwxg8baH3s6vK1hp23akWmroAqwWc,", "dp.pt.3x93jEEhsBqxVGpwxg8baH3s6vK1hp23akWmroAqwWc")]
    [InlineData("<dapi883cae1ea31996fd42bc3a66de78fb8b>", "dapi883cae1ea31996fd42bc3a66de78fb8b")]
    [InlineData("sk_live_PBBegE2wccpo5WWNFoliMves.", "sk_live_PBBegE2wccpo5WWNFoliMves")]
    [InlineData("Klíč k Mailchimpu je 6038b619b196252c0ddf4c9a969196b2-us5.", "6038b619b196252c0ddf4c9a969196b2-us5")]
    // Links.
    [InlineData("Webhook: https://hooks.slack.com/services/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",
        "hooks.slack.com/services/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")]
    [InlineData("https://x.blob.core.windows.net/c/f.bak?sv=2022-11-02&sp=r&sig=S969V6tCDufqm3gdXp8QWN2OL0YW%2BN1bnJy%2F8zxqHit%3D",
        "S969V6tCDufqm3gdXp8QWN2OL0YW%2BN1bnJy%2F8zxqHit%3D")]
    [InlineData("Feed: https://api.example.com/v1/reports?q=Praha&apikey=ac7cDfafD7E0C3Fe1d9e24e019Fdb0ae.", "ac7cDfafD7E0C3Fe1d9e24e019Fdb0ae")]
    [InlineData("Queue: amqps://jnovak:crtszmkfE*6c!evt7C@rabbit.example.net/prod", "crtszmkfE*6c!evt7C")]
    [InlineData("jdbc:mysql://10.20.0.15:3306/crm?user=app_user&password=Kolo2025", "Kolo2025")]
    [InlineData("otpauth://totp/KlientA:klient%40example.cz?secret=EMC42LOIEFZ7EKDX&issuer=KlientA", "EMC42LOIEFZ7EKDX")]
    // Headers, curl, cards, TOTP seeds.
    [InlineData("Authorization: Basic ZGVwbG95OlBvZHppbTE5OTYk", "ZGVwbG95OlBvZHppbTE5OTYk")]
    [InlineData("curl -u \"deploy:zeZG2brl703F\" https://staging.example.cz/health", "zeZG2brl703F")]
    [InlineData("Platbu prosím strhněte z karty 4445-5128-8157-0260.", "4445-5128-8157-0260")]
    [InlineData("Číslo karty: 4356\u00A05373\u00A01864\u00A09921, platnost 11/27", "4356\u00A05373\u00A01864\u00A09921")]
    [InlineData("Card number 3738 499750 75689 (company card)", "3738 499750 75689")]
    [InlineData("Billing card: [4041690380977067]", "4041690380977067")]
    [InlineData("MFA secret key: D7ZAI334HD6EXAHW32IYZH57MN3UC3UR", "D7ZAI334HD6EXAHW32IYZH57MN3UC3UR")]
    [InlineData("TOTP secret: JBSW Y3DP EHPK 3PXP", "JBSW Y3DP EHPK 3PXP")]
    public void FindsSecrets(string text, string secret)
    {
        var found = SecretDetector.Find(text);
        Assert.NotNull(found);
        Assert.Equal(secret, text.Substring(found.Value.Start, found.Value.Length));
    }

    [Fact]
    public void FindsPrivateKeys()
    {
        const string key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----";
        var text = "Here it is:\n" + key + "\nThanks";
        var found = SecretDetector.Find(text);
        Assert.NotNull(found);
        Assert.Equal(key, text.Substring(found.Value.Start, found.Value.Length));

        var truncated = "key -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA";
        Assert.NotNull(SecretDetector.Find(truncated));
    }

    [Theory]
    [InlineData("")]
    [InlineData("I will share the password through a password manager.")]
    [InlineData("The password is stored in the vault.")]
    [InlineData("Password: see the vault entry.")]
    [InlineData("Heslo Vám předám přes správce hesel.")]
    [InlineData("Heslo je uložené ve správci hesel.")]
    [InlineData("Invoice FV-2026-118 is due on 10 December.")]
    [InlineData("Invoice 2026-041 (EUR 1,200.00) is due on 1 December.")]
    [InlineData("sam@parkstudio.example")]
    [InlineData("jana.dvorakova-design2026@dvorakova.example")]
    [InlineData("https://rivera.example/projects/2026/homepage-redesign?step=3#top")]
    [InlineData("https://www.example.com/Docs/Handover2026/ReadMeFirst")]
    [InlineData("the shared project board")]
    [InlineData("Katalog produktů 2027")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy.")]
    [InlineData("CZ6508000000192000145399")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("MyCompanyProjectPlan2026Final")]
    [InlineData("homepage-redesign-phase-2-final-v3")]
    [InlineData("/Users/alex/Projects/OutlookExit2026/handover")]
    [InlineData("Password: ********")]
    [InlineData("password: <redacted>")]
    [InlineData("Secret: our launch date")]
    [InlineData("PIN the document to the board: Q3-plan")]
    [InlineData("compass: north")]
    [InlineData("Alex Rivera\nRivera Studio\n+420 777 123 456")]
    [InlineData("Homepage redesign")]
    [InlineData("sk-the-list")]
    [InlineData("password: 1Password")]
    [InlineData("The password is: in the vault")]
    [InlineData("Boarding pass: AB1234")]
    [InlineData("API key rotation for staging")]
    [InlineData("Password reset flow (v2)")]
    [InlineData("Token: migrate to OAuth2")]
    [InlineData("Secret Santa 2026")]
    [InlineData("Změna hesla 2026")]
    [InlineData("Alex Rivera | rivera.example | +420 777 123 456")]
    [InlineData("Use code WELCOME2026 for 10% off.")]
    [InlineData("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("https://cal.example/alex-rivera?duration=30&Lang=EN2")]
    [InlineData("Dobrý den, posílám přístupové údaje přes správce hesel.")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")]
    // Vendor documentation keys are placeholders, not secrets.
    [InlineData("aws AKIAIOSFODNN7EXAMPLE here")]
    [InlineData("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end")]
    [InlineData("DB_PASSWORD=${DB_PASSWORD}")]
    [InlineData("password: {{ vault_db_password }}")]
    [InlineData("API_KEY=<your-api-key>")]
    [InlineData("\"password\": \"********\"")]
    [InlineData("Heslo: pošlu zvlášť.")]
    [InlineData("Password: sent separately")]
    [InlineData("Password:\u202Fwill follow by phone.")]
    [InlineData("Heslo k\u00A0účtu pošlu SMS.")]
    [InlineData("Záloha 12\u00A0500\u00A0Kč, splatnost 15.\u00A012.")]
    [InlineData("Heslem je chráněný jen archiv, ne celý disk.")]
    [InlineData("Heslo do Wi-Fi je na lístku u recepce.")]
    [InlineData("The password is in 1Password under \"Client A\".")]
    [InlineData("Please pay the last invoice to IBAN CZ73 5500 7815 6442 0991 5621.")]
    [InlineData("Platbu prosím pošlete na IBAN: CZ5601000000006653430339")]
    [InlineData("Bank details: DE05 9095 6643 9797 1429 37, BIC DEUTDEFFXXX.")]
    [InlineData("Zálohu pošlete na účet 182609-0427051499/0100.")]
    [InlineData("Číslo smlouvy 6053 8039 9027 9379")]
    [InlineData("Doporučuji knihu ISBN 9782745548900.")]
    [InlineData("Zoom: https://us02web.zoom.us/j/80470545085?pwd=fUovvbBu6W8U73aMpkI0cTBuW9d5Gu0k.1")]
    [InlineData("Dropbox: https://www.dropbox.com/scl/fi/992bol80wudlv94/podklady.zip?rlkey=k2x9vq7w3m5n8p1r4t6y0zab&dl=0")]
    [InlineData("The handover notes are at https://docs.google.com/document/d/fD8GdrsOcKSf9QRcCBRD8r2Id0zdf_eyOomyQznf7ORV/edit?usp=sharing")]
    [InlineData("My public SSH key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI776y6KlpKDBj6cTrC8ELyH133glHNj7l3an2s5QWEFp alex@notebook")]
    [InlineData("Ticket reference ebae2753-e5b1-4438-80db-da51a346e440 — I closed it today.")]
    [InlineData("Původní zpráva <ff686768-992e-4cec-bff0-518ded9fa720@firma.cz>")]
    [InlineData("Meeting on 2026-12-01T10:00:00+01:00.")]
    [InlineData("UK office: +44 20 7946 9261")]
    [InlineData("Tajemství úspěchu bylo ve skvělém týmu.")]
    [InlineData("Please change your password after the first login.")]
    [InlineData("Use Bitwarden / 1Password to share it.")]
    public void LeavesOrdinaryTextAlone(string text)
    {
        var found = SecretDetector.Find(text);
        Assert.True(found is null, found is { } f ? $"Flagged '{text.Substring(f.Start, f.Length)}' in \"{text}\"" : "");
    }

    // Prose and link shapes beyond the corpus: other verbs ("to", "will be", "na", "bude"), dashes, brackets,
    // passwords that start with a symbol, passphrases, an unencoded '#' in a link's password, other parameter names.
    [Theory]
    [InlineData("The password is now Xy7!abcd.", "Xy7!abcd")]
    [InlineData("The password is now #Falcon2022", "#Falcon2022")]
    [InlineData("The new password will be $ecret99x.", "$ecret99x")]
    [InlineData("I changed the password to Kafe108!", "Kafe108!")]
    [InlineData("The password to the admin area is Brno+887.", "Brno+887")]
    [InlineData("Your temporary password: @Zebra#221", "@Zebra#221")]
    [InlineData("Temporary password — Mam@w4xnSY*68", "Mam@w4xnSY*68")]
    [InlineData("password (case-sensitive): Tulip&315", "Tulip&315")]
    [InlineData("My login is alex / Xy7!abcd", "Xy7!abcd")]
    [InlineData("my login is alex.novak / brno8877", "brno8877")]
    [InlineData("Login: jsmith / Pass2026!", "Pass2026!")]
    [InlineData("username petra.s, password brno8877", "brno8877")]
    [InlineData("user: admin, password: %Kafe108", "%Kafe108")]
    [InlineData("The passphrase is tiger-river-copper-horse.", "tiger-river-copper-horse")]
    [InlineData("with the passphrase tiger-river-copper-horse.", "tiger-river-copper-horse")]
    [InlineData("Passphrase for the key: \"horse copper river tiger 93\"", "horse copper river tiger 93")]
    [InlineData("Heslo jsem změnila na Kava2026!", "Kava2026!")]
    [InlineData("Heslo je nyní Kava2026", "Kava2026")]
    [InlineData("Heslo bude Rocket!129", "Rocket!129")]
    [InlineData("Přihlaste se jako jnovak s heslem rocket2002", "rocket2002")]
    [InlineData("Přihlaste se jako jnovak s heslem „Rocket2002%“.", "Rocket2002%")]
    [InlineData("přihlašovací údaje: jnovak / Kava2026!", "Kava2026!")]
    [InlineData("Uživatel admin, heslo Kava2026", "Kava2026")]
    [InlineData("Dočasné heslo: (Kava2026!)", "Kava2026!")]
    [InlineData("Heslo – Kava2026!", "Kava2026!")]
    [InlineData("heslo k databázi je ^VK7KK%wRsF#gZ", "^VK7KK%wRsF#gZ")]
    [InlineData("https://jnovak:Tyg#KHoT7495@files.klient-a.cz/share", "Tyg#KHoT7495")]
    [InlineData("https://files.example.com/get?access-token=OwJF9NZPJOKeVFhRT6U1tpp7SMF0cX6jw", "OwJF9NZPJOKeVFhRT6U1tpp7SMF0cX6jw")]
    [InlineData("https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Credential=AKIA2GVVQ6YR24Y53IEA%2F20261201&X-Amz-Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024", "AKIA2GVVQ6YR24Y53IEA%2F20261201")]
    [InlineData("https://api.example.com/v1/x?api_token=9e8F68635B1197C19DCfcCA4833FA3b2", "9e8F68635B1197C19DCfcCA4833FA3b2")]
    [InlineData("https://api.example.com/v1/x?apiToken=9e8F68635B1197C19DCfcCA4833FA3b2", "9e8F68635B1197C19DCfcCA4833FA3b2")]
    [InlineData("https://api.example.com/v1/x?key=9e8F68635B1197C19DCfcCA4833FA3b2", "9e8F68635B1197C19DCfcCA4833FA3b2")]
    [InlineData("https://alex@firma.cz:Pass1234@host.example.com/x", "Pass1234")]
    [InlineData("Password reset: the new one is Xy7!abcd", "Xy7!abcd")]
    [InlineData("user / password: alex / Xy7!abcd", "Xy7!abcd")]
    [InlineData("ftp://klient:Tyg/AQ1x@ftp.klient-a.cz/upload", "Tyg/AQ1x")]
    [InlineData("Sign in as jnovak with password Kava2026!", "Kava2026!")]
    public void FindsSecretsInOtherShapes(string text, string secret)
    {
        var found = SecretDetector.Find(text);
        Assert.NotNull(found);
        Assert.Equal(secret, text.Substring(found.Value.Start, found.Value.Length));
    }

    // Sentences about passwords, keys and tokens without one, and numbers that are not cards.
    [Theory]
    [InlineData("https://host.example.com:8080?u=alex@firma.cz")]
    [InlineData("Heslo do Wi-Fi je na lístku u recepce.")]
    [InlineData("The password will be sent separately.")]
    [InlineData("Please change your password to something stronger.")]
    [InlineData("Heslo jsem změnil na silnější.")]
    [InlineData("Password: (sent separately)")]
    [InlineData("Password — ask Jana.")]
    [InlineData("API_KEY=<your-api-key>")]
    [InlineData("password: <PASSWORD>")]
    [InlineData("Heslo bude v SMS.")]
    [InlineData("Password: TBD")]
    [InlineData("password: $DB_PASSWORD")]
    [InlineData("password: %DB_PASSWORD%")]
    [InlineData("Zoom: https://us02web.zoom.us/j/80470545085?pwd=fUovvbBu6W8U73aMpkI0cTBuW9d5Gu0k.1")]
    [InlineData("Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4Zjk@thread.v2/0?context=%7b%22Tid%22%3a%22a5f1f1e0%22%7d")]
    [InlineData("https://www.dropbox.com/scl/fi/abc/podklady.zip?rlkey=k2x9vq7w3m5n8p1r4t6y0zab&dl=0")]
    [InlineData("Set the password to expire after 90 days.")]
    [InlineData("Your password must be at least 12 characters.")]
    [InlineData("The password reset link is valid for 24 hours.")]
    [InlineData("Heslo musí mít alespoň 12 znaků.")]
    [InlineData("Pošlu vám heslo na telefon 777 123 456.")]
    [InlineData("Heslo k e-mailu vám pošlu SMS na +420 777 123 456.")]
    [InlineData("Login: jsmith / see the vault")]
    [InlineData("Objednávka 2026/72879 / faktura FV-2026-118")]
    [InlineData("Přihlášení přes SSO / Entra ID.")]
    [InlineData("The password for the portal is the same as last year.")]
    [InlineData("The password to the archive is on page 2.")]
    [InlineData("Heslo k archivu je stejné jako loni.")]
    [InlineData("Heslo je uvedené v předávacím protokolu (strana 3).")]
    [InlineData("The API key is stored in Azure Key Vault kv-prod-01.")]
    [InlineData("Token je platný do 31. 12. 2026.")]
    [InlineData("The token expires on 2026-12-31.")]
    [InlineData("Klíč od kanceláře je u recepce.")]
    [InlineData("Key account manager: Jana Nováková, +420 777 123 456")]
    [InlineData("Secret key rotation happens every 90 days.")]
    [InlineData("Passwords are in the shared vault under Client-A/Prod.")]
    [InlineData("password policy: 12 chars, 1 digit")]
    [InlineData("The Wi-Fi network is StudioLipa-5G, the password is on the router.")]
    [InlineData("Login via SSO: https://login.microsoftonline.com/contoso.onmicrosoft.com")]
    [InlineData("Přihlašovací jméno je vaše e-mailová adresa.")]
    [InlineData("Use jana.novakova / your usual password.")]
    [InlineData("Použijte jméno jnovak / heslo z SMS.")]
    [InlineData("Payment reference 2026-118 / invoice FV-2026-118.")]
    [InlineData("Tickets #4521 / #4522 are closed.")]
    [InlineData("Amount: 12 500 Kč / 480 EUR")]
    [InlineData("Card ending in 4242 was charged.")]
    [InlineData("Objednávka č. 4000 1234 5678 9010 byla odeslána.")]
    [InlineData("Tracking 1Z999AA10123456784")]
    [InlineData("password manager: Bitwarden")]
    [InlineData("Heslo: viz předávací protokol.")]
    [InlineData("Token: ask Petr for a new one.")]
    [InlineData("The secret sauce is our team.")]
    [InlineData("My password tip: use a passphrase.")]
    [InlineData("Password hint: first pet")]
    [InlineData("Session ID: 9f86d081884c7d659a2feaa0c55ad015")]
    [InlineData("Request-Id: 4A93FF9E-7365-4AE1-8C45-19FDE9D51C73")]
    [InlineData("Build sha 3f9a1c2e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a")]
    [InlineData("The key to success was communication.")]
    [InlineData("Reference: KEY-2026-0042")]
    [InlineData("Přístupy: heslo máte od minulého týdne.")]
    [InlineData("Your password is your birth date.")]
    [InlineData("She said the password is changing next week.")]
    [InlineData("pass the document to Jana: Q3-plan-2026")]
    [InlineData("Passing score: 80%")]
    [InlineData("The credentials are with IT (ticket INC0012345).")]
    [InlineData("https://medium.com/@alex/how-to-hand-over")]
    [InlineData("https://host.example.com:8443/path/@team/x")]
    [InlineData("Password reset: see the help page.")]
    [InlineData("Heslo: viz SMS, je to stejné jako minule.")]
    [InlineData("Use Teams / Outlook to reach me.")]
    [InlineData("user / admin role was removed")]
    public void LeavesTheseSentencesAlone(string text)
    {
        var found = SecretDetector.Find(text);
        Assert.True(found is null, found is { } f ? $"Flagged '{text.Substring(f.Start, f.Length)}' in \"{text}\"" : "");
    }

    [Theory]
    [InlineData("password: hunter2!")]
    [InlineData("Here is the key sk-proj-4f9Xk2LmQ8wR7tZp1VbN3c, keep it safe.")]
    [InlineData("heslo: Tajne123 a token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----")]
    public void SecretFindingsNeverEchoTheSecret(string text)
    {
        foreach (var language in new[] { "en", "cs" })
        {
            var secrets = ToneChecker.Check(text, language).Where(f => f.Category == "secret").ToList();
            Assert.NotEmpty(secrets);
            foreach (var finding in secrets)
            {
                Assert.Equal(OutlookExit.Core.Contracts.Severity.Error, finding.Severity);
                Assert.StartsWith("secret.", finding.RuleId);
                var secret = text.Substring(finding.Start, finding.Length);
                Assert.DoesNotContain(secret, finding.Excerpt);
                Assert.DoesNotContain(secret, finding.Message);
                Assert.DoesNotContain(secret, finding.Suggestion);
            }
        }
    }

    [Fact]
    public void ReportsEverySecretInTheText()
    {
        var findings = ToneChecker.Check("heslo: Tajne123 a token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ", "cs");
        Assert.Equal(2, findings.Count(f => f.Category == "secret"));
    }
}
