using BotService.DirectLine.Tokens;
using BotService.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Tests;

/// <summary>A token checked once is remembered, but only that exact string, and never past its expiry.</summary>
public sealed class TokenServiceTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ARememberedTokenStillExpiresOnTime()
    {
        var tokens = Service();
        var token = tokens.Issue("c", "dl_user");
        Assert.Equal(TokenCheck.Valid, tokens.Validate(token, out _));

        _time.Advance(tokens.Lifetime);

        Assert.Equal(TokenCheck.Expired, tokens.Validate(token, out var claims));
        Assert.Equal("c", claims!.ConversationId);
    }

    [Fact]
    public void AnAlteredCopyOfARememberedTokenIsStillRefused()
    {
        var tokens = Service();
        var token = tokens.Issue("c", "dl_user");
        Assert.Equal(TokenCheck.Valid, tokens.Validate(token, out _));

        var signature = token[(token.LastIndexOf('.') + 1)..];
        var forged = token[..(token.LastIndexOf('.') + 1)] + (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        Assert.Equal(TokenCheck.BadSignature, tokens.Validate(forged, out var claims));
        Assert.Null(claims);
    }

    [Fact]
    public void ATokenWithWhitespaceInsideIsMalformedThoughTheDecoderWouldSkipIt()
    {
        var tokens = Service();
        var token = tokens.Issue("c", "dl_user");
        var spaced = token[..^4] + " " + token[^4..];

        Assert.Equal(TokenCheck.Malformed, tokens.Validate(spaced, out _));
        Assert.Equal(TokenCheck.Valid, tokens.Validate(token, out _));
    }

    [Fact]
    public void MoreTokensThanItRemembersAreAllStillAccepted()
    {
        var tokens = Service();
        var issued = Enumerable.Range(0, DirectLineTokenService.MaxRemembered + 10).Select(i => tokens.Issue($"c{i}", null)).ToList();

        foreach (var token in issued.Concat(issued))
        {
            Assert.Equal(TokenCheck.Valid, tokens.Validate(token, out _));
        }

        Assert.Equal(TokenCheck.Valid, tokens.Validate(issued[0], out var claims));
        Assert.Equal("c0", claims!.ConversationId);
    }

    [Fact]
    public void AnotherServiceWithAnotherKeyDoesNotAcceptTheToken()
    {
        var token = Service().Issue("c", null);

        Assert.Equal(TokenCheck.BadSignature, Service().Validate(token, out _));
    }

    private DirectLineTokenService Service() =>
        new(Options.Create(new DirectLineOptions()), _time, NullLogger<DirectLineTokenService>.Instance);
}
