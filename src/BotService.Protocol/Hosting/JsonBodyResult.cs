using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BotService.Protocol.Hosting;

/// <summary>
/// A JSON response serialised in one synchronous pass and sent with its Content-Length: a turn's reply body is a few
/// kilobytes, so the serialiser's asynchronous path and chunked framing cost more than they save.
/// </summary>
public sealed class JsonBodyResult(object value, JsonSerializerOptions options, int statusCode) : IResult
{
    public object Value => value;

    public int StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length, httpContext.RequestAborted);
    }
}
