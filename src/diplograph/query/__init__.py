"""Read-only questions over the store, answered as models with their citations."""
