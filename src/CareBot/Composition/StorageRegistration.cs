using CareBot.Core.Storage;
using CareBot.Delivery;
using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

internal static class StorageRegistration
{
    /// <summary>The store Storage:Provider names, opened when first asked for (StartupChecks asks before the host starts).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<LiteDbOptions>().Bind(configuration.GetSection(LiteDbOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LiteDbOptions>, LiteDbOptionsValidator>();

        services.AddSingleton(sp => LiteDbCareStore.Open(sp.GetRequiredService<IOptions<LiteDbOptions>>().Value.Path));
        services.AddSingleton(sp => PostgreSqlCareStore.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString ?? "",
            sp.GetRequiredService<ILogger<PostgreSqlCareStore>>()));
        services.AddSingleton<ICareStore>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgreSql
            ? sp.GetRequiredService<PostgreSqlCareStore>()
            : sp.GetRequiredService<LiteDbCareStore>());

        // Several instances can share a PostgreSQL database, never a LiteDB file: delivery claims chats and counts the
        // bot's sends across instances only then.
        services.AddOptions<DeliveryOptions>().PostConfigure<IOptions<StorageOptions>>((delivery, storage) => delivery.StoreIsShared(storage.Value.UsesPostgreSql));
        return services;
    }
}
