using BotService.Content;
using BotService.Dialogs.Text;
using BotService.Protocol;
using BotService.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace BotService.Dialogs.Replies;

/// <summary>Answers a question from the content base with its sources, or says honestly that it cannot help.</summary>
public static class ContentReplies
{
    public static Activity Answer(IContentAnswerer answerer, string question, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        var answer = answerer.Answer(question);
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
