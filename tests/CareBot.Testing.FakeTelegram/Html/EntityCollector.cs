using System.Text;

namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>Collects the entities of closed tags, merging and cleaning them up as the server does.</summary>
internal sealed class EntityCollector
{
    private readonly List<TextEntity> _entities = [];

    public void Close(OpenTag tag, StringBuilder text)
    {
        var length = text.Length - tag.TextOffset;
        if (length == 0)
        {
            return; // Telegram drops empty entities silently.
        }

        var entity = TagEntityMapper.ToEntity(tag, tag.TextOffset, length, text.ToString(tag.TextOffset, length));
        if (entity is null)
        {
            return;
        }

        // <pre><code class="language-x">…</code></pre> is one pre entity with a language, as on the server.
        if (entity.Type == "pre" && _entities.Count > 0 && _entities[^1] is { Type: "code" } code
            && code.Offset == entity.Offset && code.Length == entity.Length)
        {
            _entities[^1] = entity with { Language = code.Language };
            return;
        }

        _entities.Add(entity);
    }

    /// <summary>By position, outer before inner; a language survives only on pre.</summary>
    public List<TextEntity> Ordered() =>
        [.. _entities
            .Select(entity => entity.Type == "code" ? entity with { Language = null } : entity)
            .OrderBy(entity => entity.Offset)
            .ThenByDescending(entity => entity.Length)];
}
