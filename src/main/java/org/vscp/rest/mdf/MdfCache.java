package org.vscp.rest.mdf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small in-memory cache of fetched files by URL, each kept for the time-to-live and the
 * least recently used dropped beyond {@value #MAX_ENTRIES} entries. Thread-safe.
 */
final class MdfCache {

    static final int MAX_ENTRIES = 64;

    private record Entry(MdfFile file, Instant expires) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** A zero {@code ttl} turns the cache off. */
    MdfCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Returns the fresh file cached for {@code url}, or null. */
    synchronized MdfFile get(String url) {
        Entry entry = entries.get(url);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(url);
            return null;
        }
        return entry.file();
    }

    synchronized void put(String url, MdfFile file) {
        if (ttl.isZero()) {
            return;
        }
        entries.put(url, new Entry(file, clock.instant().plus(ttl)));
    }
}
