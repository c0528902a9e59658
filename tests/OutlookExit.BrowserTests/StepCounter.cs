using Microsoft.Playwright;

namespace OutlookExit.BrowserTests;

/// <summary>One step of a scenario: press a control (button, checkbox, section header) or type into a field.</summary>
public sealed record Step(string Selector, string? Text = null)
{
    public bool IsField => Text is not null;
}

/// <summary>What a scenario cost: pointer clicks on controls, fields typed into, and (keyboard run) Tab presses
/// needed to reach each step from the one before.</summary>
public sealed record StepCount(int Clicks, int Fields, int Tabs, int KeyPresses);

/// <summary>Runs a scenario twice, once with the mouse and once with the keyboard alone, and counts.</summary>
public static class StepCounter
{
    /// <summary>Mouse run: a click per control; a field is clicked into and typed (counted as a field, not a click).</summary>
    public static async Task<int> RunWithMouseAsync(IFrame frame, IEnumerable<Step> steps)
    {
        var clicks = 0;
        foreach (var step in steps)
        {
            var target = frame.Locator(step.Selector).First;
            if (step.IsField) await target.FillAsync(step.Text!);
            else { await target.ClickAsync(); clicks++; }
        }
        return clicks;
    }

    /// <summary>Keyboard run from the top of the page: Tab until the step's element has the focus, then Space/Enter or
    /// type. Returns the Tab presses and the other key presses (Space/Enter for controls).</summary>
    public static async Task<(int Tabs, int Keys)> RunWithKeyboardAsync(IPage page, IFrame frame, IEnumerable<Step> steps)
    {
        var tabs = 0;
        var keys = 0;
        foreach (var step in steps)
        {
            var target = frame.Locator(step.Selector).First;
            var found = false;
            for (var i = 0; i < 150; i++)
            {
                if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) { found = true; break; }
                await page.Keyboard.PressAsync("Tab");
                tabs++;
            }
            if (!found) throw new InvalidOperationException($"Tab never reached {step.Selector}");
            if (step.IsField)
            {
                var type = await target.GetAttributeAsync("type");
                if (type == "date")
                {
                    // Typed the way a keyboard user types a date in en-US: month, day, year.
                    var d = DateOnly.Parse(step.Text!);
                    await page.Keyboard.TypeAsync(d.ToString("MMddyyyy"));
                    if (await target.InputValueAsync() != step.Text) throw new InvalidOperationException($"date typed into {step.Selector} reads {await target.InputValueAsync()}");
                }
                else
                {
                    await target.FillAsync(step.Text!);
                }
            }
            else
            {
                var tag = await target.EvaluateAsync<string>("e => e.tagName + ':' + (e.type || '')");
                await page.Keyboard.PressAsync(tag.EndsWith(":checkbox", StringComparison.Ordinal) ? "Space" : "Enter");
                keys++;
            }
        }
        return (tabs, keys);
    }
}
