using CareBot.Core.Platforms;
using CareBot.Delivery;
using CareBot.Discord.Admins;
using CareBot.Discord.Api.Gateway;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Commands;
using CareBot.Discord.Interactions;
using CareBot.Discord.Rendering;
using CareBot.Discord.Spaces;
using CareBot.Discord.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Hosting;

public static class DiscordAdapterRegistration
{
    /// <summary>
    /// Adds the Discord adapter: its options (validated at start-up), the client (REST and gateway, the identify ledger
    /// kept in CareBot's store), slash commands, interactions, servers as spaces, and Discord's admin directory for the
    /// engine, and its sender plugged into the shared outbox delivery. The engine, its store, a TimeProvider and the
    /// leadership among instances (the gateway is held by the one leading "discord-gateway") come from the host.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddDiscordRest(api =>
        {
            var options = section.Get<DiscordOptions>() ?? new DiscordOptions();
            api.Token = options.Token;
            if (Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var rest))
            {
                api.ApiBaseUrl = rest;
            }

            api.GatewayUrl = Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) ? gateway : null;
        });
        services.AddSingleton<AdapterMarkers>();
        services.AddSingleton<IIdentifyLedger, StoredIdentifyLedger>();
        services.AddDiscordGatewayClient();
        services.AddSingleton<MentionFree>();
        services.AddSingleton<MemberPermissions>();
        services.AddSingleton<SpaceChannels>();
        services.AddSingleton<GuildEvents>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<Delivery.DirectChannels>();
        services.AddSingleton<Delivery.DiscordMessageSender>();
        services.AddOutboxDelivery<Delivery.DiscordDelivery>();
        services.AddSingleton<IAdminDirectory, DiscordAdminDirectory>();
        services.AddSingleton<DiscordEventReader>();
        services.AddHostedService<DiscordGatewayLeader>();
        return services;
    }
}
