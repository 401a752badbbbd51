using BotService.Content;
using BotService.Dialogs.State;
using BotService.Storage;
using BotService.Triage;
using BotService.Triage.Extraction;
using BotService.Triage.Options;
using BotService.Triage.Rules;
using Microsoft.Extensions.Logging;

namespace BotService.Dialogs;

/// <summary>What the dialogs need, gathered once so dialog constructors stay short. All members are thread-safe singletons.</summary>
public sealed record ConversationServices(
    TriageEngine Triage,
    RuleSet Rules,
    RegionResolver Regions,
    IContentAnswerer Answerer,
    ContentBase Content,
    Lexicon Lexicon,
    IStorage Storage,
    BotAccessors Accessors,
    TimeProvider Time,
    ILogger Logger);
