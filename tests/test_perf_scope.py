"""Facts kept across pages (branch perf-scope) are kept per matcher and rules: a page read
with another record gets its own, never the facts of the pages read before it."""

from __future__ import annotations

from dataclasses import replace

from builders import check_article, context, every_claim

from checker.figures.name_runs import shared_words

# A pair written in lower case is a name only where the record's candidates bear its words
# (name_runs._word_facts asks the matcher): with the record it is read, without it is not.
TITLE = "Hasil Hitung Cepat Pilkada Jakarta 2024"
BODY = "<p>Menurut hitung cepat, pramono-rano meraih 50,07 persen suara.</p>"


def _names(report) -> list:
    return [claim.candidate_name for claim, _ in every_claim(report)]


def test_a_lower_case_pair_is_read_with_the_record_only_whatever_was_read_before():
    bare = replace(context(), official=None)
    alone = _names(check_article(TITLE, BODY, ctx=bare))
    with_record = _names(check_article(TITLE, BODY))
    again = _names(check_article(TITLE, BODY, ctx=bare))
    assert any(name and "pramono" in name.lower() for name in with_record)
    assert not any(name and "pramono" in name.lower() for name in alone)
    assert again == alone


def test_word_facts_are_kept_per_matcher_and_rules():
    one, other, rules = object(), object(), object()
    words = shared_words(one, rules)
    words["suara"] = ("suara", False, False, False)
    assert shared_words(one, rules) is words
    assert shared_words(other, rules) == {}
    assert shared_words(one, object()) == {}
