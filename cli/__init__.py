"""The `extract` command line: options, inputs and renderers; no extraction rules."""
