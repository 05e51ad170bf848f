namespace CareBot.Core.Engine.Limits;

/// <summary>How many commands one member may give, from the community's agreements.</summary>
internal readonly record struct CommandLimits(int PerMinute, int PerHour);
