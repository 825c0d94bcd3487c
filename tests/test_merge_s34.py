"""Shapes found when the ninth session's branches met (merge-s34), each a failing-first test.

1. A story's subheading is no name of the page. corpus-ar brought a holdout news page labelled
   `impostor` (its finding codes, the only part of it the lead looked at: PAG013, "names itself
   Real Count KPU"). headline_claim reads the title, og:title, site names and the first three
   headings; a news story's section title below its headline, inside <article>, such as
   "Real count KPU terbaru" over a paragraph of Sirekap figures, matched the "phrase plus
   filler words" shape of a site's name. A heading inside <article>/<main> after the story's
   first heading is now a section of the report. The page's title, its headline, a banner
   heading outside the story, and every heading of a page with no <article>/<main> still
   name the page.
"""

from __future__ import annotations

import pytest

from builders import label

# Figures of the record (Pilpres 2024, KPU's national plenary of 20 Mar 2024).
STORY = ("<p>JAKARTA, Kabar Kita - KPU menetapkan hasil rekapitulasi nasional Pilpres 2024."
         "</p><p>Prabowo-Gibran memperoleh 96.214.691 suara, Anies-Muhaimin 40.971.906 suara "
         "dan Ganjar-Mahfud 27.040.878 suara.</p>")


def _news(section: str, headline: str = "KPU Tetapkan Hasil Pilpres, Ini Perolehan Suara") -> str:
    return (f"<html><head><title>{headline} - Kabar Kita</title></head><body>"
            f"<nav><a href='/'>Beranda</a></nav><article><h1>{headline}</h1>{STORY}"
            f"<h2>{section}</h2>{STORY}</article></body></html>")


@pytest.mark.parametrize("section", [
    "Real Count KPU Terbaru",
    "Hasil Real Count KPU terkini",
    "Real Count KPU Pilpres 2024",
    "Hitung Resmi KPU Hari Ini",
])
def test_a_story_section_heading_does_not_name_the_page(section):
    assert label("https://kabarkita.example/pilpres/hasil", _news(section)) != "impostor"


def test_the_headline_still_names_the_page():
    # The same words as the story's only heading and as its title: the page names itself.
    html = _news("Perolehan per provinsi", headline="Real Count KPU Pilpres 2024")
    assert label("https://kabarkita.example/pilpres/hasil", html) == "impostor"


def test_a_banner_heading_outside_the_story_still_names_the_page():
    html = ("<html><head><title>Beranda</title></head><body><header><h2>Real Count KPU Pilpres "
            f"2024</h2></header><article><h1>Perolehan suara</h1>{STORY}</article></body></html>")
    assert label("https://rc-pilpres.example/", html) == "impostor"


def test_a_page_with_no_story_element_speaks_for_itself_in_every_heading():
    html = ("<html><head><title>Beranda</title></head><body><h1>Perolehan suara</h1>"
            f"<h2>Real Count KPU Pilpres 2024</h2>{STORY}</body></html>")
    assert label("https://rc-pilpres.example/", html) == "impostor"
