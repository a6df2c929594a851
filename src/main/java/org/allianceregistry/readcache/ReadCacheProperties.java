package org.allianceregistry.readcache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBytes how many bytes of rendered responses the cache may hold
 * @param cacheControl the Cache-Control of read responses that do not set their own
 * @param compressMinBytes bodies of at least this many bytes are also kept gzip-coded for
 * clients that accept it
 * @param concurrentReads how many reads are served at once (the rest wait their turn); 0:
 * twice the cores
 */
@ConfigurationProperties("registry.read-cache")
record ReadCacheProperties(@DefaultValue("33554432") long maxBytes,
        @DefaultValue("public, no-cache") String cacheControl, @DefaultValue("1024") int compressMinBytes,
        @DefaultValue("0") int concurrentReads) {

    int concurrentReadsOrDefault() {
        return concurrentReads > 0 ? concurrentReads : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }
}
