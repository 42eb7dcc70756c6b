"""The Redis cache backend: one redis client per connection pool, and no error when Redis is gone."""

import pytest

from portal.infra.cache_backends import ResilientRedisCache
from tests.live_servers import free_port


@pytest.fixture
def redis_cache(redis_url):
    cache = ResilientRedisCache(f"{redis_url}/10", {"KEY_PREFIX": "backend-test"})
    yield cache
    cache.clear()


def test_values_round_trip_through_one_reused_client(redis_cache):
    redis_cache.set("greeting", {"text": "hola"}, 30)
    assert redis_cache.get("greeting") == {"text": "hola"}
    assert redis_cache.get_many(["greeting", "absent"]) == {"greeting": {"text": "hola"}}
    # Django's own client builds a new redis.Redis per call; ours keeps one per pool.
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client() is client
    assert redis_cache._cache.get_client(write=True) is client


def test_with_redis_gone_reads_miss_and_writes_are_dropped():
    cache = ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0",
                                {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}})
    cache.set("key", "value")
    assert cache.get("key", "default") == "default"
    assert cache.add("lock", 1) is True  # sign-in rate limits must not lock everyone out
    with pytest.raises(ValueError):
        cache.incr("counter")
