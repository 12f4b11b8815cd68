"""The operative core of a licence: the grant, delivery of the technology, diligence for
an exclusive grant, the licensee's improvements, enforcement, the licensor's warranties
and the challenge clause; no joint ownership and no second infringement clause."""

from __future__ import annotations

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from tests.engine_helpers import make_terms
from tests.precedent_helpers import example_terms

GRANT = {"licensor": "Alpha", "licensee": "Beta", "subject": "the Alpha coating patents"}


def _ids(terms: object) -> set[str]:
    return {clause.id for clause in assemble_agreement(terms).iter_clauses()}  # type: ignore[arg-type]


def test_the_licence_article_is_drafted_in_depth() -> None:
    document = assemble_agreement(example_terms("licensing"))
    (article,) = [article for article in document.articles if article.id == "licence"]
    ids = [block.id for block in article.blocks]
    assert ids == [
        "licence.grant",
        "licence.reservation",
        "licence.transfer",
        "licence.diligence",
        "licence.regulatory",
        "licence.regulatory_exit",
        "licence.improvements",
        "licence.prosecution",
        "licence.enforcement",
        "licence.third_party_claims",
        "licence.warranties",
        "licence.challenge",
        "licence.paid_up",
    ]
    text = "\n".join(body_text_lines(document))
    assert "Medinova may by further notice" not in text
    assert "Carraig may by further notice make the licence non-exclusive" in text
    assert "Medinova may do so at its cost in its own name" in text


def test_a_non_exclusive_licence_has_no_diligence_and_no_step_in_right() -> None:
    terms = make_terms("licensing", ip={"licence_grant": GRANT})
    ids = _ids(terms)
    assert "licence.diligence" not in ids and "licence.enforcement" in ids
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "Beta may do so at its cost" not in text


def test_no_second_infringement_clause_and_no_foreground_regime() -> None:
    ids = _ids(example_terms("licensing"))
    assert "ip.protection" not in ids and "ip.foreground" not in ids and "ip.joint_ownership" not in ids
