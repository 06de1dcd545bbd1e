"""Search stage: embed (embedders), store (on-disk layout, SQLite), index (builds), journal (resumable
embedding, progress), facttable (facts read on demand), retrieve (the loaded index and its ranker)."""
