"""Parsing what users hand the network: query strings of /network, and positions-topic values for the export."""

from __future__ import annotations

from datetime import date

import pytest

from tests.network.builders import position_event
from worker.commands.network import decode_positions
from worker.network.exceptions import BadQuery
from worker.network.views import network_filters


def test_network_filters_from_a_query_string():
    assert network_filters({}) == (None, None)
    assert network_filters({"since": "", "issue": ""}) == (None, None)
    assert network_filters({"since": "2025-02-13", "issue": "peace-talks"}) == (date(2025, 2, 13), "peace-talks")
    with pytest.raises(BadQuery, match="since"):
        network_filters({"since": "13/02/2025"})


def test_decode_positions_skips_what_is_no_position_event():
    good = position_event("e1", "ann", "talks-inclusion", "support").model_dump_json().encode()
    events, invalid = decode_positions([good, b"{}", b"not json", None])
    assert [e.event_id for e in events] == ["e1"]
    assert invalid == 3
