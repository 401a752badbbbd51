using System.Text;
using BotService.Recognizers.Numbers;

namespace BotService.Recognizers.Time;

internal enum TimeUnit
{
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

/// <summary>
/// An amount of time kept per unit as spoken, so the timex reads "P1W3D" or "PT1.5H" the way upstream writes it.
/// Fixed sizes as upstream: month 30 days, year 365 days.
/// </summary>
internal readonly struct DurationValue
{
    private static readonly double[] UnitSeconds = [31_536_000, 2_592_000, 604_800, 86_400, 3_600, 60, 1];
    private static readonly char[] UnitLetters = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'];

    private readonly double[]? _amounts;

    private DurationValue(double[] amounts) => _amounts = amounts;

    public bool IsEmpty => _amounts is null;

    public static DurationValue Of(TimeUnit unit, double amount) => default(DurationValue).With(unit, amount);

    public bool Has(TimeUnit unit) => _amounts is not null && _amounts[(int)unit] != 0;

    public double this[TimeUnit unit] => _amounts?[(int)unit] ?? 0;

    public bool HasTimeOfDayUnits => Has(TimeUnit.Hour) || Has(TimeUnit.Minute) || Has(TimeUnit.Second);

    public DurationValue With(TimeUnit unit, double amount)
    {
        var amounts = _amounts is null ? new double[7] : (double[])_amounts.Clone();
        amounts[(int)unit] += amount;
        return new DurationValue(amounts);
    }

    public double TotalSeconds
    {
        get
        {
            double total = 0;
            for (var u = 0; u < 7; u++)
            {
                total += (_amounts?[u] ?? 0) * UnitSeconds[u];
            }

            return total;
        }
    }

    public string Timex
    {
        get
        {
            var sb = new StringBuilder("P");
            var timePart = false;
            for (var u = 0; u < 7; u++)
            {
                var amount = _amounts?[u] ?? 0;
                if (amount == 0)
                {
                    continue;
                }

                if (u >= (int)TimeUnit.Hour && !timePart)
                {
                    sb.Append('T');
                    timePart = true;
                }

                sb.Append(NumberFormat.Format(amount)).Append(UnitLetters[u]);
            }

            return sb.ToString();
        }
    }

    /// <summary>Moves a date by this amount (sign -1 goes back); null when the result leaves the calendar.</summary>
    public DateTime? Shift(DateTime from, int sign)
    {
        try
        {
            var d = from;
            d = AddWhole(d, this[TimeUnit.Year], sign, (x, n) => x.AddYears(n), 365);
            d = AddWhole(d, this[TimeUnit.Month], sign, (x, n) => x.AddMonths(n), 30);
            d = d.AddDays(sign * 7 * this[TimeUnit.Week]);
            d = d.AddDays(sign * this[TimeUnit.Day]);
            d = d.AddHours(sign * this[TimeUnit.Hour]);
            d = d.AddMinutes(sign * this[TimeUnit.Minute]);
            return d.AddSeconds(sign * this[TimeUnit.Second]);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // Whole calendar years and months move by the calendar; a fraction ("half a year") moves by fixed days.
    private static DateTime AddWhole(DateTime d, double amount, int sign, Func<DateTime, int, DateTime> add, int daysPerUnit)
    {
        if (amount == 0)
        {
            return d;
        }

        if (amount > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(amount));
        }

        var whole = Math.Truncate(amount);
        d = add(d, sign * (int)whole);
        return d.AddDays(sign * (amount - whole) * daysPerUnit);
    }
}
