"""The agreement wizard: one module per page, each with ``load(terms)`` and ``read()``."""
