"""The logic of each command of the CLI, one module per command."""
