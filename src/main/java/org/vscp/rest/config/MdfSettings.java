package org.vscp.rest.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The settings of the mdf operation, which fetches Module Description Files for clients.
 *
 * @param allowedHosts the host names and IP literals the server may fetch from, lower case and
 *     without brackets; empty turns the operation off
 * @param connectTimeout the time allowed to open a connection
 * @param readTimeout the time allowed for the whole response, headers and body
 * @param maxBytes the largest accepted file, in bytes
 * @param cacheTtl how long a fetched file is served from the cache; zero turns the cache off
 */
public record MdfSettings(List<String> allowedHosts, Duration connectTimeout,
        Duration readTimeout, int maxBytes, Duration cacheTtl) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofHours(1);

    public MdfSettings {
        allowedHosts = allowedHosts.stream().map(MdfSettings::normalizeHost).toList();
    }

    /** Returns the defaults: no allowed host, so the operation is off. */
    public static MdfSettings defaults() {
        return new MdfSettings(List.of(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_BYTES, DEFAULT_CACHE_TTL);
    }

    /** Returns {@code host} in lower case, without the brackets of an IPv6 literal. */
    public static String normalizeHost(String host) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Returns whether {@code host} is on the allow list, compared without DNS look-ups. */
    public boolean allows(String host) {
        return host != null && allowedHosts.contains(normalizeHost(host));
    }
}
