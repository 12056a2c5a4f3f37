"""Swedish-language knowledge shared by reading documents (:mod:`tracker.ingest`) and
understanding them (:mod:`tracker.extract`): date expressions (:mod:`.dates`), the names
of organisations and forums (:mod:`.aliases`) and the words of table headers
(:mod:`.table_words`).  It depends on nothing above the domain, so both layers can use it
without ingest importing from extract.
"""
