"""Real articles set beside each other as a news site does (an article, then other articles as
"Berita terkait" teasers: tests/sitefarm.news_page) must analyse without an error. Page 9 (a
Kediri regency plenary with a Kota Kediri mayor teaser, "Untuk Pilwakot Kediri, Paslon Nomor 01
... 56.82 persen") once crashed the scope gate on a governor claim whose race had no region."""

import pytest

from builders import snapshot
from sitefarm import news_page


@pytest.mark.parametrize("n", range(12))
def test_news_page_analyses(n, shipped_context):
    from checker import check_snapshot

    report = check_snapshot(snapshot(f"https://berita.example/{n}", news_page(n)),
                            shipped_context)
    assert report.label
