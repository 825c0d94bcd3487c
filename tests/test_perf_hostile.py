"""The per-page reuse of branch perf-hostile (issue 12 §5): each kept answer is the one the
plain call gives, and a text asked again as another string of the same value (a long page's
`prose[:limit]`, sliced anew by each reader) is worked out once."""

from checker.figures import at_words, region_words
from checker.figures.region_words import scan_words

_PROSE = ("Real Count KPU Pilkada 2024 - Pramono-Rano 50,07 persen. " * 40)[:-1]


def _copy(text: str) -> str:
    copy = "".join(list(text))  # the same value, another object
    assert copy == text and copy is not text
    return copy


def test_scan_words_kept_for_an_equal_text():
    first = scan_words(_PROSE)
    again = scan_words(_copy(_PROSE))
    assert again is first
    assert region_words._scan(_PROSE)[1] == first[1]


def test_page_words_kept_for_an_equal_text():
    first = at_words._page_words(_PROSE)
    assert at_words._page_words(_copy(_PROSE)) is first
    other = _PROSE.replace("Pramono", "Pramana")  # the same length, another value
    assert at_words._page_words(other) is not first
