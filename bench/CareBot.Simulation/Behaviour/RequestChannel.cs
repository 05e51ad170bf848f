namespace CareBot.Simulation.Behaviour;

/// <summary>How a need reached a member.</summary>
internal enum RequestChannel
{
    /// <summary>A private request the engine sent (a wave).</summary>
    EngineAsk,

    /// <summary>A private ping from the broadcast policy, which pings everyone whose offers fit.</summary>
    Broadcast,

    /// <summary>The need's post in the group chat, noticed while reading the group.</summary>
    GroupPost,
}
