// The `pyir` executable: everything lives in CliApp so tests can run the same command in-process.
return PyIR.Cli.CliApp.Run(args, Console.In, Console.Out, Console.Error);
