using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using BotService.Triage.Rules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Triage.Options;

/// <summary>
/// Start-up validation: the default region exists, every region has a number and wording (its emergency advice
/// naming that number), and the rules file
/// loads without errors (so a broken rule stops the host at boot, not mid-conversation).
/// </summary>
internal sealed class TriageOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<TriageOptions>
{
    public ValidateOptionsResult Validate(string? name, TriageOptions options)
    {
        var errors = new List<string>();
        if (options.Regions.Count == 0)
        {
            errors.Add("Triage:Regions must define at least one region.");
        }
        else if (!options.Regions.ContainsKey(options.DefaultRegion))
        {
            errors.Add($"Triage:DefaultRegion '{options.DefaultRegion}' is not one of the configured regions.");
        }

        foreach (var (regionName, region) in options.Regions)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(region, new ValidationContext(region), results, validateAllProperties: true))
            {
                errors.AddRange(results.Select(r => $"Triage:Regions:{regionName}: {r.ErrorMessage}"));
            }
            else if (!NamesTheNumber(region.EmergencyAdvice, region.EmergencyNumber))
            {
                // The advice is said next to the number; advice naming another number would send people two ways.
                errors.Add($"Triage:Regions:{regionName}: EmergencyAdvice must name the region's EmergencyNumber ({region.EmergencyNumber}).");
            }
        }

        try
        {
            _ = TriageRulesSource.Load(options, environment?.ContentRootPath);
        }
        catch (RuleSetException ex)
        {
            errors.AddRange(ex.Errors);
        }
        catch (IOException ex)
        {
            errors.Add($"Triage:RulesPath cannot be read: {ex.Message}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool NamesTheNumber(string advice, string number) =>
        Regex.IsMatch(advice, $@"(?<![0-9]){Regex.Escape(number)}(?![0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
