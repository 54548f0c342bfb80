"""Journal entries, drafts, emotions, search and statistics."""
