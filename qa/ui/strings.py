"""The UI's words in Dutch and English."""

from __future__ import annotations

from .. import render

STRINGS: dict[str, dict[str, str]] = {
    "title": {"nl": "Vraag het de documenten", "en": "Ask the documents"},
    "subtitle": {"nl": "Antwoorden met bronvermelding uit Vlaamse parlementaire documenten. Elk cijfer komt "
                       "letterlijk uit een document; klik een bron open om het citaat in zijn context te zien.",
                 "en": "Answers with sources from Flemish parliamentary documents. Every number is quoted from a "
                       "document; open a source to see the quote in its context."},
    "english": {"nl": "English", "en": "English"},
    "mode": {"nl": "Modus", "en": "Mode"},
    "mode_ask": {"nl": "Vraag stellen", "en": "Ask a question"},
    "mode_check": {"nl": "Bewering controleren", "en": "Check a claim"},
    "mode_facts": {"nl": "Feitenverkenner", "en": "Fact explorer"},
    "closest": render.CLOSEST_HEADING,
    "closest_help": {"nl": "Deze cijfers lijken op de vraag maar beantwoorden ze niet: bij elk staat wat ontbreekt.",
                     "en": "These figures resemble the question but do not answer it: each says what it lacks."},
    "ask_placeholder": {"nl": "Stel een vraag over de documenten…", "en": "Ask a question about the documents…"},
    "check_placeholder": {"nl": "Typ of plak een bewering of een hele alinea om te controleren…",
                          "en": "Type or paste a claim, or a whole paragraph, to check…"},
    "empty_chat": {"nl": "Bijvoorbeeld: *Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in "
                         "West-Vlaanderen opgestart?*",
                   "en": "For example: *How many AMA WSE guidance agreements were started in West Flanders "
                         "in 2022?*"},
    "empty_check": {"nl": "Bijvoorbeeld: *In 2022 werden in West-Vlaanderen 332 AMA WSE-overeenkomsten opgestart, en "
                          "in Limburg 200.* Een hele alinea kan ook: elke bewering krijgt haar eigen oordeel.",
                    "en": "For example: *In 2022, 332 AMA WSE agreements were started in West Flanders and 200 in "
                          "Limburg.* A whole paragraph works too: every claim gets its own verdict."},
    "claim": {"nl": "Bewering", "en": "Claim"},
    "col_point": {"nl": "Punt", "en": "Point"},
    "series": {"nl": "Reeks: elk punt komt uit een document", "en": "Series: every point is quoted from a document"},
    "filters": {"nl": "Documenten filteren", "en": "Filter documents"},
    "filter_type": {"nl": "Soort document", "en": "Document type"},
    "filter_since": {"nl": "Vanaf", "en": "From"},
    "filter_until": {"nl": "Tot en met", "en": "Until"},
    "filter_author": {"nl": "Vraagsteller of minister", "en": "Questioner or minister"},
    "filter_count": {"nl": "Vragen en beweringen gaan over {n} van de {total} documenten.",
                     "en": "Questions and claims use {n} of the {total} documents."},
    "filter_none": {"nl": "Geen enkel document voldoet aan deze filter.", "en": "No document passes this filter."},
    "read_as": {"nl": "Gelezen als: {question}", "en": "Read as: {question}"},
    "claims_found": {"nl": "{n} beweringen met een cijfer gevonden: {supported} klopt, {contradicted} klopt niet, "
                           "{missing} niet in de documenten.",
                     "en": "{n} claims with a figure found: {supported} supported, {contradicted} contradicted, "
                           "{missing} not in the documents."},
    "no_claims": {"nl": "Geen bewering met een cijfer gevonden in deze tekst.",
                  "en": "No claim with a figure found in this text."},
    "fact": {"nl": "Het feit", "en": "The fact"},
    "computation": {"nl": "Berekening", "en": "Computation"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    "show_quote": {"nl": "citaat in context", "en": "quote in context"},
    "page_view": {"nl": "Pagina {page} van de PDF, geciteerde regels gemarkeerd",
                  "en": "Page {page} of the PDF, cited lines marked"},
    "copy": {"nl": "Kopieer met bronvermelding", "en": "Copy with citation"},
    "copy_help": {"nl": "Klik op het kopieericoon rechtsboven in het vak en plak in een nota of e-mail.",
                  "en": "Click the copy icon at the top right of the box and paste into a note or e-mail."},
    "supported": {"nl": "Klopt", "en": "Supported"},
    "contradicted": {"nl": "Klopt niet", "en": "Contradicted"},
    "not_in_documents": {"nl": "Niet in de documenten", "en": "Not in the documents"},
    "right_value": {"nl": "Juiste waarde volgens de documenten", "en": "Correct value according to the documents"},
    "confidence": {"nl": "zekerheid", "en": "confidence"},
    "col_caption": {"nl": "Bijschrift", "en": "Caption"},
    "col_row": {"nl": "Rij", "en": "Row"},
    "col_column": {"nl": "Kolom", "en": "Column"},
    "col_year": {"nl": "Jaar", "en": "Year"},
    "col_region": {"nl": "Regio", "en": "Region"},
    "col_value": {"nl": "Waarde", "en": "Value"},
    "col_unit": {"nl": "Eenheid", "en": "Unit"},
    "col_meaning": {"nl": "Betekenis", "en": "Meaning"},
    "col_source": {"nl": "Bron", "en": "Source"},
    "col_document": {"nl": "Document", "en": "Document"},
    "col_measure": {"nl": "Maatstaf", "en": "Measure"},
    "col_quote": {"nl": "Citaat", "en": "Quote"},
    "col_file": {"nl": "Bestand", "en": "File"},
    "col_date": {"nl": "Datum", "en": "Date"},
    "col_questioner": {"nl": "Vraagsteller", "en": "Asked by"},
    "col_minister": {"nl": "Minister", "en": "Minister"},
    "col_chunks": {"nl": "Fragmenten", "en": "Chunks"},
    "col_facts": {"nl": "Feiten", "en": "Facts"},
    "col_reason": {"nl": "Reden", "en": "Reason"},
    "all": {"nl": "(alle)", "en": "(all)"},
    "filter_doc": {"nl": "Document", "en": "Document"},
    "filter_year": {"nl": "Jaar", "en": "Year"},
    "filter_region": {"nl": "Regio", "en": "Region"},
    "filter_measure": {"nl": "Maatstaf", "en": "Measure"},
    "filter_text": {"nl": "Vrije tekst", "en": "Free text"},
    "filter_text_help": {"nl": "Rangschikt de feiten op hoe goed hun omschrijving bij deze woorden past.",
                         "en": "Ranks facts by how well their description matches these words."},
    "n_rows": {"nl": "{n} feiten geselecteerd", "en": "{n} facts selected"},
    "download": {"nl": "Download als CSV", "en": "Download as CSV"},
    "chart_by": {"nl": "Grafiek per", "en": "Chart by"},
    "chart_note": {"nl": "Som van de geselecteerde waarden in {unit}, zonder totaalrijen.",
                   "en": "Sum of the selected values in {unit}, total rows left out."},
    "chart_mixed": {"nl": "De selectie bevat {n} verschillende maatstaven; kies er één voor een zinvolle grafiek.",
                    "en": "The selection holds {n} different measures; pick one for a meaningful chart."},
    "chart_none": {"nl": "Geen waarden met een {dim} om te tonen.", "en": "No values with a {dim} to show."},
    "no_unit": {"nl": "aantallen", "en": "counts"},
    "collection": {"nl": "Collectie", "en": "Collection"},
    "documents": {"nl": "Documenten", "en": "Documents"},
    "skipped": {"nl": "Overgeslagen bestanden", "en": "Skipped files"},
    "counts": {"nl": "**{docs}** documenten · **{chunks}** fragmenten · **{facts}** feiten",
               "en": "**{docs}** documents · **{chunks}** chunks · **{facts}** facts"},
    "built": {"nl": "Index gebouwd op {built}", "en": "Index built on {built}"},
    "add_docs": {"nl": "Documenten toevoegen", "en": "Add documents"},
    "upload_label": {"nl": "PDF- of TXT-bestanden (max. {mb} MB)", "en": "PDF or TXT files (max {mb} MB)"},
    "upload_button": {"nl": "Toevoegen en indexeren", "en": "Add and index"},
    "reindex_button": {"nl": "Index bijwerken", "en": "Update index"},
    "build_button": {"nl": "Index bouwen", "en": "Build index"},
    "indexing": {"nl": "Index bijwerken…", "en": "Updating the index…"},
    "indexing_doc": {"nl": "Inbedden: {doc}", "en": "Embedding: {doc}"},
    "indexed": {"nl": "Index bijgewerkt", "en": "Index updated"},
    "index_failed": {"nl": "Indexeren mislukt", "en": "Indexing failed"},
    "saved": {"nl": "{name} toegevoegd aan {corpus}", "en": "{name} added to {corpus}"},
    "same_file": {"nl": "{name} staat al in de collectie (ongewijzigd)", "en": "{name} is already in the collection"},
    "same_content": {"nl": "{name} staat al in de collectie als {other}", "en": "{name} is already in the collection "
                                                                           "as {other}"},
    "upload_error": {"nl": "{name} niet toegevoegd: {reason}", "en": "{name} not added: {reason}"},
    "exists_different": {"nl": "er staat al een ander document met de naam {name}; geef het bestand een andere naam",
                         "en": "a different document named {name} already exists; rename the file"},
    "bad_type": {"nl": "alleen .pdf- en .txt-bestanden kunnen worden toegevoegd",
                 "en": "only .pdf and .txt files can be added"},
    "too_big": {"nl": "het bestand is {mb:.1f} MB, meer dan de limiet van {limit} MB",
                "en": "the file is {mb:.1f} MB, over the limit of {limit} MB"},
    "locked": {"nl": "Er loopt al een indexering ({reason}). Probeer het zo dadelijk opnieuw.",
               "en": "Another indexing run is in progress ({reason}). Try again in a moment."},
    "stale": {"nl": "Deze index werd gebouwd door een oudere versie van de cijfer- en woordlezers. Klik in de zijbalk "
                    "op **Index bijwerken**: alleen wat veranderde wordt opnieuw gedaan.",
              "en": "This index was built by an older version of the figure and word readers. Click **Update index** "
                    "in the sidebar: only what changed is redone."},
    "no_index": {"nl": "Er is nog geen index in `{index}`. Bouw hem met **`qa index`** in een terminal in de "
                       "projectmap (of start de app met `make run`), of klik op **Index bouwen** in de zijbalk.",
                 "en": "There is no index in `{index}` yet. Build it with **`qa index`** in a terminal in the "
                       "project folder (or start the app with `make run`), or click **Build index** in the sidebar."},
    "damaged": {"nl": "De index in `{index}` is beschadigd of van een oudere versie. Herbouw hem met "
                      "**`qa index --rebuild`** in een terminal in de projectmap.",
                "en": "The index in `{index}` is damaged or from an older version. Rebuild it with "
                      "**`qa index --rebuild`** in a terminal in the project folder."},
    "empty": {"nl": "De index is leeg: er zijn nog geen leesbare documenten. Voeg PDF- of TXT-bestanden toe in de "
                    "zijbalk, of zet ze in `{corpus}` en voer `qa index` uit.",
              "en": "The index is empty: there are no readable documents yet. Add PDF or TXT files in the "
                    "sidebar, or put them in `{corpus}` and run `qa index`."},
    "no_corpus": {"nl": "De documentmap `{corpus}` bestaat niet.", "en": "The document folder `{corpus}` does not "
                                                                         "exist."},
    "failed": {"nl": "Er ging iets mis bij het beantwoorden ({error}). Probeer een andere formulering.",
               "en": "Something went wrong while answering ({error}). Try rephrasing."},
}


def t(key: str, lang: str = "nl", **kw) -> str:
    """The UI string `key` in `lang` (Dutch when a translation is missing)."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry["nl"]
    return text.format(**kw) if kw else text
