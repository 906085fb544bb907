// Placeholder entry point until the command line lands; keeps the solution building.
return 0;
