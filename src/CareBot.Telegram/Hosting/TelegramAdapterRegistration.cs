using CareBot.Core.Platforms;
using CareBot.Delivery;
using CareBot.Telegram.Admins;
using CareBot.Telegram.Api;
using CareBot.Telegram.Delivery;
using CareBot.Telegram.Menus;
using CareBot.Telegram.Polling;
using CareBot.Telegram.Updates;
using CareBot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CareBot.Telegram.Hosting;

public static class TelegramAdapterRegistration
{
    /// <summary>
    /// Adds the Telegram adapter: options (validated at start-up), the client, polling or the webhook, its sender plugged into the shared outbox delivery, and Telegram's admin
    /// directory for the engine. The engine, its store and a TimeProvider come from the host.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddSingleton<ITelegramBotClient>(sp => TelegramClientFactory.Create(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddSingleton<BotIdentitySource>();
        services.AddSingleton<TelegramShutdown>();
        services.AddSingleton<MessageSender>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<CommandMenuPublisher>();
        services.AddSingleton<BotConnector>();
        services.AddSingleton<IAdminDirectory, TelegramAdminDirectory>();
        services.AddSingleton<ChatLanes>();
        services.AddSingleton(sp => new WebhookSecret(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.Webhook.Secret));
        services.AddSingleton<WebhookEndpoint>();
        if (configuration[$"{TelegramOptions.Section}:Webhook:Url"] is { Length: > 0 })
        {
            // Pushed updates (several instances behind a balancer); without a webhook, this instance polls.
            services.AddHostedService<TelegramWebhookService>();
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        services.AddOutboxDelivery<TelegramDelivery>();
        return services;
    }
}
