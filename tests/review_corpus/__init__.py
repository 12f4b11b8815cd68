"""A labelled corpus for the review: realistic drafts built by code (``drafts``), each
with the exact findings a careful lawyer expects, by finding id and clause, in
``expected/<case>.json`` (golden files; ``python -m tests.review_corpus.regen`` rewrites
them after a deliberate change, to be read and checked before committing)."""
