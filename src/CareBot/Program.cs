using CareBot.Composition;

return await CareBotApp.RunAsync(args, Console.Error);
