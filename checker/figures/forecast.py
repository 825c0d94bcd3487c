"""A pollster's forecast set beside the count, figure by figure (blind hunt 28,
tests/test_blind28.py). "Anies yang diprediksi mampu meraih 55,4%, hanya bisa mendapat 45,2%.
Sementara, Prabowo yang disurvey 34,8%, merangkak naik ke 41,5%" (kuninganmass.com: a survey a
month before the vote against KPU's count, Pilpres in Kuningan): the figure right after a verb
of forecasting is the survey's, whatever count the paragraph names ("Rekapitulasi hasil Pemilu
... tak jauh berbeda dengan survei": both figures were typed that count, and on a page of Jabar
the forecasts 40,4 and 48,8 were graded against the plenary's 31,68 and 58,50: false flags).
Such a figure is typed `survey` (held, never graded); the count's figure after it in the
sentence keeps the paragraph's type. A verb of estimating ("diperkirakan meraih 58 persen") is
no count either: an estimate is never graded. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import GAINS

__all__ = ["forecast_before"]

# The verb, then at most four words of reaching between it and the figure ("yang diprediksi
# mampu meraih", "disurvey hanya mampu meraih", "diperkirakan akan memperoleh sekitar").
_FORECAST = re.compile(r"\b(?:diprediksi(?:kan)?|diramal(?:kan)?|diproyeksi(?:kan)?|"
                       r"diperkirakan|diprakirakan|disurvei|disurvey)(?:[^\S\n]+(?:akan|bisa|"
                       r"mampu|hanya|cuma|dapat|sanggup|bakal|" + GAINS + r"|mencapai|sebesar|"
                       r"sekitar|kurang\s+lebih|di\s+angka|pada\s+angka|suara|dengan)){0,4}"
                       r"[^\S\n]*$", re.IGNORECASE)
# (a C-speed look first: most figures have none of these within reach)
_STEMS = ("dipred", "diram", "diproy", "diperk", "diprak", "disurv")


def forecast_before(text: str, position: int) -> bool:
    """Is the figure at `position` the object of a verb of forecasting in its own clause?"""
    start = max(0, position - 80)
    window = text[start:position].lower()
    if not any(stem in window for stem in _STEMS):
        return False
    return _FORECAST.search(text, start, position) is not None
