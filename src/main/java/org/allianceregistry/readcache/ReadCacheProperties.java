package org.allianceregistry.readcache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBytes how many bytes of rendered responses the cache may hold
 * @param cacheControl the Cache-Control of read responses that do not set their own
 * @param compressMinBytes bodies of at least this many bytes are also kept gzip-coded for clients that accept it
 */
@ConfigurationProperties("registry.read-cache")
record ReadCacheProperties(@DefaultValue("33554432") long maxBytes, @DefaultValue("public, no-cache") String cacheControl,
        @DefaultValue("1024") int compressMinBytes) {
}
