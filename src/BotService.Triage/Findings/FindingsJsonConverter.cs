using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Triage.Findings;

/// <summary>
/// <see cref="Findings"/> as stored in conversation state: camelCase names, nulls and empty collections left out
/// (most are empty, and a triage keeps one copy per question asked for "back"), read case-insensitively, unknown
/// members and unknown slots skipped, a missing or null collection read as empty. Written by hand because the serialiser has no
/// "omit when empty" rule, and because it is the most written object in a turn's state.
/// </summary>
public sealed class FindingsJsonConverter : JsonConverter<Findings>
{
    private enum Member { Location, Side, DurationSeconds, DurationMaxSeconds, DurationMod, DurationText, Age, Complaints, Symptoms, Triggers, Medicines, Context, Denied, Sites, Answered, AskFirst, SignNamedBefore }

    private const int LongestName = 32;

    private static readonly Dictionary<string, Member>.AlternateLookup<ReadOnlySpan<char>> Members =
        Enum.GetValues<Member>().ToDictionary(JsonName, m => m, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public override Findings Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Findings must be a JSON object.");
        }

        var findings = new Findings();
        Span<char> name = stackalloc char[LongestName];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = default(Member);
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            var known = length <= LongestName && Members.TryGetValue(name[..reader.CopyString(name)], out member);
            reader.Read();
            if (!known)
            {
                reader.Skip();
                continue;
            }

            ReadMember(ref reader, member, findings);
        }

        return reader.TokenType == JsonTokenType.EndObject ? findings : throw new JsonException("Unexpected token in findings.");
    }

    public override void Write(Utf8JsonWriter writer, Findings value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, "location"u8, value.Location);
        WriteIfSet(writer, "side"u8, value.Side);
        WriteIfSet(writer, "durationSeconds"u8, value.DurationSeconds);
        WriteIfSet(writer, "durationMaxSeconds"u8, value.DurationMaxSeconds);
        WriteIfSet(writer, "durationMod"u8, value.DurationMod);
        WriteIfSet(writer, "durationText"u8, value.DurationText);
        WriteIfSet(writer, "age"u8, value.Age);
        WriteIfAny(writer, "complaints"u8, value.Complaints);
        WriteIfAny(writer, "symptoms"u8, value.Symptoms);
        WriteIfAny(writer, "triggers"u8, value.Triggers);
        WriteIfAny(writer, "medicines"u8, value.Medicines);
        WriteIfAny(writer, "context"u8, value.Context);
        WriteIfAny(writer, "denied"u8, value.Denied);
        if (value.Sites is { Count: > 0 })
        {
            writer.WriteStartObject("sites"u8);
            foreach (var (finding, site) in value.Sites)
            {
                writer.WriteString(finding, site);
            }

            writer.WriteEndObject();
        }

        if (value.Answered is { Count: > 0 })
        {
            writer.WriteStartArray("answered"u8);
            foreach (var slot in value.Answered)
            {
                writer.WriteNumberValue((int)slot);
            }

            writer.WriteEndArray();
        }

        WriteIfAny(writer, "askFirst"u8, value.AskFirst);
        WriteIfSet(writer, "signNamedBefore"u8, value.SignNamedBefore);
        writer.WriteEndObject();
    }

    private static void ReadMember(ref Utf8JsonReader reader, Member member, Findings findings)
    {
        switch (member)
        {
            case Member.Location: findings.Location = reader.GetString(); break;
            case Member.Side: findings.Side = reader.GetString(); break;
            case Member.DurationSeconds: findings.DurationSeconds = NullOr(ref reader) ? null : reader.GetDouble(); break;
            case Member.DurationMaxSeconds: findings.DurationMaxSeconds = NullOr(ref reader) ? null : reader.GetDouble(); break;
            case Member.DurationMod: findings.DurationMod = reader.GetString(); break;
            case Member.DurationText: findings.DurationText = reader.GetString(); break;
            case Member.Age: findings.Age = NullOr(ref reader) ? null : reader.GetInt32(); break;
            case Member.Complaints: ReadStrings(ref reader, findings.Complaints); break;
            case Member.Symptoms: ReadStrings(ref reader, findings.Symptoms); break;
            case Member.Triggers: ReadStrings(ref reader, findings.Triggers); break;
            case Member.Medicines: ReadStrings(ref reader, findings.Medicines); break;
            case Member.Context: ReadStrings(ref reader, findings.Context); break;
            case Member.Denied: ReadStrings(ref reader, findings.Denied); break;
            case Member.Sites: ReadSites(ref reader, findings.Sites); break;
            case Member.Answered: ReadSlots(ref reader, findings.Answered); break;
            case Member.AskFirst: ReadStrings(ref reader, findings.AskFirst); break;
            case Member.SignNamedBefore: findings.SignNamedBefore = reader.GetString(); break;
        }
    }

    private static bool NullOr(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    private static void ReadStrings(ref Utf8JsonReader reader, List<string> into)
    {
        if (NullOr(ref reader))
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            into.Add(reader.GetString() ?? throw new JsonException("A finding name cannot be null."));
        }
    }

    private static void ReadSites(ref Utf8JsonReader reader, Dictionary<string, string> into)
    {
        if (NullOr(ref reader))
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var finding = reader.GetString()!;
            reader.Read();
            into[finding] = reader.GetString() ?? throw new JsonException("A site cannot be null.");
        }
    }

    private static void ReadSlots(ref Utf8JsonReader reader, List<TriageSlot> into)
    {
        if (NullOr(ref reader))
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // A slot this version does not know (written by a later one) is passed over, not a reason to lose the triage.
            var slot = (TriageSlot)reader.GetInt32();
            if (Enum.IsDefined(slot))
            {
                into.Add(slot);
            }
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} in findings.");
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteIfAny(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<string>? values)
    {
        if (values is not { Count: > 0 })
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string JsonName(Member member) => JsonNamingPolicy.CamelCase.ConvertName(member.ToString());
}
