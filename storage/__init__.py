"""Local storage of drafts, their versions and lawyers' clause edits. The only package
that knows TinyDB; it takes and returns drafting types."""
