using System.Text.Json;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// One event from Discord as it came: its name (<c>t</c>), its sequence in the session (<c>s</c>) and
/// its data (<c>d</c>, cloned so it outlives the frame it was read from). Typed models are built on top.
/// </summary>
public sealed record GatewayDispatch(string Name, int Sequence, JsonElement Data);
