using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BotService.Protocol.Hosting;

/// <summary>
/// A JSON response serialised in one synchronous pass and sent with its Content-Length: a turn's reply body is a few
/// kilobytes, so the serialiser's asynchronous path and chunked framing cost more than they save.
/// </summary>
public sealed class JsonBodyResult(object value, JsonSerializerOptions options, int statusCode)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IContentTypeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public object Value => value;

    public int StatusCode => statusCode;

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    object? IValueHttpResult.Value => value;

    public string ContentType => JsonContentType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
