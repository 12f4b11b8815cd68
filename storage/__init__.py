"""Local storage of drafts, their versions and lawyers' clause edits. The only package
that knows TinyDB; it takes and returns drafting types.

Start at ``storage.repository.DraftRepository`` (its docstring lists every operation);
the files on disk and why they are laid out so are described in ``storage.layout``.
"""
