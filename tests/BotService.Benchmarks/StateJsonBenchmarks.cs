using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BotService.DialogEngine;
using BotService.Dialogs.State;
using BotService.Protocol.Schema;
using BotService.Storage;

namespace BotService.Benchmarks;

/// <summary>
/// The JSON side of one turn's state, on a real stored conversation document (a triage in progress, 1.1 KB): parsing
/// the stored document, turning its two properties into objects, and writing them back out.
/// </summary>
[MemoryDiagnoser]
public class StateJsonBenchmarks
{
    private const string Document = """{"state":{"DialogState":{"dialogStack":[{"id":"MainDialog","state":{"dialogs":{"dialogStack":[{"id":"menu","state":{"options":{"prompt":{"type":"message","textFormat":"markdown","text":"Anything else?","inputHint":"expectingInput","suggestedActions":{"actions":[{"type":"imBack","title":"Ask a question","value":"Ask a question"},{"type":"imBack","title":"Start over","value":"Start over"}]}}},"state":{"attemptCount":0}}},{"id":"MainDialog.steps","state":{"values":{"start":"Triage"},"instanceId":"1c6eb4dadd0e45cda897c1cbfbdb2121","stepIndex":1}}]}}}]},"TriageConversation":{"findings":{"location":"eyelid","durationSeconds":604800,"durationMod":"approx","durationText":"about a week","complaints":["twitching"],"answered":[1,2,4]},"pending":{"kind":1,"alsoCovers":[],"choices":[]},"asked":[1,2],"knownWhenAsked":[{"location":"eyelid","complaints":["twitching"]},{"location":"eyelid","durationSeconds":604800,"durationMod":"approx","durationText":"about a week","complaints":["twitching"],"answered":[1]}],"confirmed":true,"givenLevel":"selfcare"}},"eTag":"bc8bee019d1e45f3b4c8432ee9f67433"}""";
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(Document);
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private byte[] _dialogJson = null!;
    private byte[] _triageJson = null!;
    private DialogState _dialog = null!;
    private TriageConversation _triage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var state = StorageJson.Parse(_utf8).GetProperty("state");
        _dialogJson = Encoding.UTF8.GetBytes(state.GetProperty("DialogState").GetRawText());
        _triageJson = Encoding.UTF8.GetBytes(state.GetProperty("TriageConversation").GetRawText());
        _dialog = DeserializeDialogState();
        _triage = DeserializeTriage();
    }

    [Benchmark]
    public JsonElement ParseDocument() => StorageJson.Parse(_utf8);

    [Benchmark]
    public DialogState DeserializeDialogState() => JsonSerializer.Deserialize<DialogState>(_dialogJson, BotJson.Options)!;

    [Benchmark]
    public TriageConversation DeserializeTriage() => JsonSerializer.Deserialize<TriageConversation>(_triageJson, BotJson.Options)!;

    [Benchmark]
    public int SerializeBoth()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        writer.WriteStartObject();
        writer.WritePropertyName("DialogState");
        JsonSerializer.Serialize(writer, _dialog, BotJson.Options);
        writer.WritePropertyName("TriageConversation");
        JsonSerializer.Serialize(writer, _triage, BotJson.Options);
        writer.WriteEndObject();
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
