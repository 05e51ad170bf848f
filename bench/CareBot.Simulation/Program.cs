using CareBot.Simulation;

return await SimulationCommand.RunAsync(args, CancellationToken.None);
