using System.ComponentModel.DataAnnotations;

namespace BotService.Triage.Options;

/// <summary>Emergency number and care wording for one region (Triage:Regions:{name}).</summary>
public sealed class RegionOptions
{
    /// <summary>Full locale tags served by this region ("en-US").</summary>
    public List<string> Locales { get; set; } = [];

    /// <summary>Country codes served by this region ("DE", "FR"); matched against a locale's country part.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>The number to call in an emergency ("911", "999", "112").</summary>
    [Required]
    [RegularExpression(@"^[0-9]{2,4}$")]
    public string EmergencyNumber { get; set; } = string.Empty;

    /// <summary>How to say "call now" ("Call 999 now, or go straight to A&amp;E if that is faster").</summary>
    [Required]
    public string EmergencyAdvice { get; set; } = string.Empty;

    /// <summary>How to get seen today ("Contact your doctor today or go to urgent care").</summary>
    [Required]
    public string UrgentCare { get; set; } = string.Empty;

    /// <summary>How to book a routine appointment ("Book a GP appointment").</summary>
    [Required]
    public string RoutineCare { get; set; } = string.Empty;

    /// <summary>What people call their first doctor there ("GP", "doctor").</summary>
    [Required]
    public string Doctor { get; set; } = "doctor";
}
