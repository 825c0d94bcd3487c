"""The shortcuts of branch perf-prose5 (issue 12 §5): each gives what the plain call gave. The
word patterns of the interim and projection holds are built once per rule set."""

from __future__ import annotations

from builders import context
from checker.figures import interim, projected


def test_word_patterns_built_once_are_the_ones_built_each_time():
    figures = context().rules.figures
    for cue, words in ((interim._cue, figures.interim_words),
                       (projected._cue, figures.projection_words),
                       (projected._cue, figures.hope_words)):
        assert words
        assert cue(words) is cue(words)
        assert cue(words).pattern == cue.__wrapped__(words).pattern
        assert cue(words).flags == cue.__wrapped__(words).flags
    assert projected._cue(()) is None
