using System.ComponentModel.DataAnnotations;
using BotService.Triage.Rules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Triage.Options;

/// <summary>
/// Start-up validation: the default region exists, every region has a number and wording, and the rules file
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
}
