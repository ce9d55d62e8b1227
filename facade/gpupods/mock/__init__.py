"""Mock clouds built from the vendored specs (placeholder; filled in by the mock issue)."""
