using CareBot.Core.Cluster;
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
        services.AddOptions<DeliveryOptions>().PostConfigure<IOptions<StorageOptions>, IOptions<ClusterOptions>>((delivery, storage, cluster) =>
        {
            delivery.StoreIsShared(storage.Value.UsesPostgreSql);
            delivery.DefaultInstanceId(cluster.Value.Holder);
        });
        return services.AddLeadership(configuration);
    }

    /// <summary>
    /// Who leads what only one instance may do: on PostgreSQL, leases shared by the instances (Cluster section); on a
    /// LiteDB file, which one process owns, this instance, at once.
    /// </summary>
    private static IServiceCollection AddLeadership(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        services.AddSingleton<ILeadership>(sp =>
        {
            if (!sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgreSql)
            {
                return new SoleLeadership();
            }

            var cluster = sp.GetRequiredService<IOptions<ClusterOptions>>().Value;
            return sp.GetRequiredService<PostgreSqlCareStore>().Leadership(
                cluster.Holder, cluster.Lease, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PostgreSqlLeadership>>());
        });
        return services;
    }
}
