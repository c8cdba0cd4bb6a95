"""The commands of `curator`, one module per command: its click definition and what it runs."""
