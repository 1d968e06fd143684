"""One module per `quiz` subcommand."""
