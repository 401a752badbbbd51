using BotService.Content;
using BotService.Dialogs.Text;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Triage;
using Microsoft.Extensions.Logging;

namespace BotService.Dialogs.Replies;

/// <summary>Answers a question from the content base with its sources, or says honestly that it cannot help.</summary>
public static class ContentReplies
{
    public static Activity Answer(IContentAnswerer answerer, string question, ILogger logger) =>
        Reply(Find(answerer, question), logger);

    /// <summary>The content base's answer, as typed or respelled, or null when it has none.</summary>
    public static ContentAnswer? Find(IContentAnswerer answerer, string question)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(question);
        return answerer.Answer(question) ?? AnswerRespelled(answerer, question);
    }

    /// <summary>The answer with its sources, or "I'm sorry, I can't help with that" when there is none.</summary>
    public static Activity Reply(ContentAnswer? answer, ILogger logger)
    {
        if (answer is null)
        {
            DialogsLog.ContentMiss(logger);
            return Markdown(BotText.OutOfScope);
        }

        DialogsLog.ContentAnswer(logger, answer.Entry.Id);
        var reply = Markdown(answer.Entry.Text);
        Sources.Cite(reply, Sources.Of(answer.Entry));
        return reply;
    }

    /// <summary>
    /// Phone typing ("wen im droppin off to sleep i jolt... is tht normal??") can leave too few words the content search
    /// knows for it to answer: the question is tried once more as the triage reader spells it before the bot says it
    /// cannot help. Only a miss is retried, so no answer found as typed changes.
    /// </summary>
    private static ContentAnswer? AnswerRespelled(IContentAnswerer answerer, string question)
    {
        var respelled = ChatSpelling.Fix(question);
        return string.Equals(respelled, question.Trim().ToLowerInvariant(), StringComparison.Ordinal) ? null : answerer.Answer(respelled);
    }

    public static Activity Markdown(string text)
    {
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }

    public static Activity WithButtons(Activity activity, params IEnumerable<string> titles)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.SuggestedActions = new SuggestedActions(titles.Select(t => CardAction.ImBack(t)));
        return activity;
    }
}
