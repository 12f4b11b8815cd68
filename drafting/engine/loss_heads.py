"""Heads of loss a type keeps recoverable although the governing law's profile lists
them among the excluded losses (``[clauses] excluded_losses``).

The profile words the exclusion once per legal system ("any loss of profit, loss of
revenue, ..., loss of data or loss caused by business interruption, in each case whether
direct or indirect,"); a data-sharing deal must not exclude loss of the very data it is
about. Rather than a second wording per law and type, the ``without_heads`` filter takes
the head out of the profile's list, with any qualifier it carries up to the next comma
("loss of data beyond the cost of restoring it from back-up copies"), and mends the
conjunction that joined it. A head the list does not hold leaves the text unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup


def _without(text: str, head: str) -> str:
    escaped = re.escape(head)
    # Between two other heads: "savings, loss of data or loss ..." -> "savings or loss ...";
    # "goodwill, loss of data, or damages" -> "goodwill, or damages".
    middle = re.compile(rf",\s+{escaped}\b[^,]*?(?=,| or )")
    if middle.search(text):
        return middle.sub("", text, count=1)
    # The last head after ", or": "image or reputation, or loss of data, whether ..." ->
    # "..., loss of a chance or damage to image or reputation, whether ...".
    last = re.compile(rf",? or {escaped}\b[^,]*")
    match = last.search(text)
    if match:
        before = text[: match.start()]
        comma = before.rfind(", ")
        if comma >= 0:
            before = f"{before[:comma]} or {before[comma + 2 :]}"
        return before + text[match.end() :]
    # The first head: "any loss of data, loss of profit ..." -> "any loss of profit ...".
    return re.sub(rf"\b{escaped}\b[^,]*,\s+", "", text, count=1)


def without_heads(text: str, heads: Iterable[str]) -> Markup:
    """``text`` (a profile's list of excluded losses) without the listed ``heads``."""
    result = str(text)
    for head in heads:
        if head.strip():
            result = _without(result, head.strip())
    return Markup(result)


FILTERS = {"without_heads": without_heads}
