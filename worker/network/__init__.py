"""The discourse network: who takes which stance on which issue, and who agrees or conflicts with whom.

``model`` aggregates position events (pure), ``export`` writes GraphML, DNA CSV and JSON (pure), ``tables``
keeps the aggregate in changelog-backed Faust tables inside the worker, and ``views`` serves it over HTTP.
"""
