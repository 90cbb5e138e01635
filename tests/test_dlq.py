from worker.dlq import dead_letter_for, from_headers, replay_count, to_headers


def test_headers_round_trip_and_name_the_origin():
    letter = dead_letter_for(
        ValueError("bad " * 1000), reason="invalid_article", topic="articles.raw", partition=2, offset=41,
        timestamp_ms=1_700_000_000_000, worker_version="1.2.3", replayed=1,
    )
    headers = to_headers(letter)
    names = [name for name, _ in headers]
    assert "__streams.errors.exception" in names and "__streams.errors.offset" in names
    assert all(isinstance(value, bytes) for _, value in headers)
    back = from_headers(headers)
    assert back == letter
    assert back.exception_class == "builtins.ValueError"
    assert len(back.exception_message) <= 1000
    assert replay_count(headers) == 1
    assert replay_count(None) == 0
