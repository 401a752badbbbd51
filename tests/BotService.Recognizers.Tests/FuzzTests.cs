using System.Text;

namespace BotService.Recognizers.Tests;

/// <summary>
/// Random and adversarial inputs up to 10,000 characters: no call may throw, and each must return within 50 ms or,
/// on a machine too slow for that, scale linearly: take at most 4 times as long as ten runs on a tenth of the same
/// input (linear scanning takes about as long, quadratic about 10 times as long), and never 200 ms. Time is the calling
/// thread's CPU time (other processes on the shared machine do not count), and a call over the limit is run twice
/// more and its fastest run counts: quadratic scanning is slow every time, a GC pause or a cache-cold run only now
/// and then.
/// </summary>
public sealed class FuzzTests
{
    private const int MaxLength = 10_000;
    private const double MaxLinearGrowth = 4;
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan HangLimit = TimeSpan.FromMilliseconds(200);
    private static readonly DateTime Reference = TestReference.Saturday;

    private static readonly string[] Vocabulary =
    [
        "one", "two", "twenty", "hundred", "thousand", "and", "a", "half", "quarter", "dozen", "couple", "of", "few", "days", "day",
        "weeks", "wks", "month", "years", "h", "d", "w", "-", "to", "or", "since", "last", "past", "next", "within", "ago", "before",
        "yesterday", "monday", "mon", "august", "late", "the", "end", "every", "other", "twice", "times", "x", "on", "off", "more",
        "than", "about", "over", "yes", "no", "not", "ok", "👌", "🏻", "👍", "1", "2", "3.5", "1/4", "½", "/", ",", "2016", "7th",
        "old", "degrees", "°", "f", "leg", "left", "eye", "lid", "eyelid", "don", "'", "t", "think", "so", "\uD800", "\uDC00",
    ];

    private static readonly ChoiceOption[] Choices = [new("left leg"), new("right leg"), new("eyelid", ["eye lid", "eye"]), new("head")];

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Generate())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task EveryRecognizerReturnsQuicklyWithoutThrowing(string name)
    {
        var input = Generate().Single(x => x.Name == name).Text;
        WarmUp();

        var run = Task.Run(() =>
        {
            foreach (var (recognizer, call) in Calls(input))
            {
                var fastest = Fastest(call);
                if (fastest <= Limit)
                {
                    continue;
                }

                // Ten runs on a tenth of the input: as long as one run on all of it when the work is linear, and long
                // enough for the thread clock, which ticks in milliseconds.
                var onATenth = Calls(input[..Math.Max(1, input.Length / 10)]).Single(c => c.Name == recognizer).Call;
                var tenRunsOnATenth = Fastest(() =>
                {
                    for (var i = 0; i < 10; i++)
                    {
                        onATenth();
                    }
                }, untilUnder: TimeSpan.Zero);
                Assert.True(fastest <= MaxLinearGrowth * tenRunsOnATenth && fastest <= HangLimit,
                    $"{recognizer} took {fastest.TotalMilliseconds:F1} ms on '{name}' ({input.Length} chars), ten runs on a tenth of it {tenRunsOnATenth.TotalMilliseconds:F1} ms");
            }
        });

        // A hang must fail the test, not hold up the test run.
        await run.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static IEnumerable<(string Name, Action Call)> Calls(string input) =>
    [
        ("number", () => NumberRecognizer.RecognizeNumber(input, Culture.English)),
        ("ordinal", () => NumberRecognizer.RecognizeOrdinal(input, Culture.English)),
        ("numberrange", () => NumberRecognizer.RecognizeNumberRange(input, Culture.English)),
        ("datetime", () => DateTimeRecognizer.RecognizeDateTime(input, Culture.English, Reference)),
        ("boolean", () => BooleanRecognizer.RecognizeBoolean(input, Culture.English)),
        ("choice", () => ChoiceRecognizer.RecognizeChoices(input, Choices)),
        ("age", () => NumberWithUnitRecognizer.RecognizeAge(input, Culture.English)),
        ("temperature", () => NumberWithUnitRecognizer.RecognizeTemperature(input, Culture.English)),
        ("duration reader", () => DurationReader.Read(input, Reference)),
    ];

    /// <summary>The fastest of up to three runs, stopping early once one is under <paramref name="untilUnder"/> (the limit by default).</summary>
    private static TimeSpan Fastest(Action call, TimeSpan? untilUnder = null)
    {
        var enough = untilUnder ?? Limit;
        var best = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 3 && best > enough; attempt++)
        {
            var elapsed = ThreadCpuTime.Measure(call);
            best = elapsed < best ? elapsed : best;
        }

        return best;
    }

    private static void WarmUp()
    {
        foreach (var (_, call) in Calls("for about 3 weeks since last Monday, yes, the left leg, 2-3 wks, 98.6 degrees f, age 87"))
        {
            call();
        }
    }

    private static IEnumerable<(string Name, string Text)> Generate()
    {
        yield return ("digits", new string('9', MaxLength));
        yield return ("ones", Repeat("1 ", MaxLength));
        yield return ("ands", Repeat("and ", MaxLength));
        yield return ("one and", Repeat("one and ", MaxLength));
        yield return ("hyphens", Repeat("- ", MaxLength));
        yield return ("thousands groups", "1" + Repeat(",000", MaxLength - 1));
        yield return ("decimal points", Repeat("1.", MaxLength));
        yield return ("slashes", Repeat("1/", MaxLength));
        yield return ("couple of", Repeat("a couple of ", MaxLength));
        yield return ("compound durations", Repeat("1 year 1 month 1 day and ", MaxLength));
        yield return ("spans", Repeat("last 3 months and ", MaxLength));
        yield return ("since", Repeat("since ", MaxLength));
        yield return ("every other", Repeat("every other ", MaxLength));
        yield return ("ago", Repeat("2 days ago ", MaxLength));
        yield return ("vulgar fractions", Repeat("½", MaxLength));
        yield return ("emoji with tones", Repeat("👌🏻", MaxLength));
        yield return ("lone surrogates", Repeat("\uD800", MaxLength));
        yield return ("yes no", Repeat("yes no not ok ", MaxLength));
        yield return ("choice words", Repeat("leg eye lid left ", MaxLength));
        yield return ("typos", Repeat("lefft rihgt eylid ", MaxLength));
        yield return ("long word", new string('a', MaxLength));
        yield return ("huge years ago", "999999999 years ago and 99999 decades before yesterday since 9999999 weeks");
        yield return ("number words", Repeat("twenty one hundred thousand million ", MaxLength));
        yield return ("dates", Repeat("1/1/2016 january 7th, 2010 ", MaxLength));

        var random = new Random(20_261_121);
        for (var n = 0; n < 12; n++)
        {
            var length = random.Next(1, MaxLength + 1);
            yield return ($"random chars {n}", RandomChars(random, length));
            yield return ($"random words {n}", RandomWords(random, length));
        }
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }

    private static string RandomChars(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(10) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0x80, 0x2FFF),
                _ => (char)random.Next(0x20, 0x7F),
            };
        }

        return new string(chars);
    }

    private static string RandomWords(Random random, int length)
    {
        var sb = new StringBuilder(length + 16);
        while (sb.Length < length)
        {
            sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            if (random.Next(4) != 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString(0, length);
    }
}
