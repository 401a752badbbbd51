namespace BotService.Protocol.State;

/// <summary>One named property of a <see cref="BotState"/>; create it once (a field or DI), never per turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>
    /// The stored value, loading the state on first use in the turn. When it is missing, the factory's value is
    /// stored and returned, so changes to that object are saved; without a factory, <c>default</c> is returned.
    /// </summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (cached.TryGet<T>(Name, out var value))
        {
            return value;
        }

        if (defaultValueFactory is null)
        {
            return default!;
        }

        var created = defaultValueFactory();
        cached.Set(Name, created);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Remove(Name);
    }
}
