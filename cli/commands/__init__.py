"""One module per `extract` command."""
