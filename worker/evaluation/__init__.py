"""Extraction quality against gold annotations, scored exactly as ``/work/shared/gold/README.md`` defines.

``gold`` reads annotated JSONL files, ``scoring`` holds the pure figures, ``report`` renders them and
``command`` is the ``newswire eval`` sub-command that ties them to ``worker.extract.enrich``.
"""
