"""Helpers shared by the integration tests: worker processes and topic reading on a real broker."""
