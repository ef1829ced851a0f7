"""CLI subcommands beyond `check`; each module has register(subparsers) and a run function."""
