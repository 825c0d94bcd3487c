"""The figures a page states (claims, from_json, from_tables, from_text, cues, numbers),
matched to the official record's regions and pairs (regions, matching) and compared with it
(compare). Pure."""
