using CareBot.Core.Platforms;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>Waiting for what the bot delivers on its own time (posts, DMs, an empty outbox), within <see cref="Eventually.Ceiling"/>.</summary>
internal static class Awaiting
{
    public static Task<FakeMessage> PostSayingAsync(this DiscordHarness h, string words) =>
        Eventually.Get(() => h.Posts.FirstOrDefault(post => Shown.Says(post, words)), $"a post in the channel saying \"{words}\"");

    /// <summary>A message the bot sent to the person's DMs (not an answer to something they pressed there).</summary>
    public static Task<FakeMessage> DirectMessageSayingAsync(this DiscordHarness h, FakeUser user, string words) =>
        Eventually.Get(
            () => h.DirectMessages(user).FirstOrDefault(message => message.WebhookId is null && Shown.Says(message, words)),
            $"a DM to {user.Username} saying \"{words}\"");

    /// <summary>Waits until nothing is waiting to be delivered now: every message due has been sent (held ones wait on).</summary>
    public static Task OutboxDeliveredAsync(this DiscordHarness h) =>
        Eventually.True(() => h.Engine.Outbox.Due(KnownPlatforms.Discord, 100).Count == 0, "the outbox to be delivered");
}
