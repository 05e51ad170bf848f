namespace CareBot.Composition;

/// <summary>What <c>carebot --help</c> prints, and what a mistyped command line is answered with.</summary>
internal static class Usage
{
    public const string Text =
        """
        Usage: carebot [console] [--db PATH] [--Section:Key=value ...]
               carebot backup TARGET [--db PATH]
               carebot health [--db PATH]
               carebot migrate --from litedb:PATH --to postgresql:CONNECTION
               carebot --help

          (no command)     runs every chat adapter whose token is set (Telegram__Token, Discord__Token);
                           with none, the console
          console          runs the console adapter only: type `alice: /need a ride`, or pipe a script in
          backup TARGET    copies the database to TARGET, safely while CareBot runs on it
          health           exit 0 if a CareBot running on the database was alive and could read it in the
                           last minute, 1 if not (for Docker's HEALTHCHECK)
          migrate          copies every record of a LiteDB file into an empty PostgreSQL database and
                           checks the copy; stop CareBot first. Quote the connection string:
                           --to "postgresql:Host=db;Database=carebot;Username=carebot;Password=..."
          --db PATH        the database file (default: Storage:Path, or carebot.db in this folder)
          --Key=value      any configuration key, e.g. --Understanding:Model=None

        Configuration also comes from appsettings.json in the folder CareBot is started from and from
        environment variables (Telegram__Token=...). See README.md and appsettings.example.json.

        """;
}
