"""Generated low-level client for the Octorate Connect API. Do not edit: run `make generate`."""
