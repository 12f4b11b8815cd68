"""The drafts the benchmarks build for themselves stay valid drafts.

`make bench` is not part of `make test`, so a benchmark whose synthetic draft no longer
validates (the 50-party consortium's budget once named parties the benchmark had renamed)
would go unnoticed until someone measured. These tests build each benchmark's input, without
timing anything, and check it is a draft the product accepts and drafts.
"""

from __future__ import annotations

from benchmarks.bench_compare import _terms as example_terms
from benchmarks.bench_compare import _typical_edit
from benchmarks.bench_review import EXAMPLE, fifty_party_consortium
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import MAX_PARTIES, AgreementTerms


def test_the_fifty_party_consortium_is_a_valid_draft_the_review_reads() -> None:
    big = fifty_party_consortium(AgreementTerms.from_json(EXAMPLE.read_text(encoding="utf-8")))
    names = {party.short_name for party in big.parties}
    assert len(names) == MAX_PARTIES
    assert big.consortium is not None
    assert {line.party for line in big.consortium.budget} <= names
    assert review(big)


def test_the_typical_edit_of_the_compare_benchmark_drafts() -> None:
    edited = _typical_edit(example_terms("consortium_five_party"))
    document = assemble_agreement(edited)
    assert "Nordlicht Energie AG" in "\n".join(party.legal_name for party in edited.parties)
    assert document.articles
