"""Django's RedisCache, made to survive Redis going away.

With Redis down the portal keeps serving from PostgreSQL: reads miss, writes are dropped, and
one warning is logged per minute. Sessions (cached_db) fall back to the database, the page cache
is simply empty, and sign-in rate limits do not apply until Redis is back (availability over
throttling; the outage is logged).
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
_last_warning = 0.0


def _warn(error: Exception) -> None:
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > 60:
        _last_warning = now
        logger.warning("Redis unavailable, serving without the cache: %s", error)


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new `redis.Redis` for every cache call, and redis-py fills a
    table of about 170 response callbacks in each one (0.27 ms, more than the round trip).
    A `redis.Redis` is thread-safe over its connection pool, so one per pool is kept."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def _try(self, call, fallback):
        try:
            return call()
        except UNAVAILABLE as error:
            _warn(error)
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # True while Redis is down: allauth takes its rate-limit lock with add(), and a lock that can
        # never be taken would refuse every sign-in. Rate limits are off until Redis is back.
        return self._try(lambda: super(ResilientRedisCache, self).add(key, value, timeout, version), True)

    def get(self, key, default=None, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).get(key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).set(key, value, timeout, version), None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).touch(key, timeout, version), False)

    def delete(self, key, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).delete(key, version), False)

    def get_many(self, keys, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).has_key(key, version), False)

    def incr(self, key, delta=1, version=None):
        def unavailable():
            raise ValueError(f"Key '{key}' not found (Redis unavailable).")

        result = self._try(lambda: super(ResilientRedisCache, self).incr(key, delta, version), None)
        return unavailable() if result is None else result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).set_many(data, timeout, version), list(data))

    def delete_many(self, keys, version=None):
        return self._try(lambda: super(ResilientRedisCache, self).delete_many(keys, version), None)

    def clear(self):
        return self._try(lambda: super(ResilientRedisCache, self).clear(), False)
