using BotService.DialogEngine;
using BotService.DialogEngine.Waterfall;
using BotService.DialogEngine.Prompts;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;
using BotService.Storage;

namespace BotService.Dialogs.Dialogs;

/// <summary>
/// "feedback": one rating question, stored under <c>feedback/...</c> with the rating, the level given and the
/// channel only. Nothing the person wrote, no ids and no findings are stored (privacy first).
/// </summary>
public sealed class FeedbackDialog : ComponentDialog
{
    public const string KeyPrefix = "feedback/";
    private const string PromptId = "feedback-rating";
    private const string PreviousKey = "previous";
    private readonly ConversationServices _services;

    public FeedbackDialog(ConversationServices services)
        : base(nameof(FeedbackDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        AddDialog(new WaterfallDialog(nameof(FeedbackDialog) + ".steps", [AskRatingStepAsync, StoreStepAsync]));
        AddDialog(new TextPrompt(PromptId));
    }

    public static IReadOnlyList<string> Ratings { get; } =
        [BotText.FeedbackHelpful, BotText.FeedbackNotHelpful, BotText.FeedbackTooManyQuestions, BotText.FeedbackMisunderstood];

    private async Task<DialogTurnResult> AskRatingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        step.Values[PreviousKey] = triage.Pending;
        triage.Pending = new PendingQuestion { Kind = PendingKind.Feedback };
        var question = ContentReplies.WithButtons(ContentReplies.Markdown(BotText.FeedbackQuestion), Ratings);
        return await step.PromptAsync(PromptId, new PromptOptions { Prompt = question }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StoreStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Result as string ?? string.Empty;
        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        var rating = Ratings.FirstOrDefault(r => Utterances.Is(text, r)) ?? "other";
        var now = _services.Time.GetUtcNow();
        var record = new FeedbackRecord(rating, triage.GivenLevel, step.Context.Activity.ChannelId, now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await _services.Storage.WriteAsync($"{KeyPrefix}{now:yyyyMMdd}/{Guid.NewGuid():N}", record, cancellationToken).ConfigureAwait(false);
        triage.Pending = StateValues.TryConvert<PendingQuestion>(step.Values.TryGetValue(PreviousKey, out var stored) ? stored : null, out var previous) ? previous : null;
        await step.Context.SendActivityAsync(ContentReplies.Markdown(BotText.FeedbackThanks), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One piece of feedback as stored: no text from the person, no user or conversation id.</summary>
public sealed record FeedbackRecord(string Rating, string? Disposition, string? Channel, string Day);
