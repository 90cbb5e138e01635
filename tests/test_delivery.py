"""Publishing helpers: the partitioner keeps the default's partitions."""

from __future__ import annotations

from aiokafka.partitioner import DefaultPartitioner

from worker.delivery import CachedPartitioner


def test_cached_partitioner_picks_the_default_partitioner_s_partition_for_every_key():
    cached, default = CachedPartitioner(size=16), DefaultPartitioner()
    keys = [f"article-{n}~w{n * 7}".encode() for n in range(200)] + [b"", b"a", "Ünïcode actor".encode()]
    for partitions in ([0], [0, 1, 2, 3], list(range(12))):
        for key in keys + keys[:50]:  # the repeats come from the cache (and the small cache evicts)
            assert cached(key, partitions, partitions) == default(key, partitions, partitions)


def test_cached_partitioner_spreads_keyless_messages_over_available_partitions():
    cached = CachedPartitioner()
    assert {cached(None, [0, 1, 2, 3], [1, 3]) for _ in range(100)} == {1, 3}
