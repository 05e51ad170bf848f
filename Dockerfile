# syntax=docker/dockerfile:1
# Build stage: restore first (cached while only code changes), then publish the host.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props CareBot.sln ./
COPY src/CareBot/CareBot.csproj src/CareBot/
COPY src/CareBot.Core/CareBot.Core.csproj src/CareBot.Core/
COPY src/CareBot.Storage.LiteDb/CareBot.Storage.LiteDb.csproj src/CareBot.Storage.LiteDb/
COPY src/CareBot.ConsoleAdapter/CareBot.ConsoleAdapter.csproj src/CareBot.ConsoleAdapter/
COPY src/CareBot.Telegram/CareBot.Telegram.csproj src/CareBot.Telegram/
RUN dotnet restore src/CareBot/CareBot.csproj
COPY src/ src/
RUN dotnet publish src/CareBot/CareBot.csproj -c Release -o /app --no-restore

# Run stage: the runtime only, as the image's non-root "app" user, with the database on a volume.
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
ENV Storage__Path=/data/carebot.db \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME ["/data"]
USER app
ENTRYPOINT ["dotnet", "CareBot.dll"]
