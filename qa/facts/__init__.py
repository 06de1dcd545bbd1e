"""Facts: every measured number of a document, labelled by its table cell or sentence.

Stages: `numbers` (tokens and their values), `tables` and `headers` (tables
flattened to text lines), `geometry` (tables read from a PDF's word boxes),
`grid` (one cell structure with row and column header paths, dimensions and
totals), `prose` (sentences), `extract` (all of it for one document).
"""

from qa.facts.extract import extract_facts
from qa.facts.labels import REGION_PATTERNS, describe, detect_lang, is_total_label, region_of, regions_in, year_of
from qa.facts.sections import find_headings, heading_before

__all__ = ["REGION_PATTERNS", "describe", "detect_lang", "extract_facts", "find_headings", "heading_before",
           "is_total_label", "region_of", "regions_in", "year_of"]
