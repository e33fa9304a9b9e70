package org.vscp.rest.mdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.vscp.rest.config.MdfSettings;
import org.w3c.dom.Document;

/**
 * Fetches Module Description Files over http or https from the hosts of the allow list only.
 * Redirects are followed only to the same host, at most {@value #MAX_REDIRECTS} times. The
 * connection has a connect time-out and the whole response a read deadline, the body a size cap,
 * and the XML is parsed with DTDs and external entities off. Good files are cached. Thread-safe;
 * {@link #fetch} blocks for at most the connect time-out plus the read time-out per hop.
 */
public final class MdfFetcher {

    static final int MAX_REDIRECTS = 3;

    private static final Logger LOG = Logger.getLogger(MdfFetcher.class.getName());

    private final MdfSettings settings;
    private final MdfCache cache;
    private final SafeXmlParser parser = new SafeXmlParser();
    private final XmlToJson xmlToJson = new XmlToJson();

    public MdfFetcher(MdfSettings settings, Clock clock) {
        this.settings = settings;
        this.cache = new MdfCache(settings.cacheTtl(), clock);
    }

    /** Returns whether the allow list has at least one host, so that fetching is on. */
    public boolean isEnabled() {
        return !settings.allowedHosts().isEmpty();
    }

    /**
     * Returns the file at {@code url}, from the cache when a fresh copy is there.
     *
     * @throws MdfException whose message names the reason for every refusal or failure
     */
    public MdfFile fetch(String url) throws MdfException {
        URI uri = checkedUri(url);

        MdfFile cached = cache.get(uri.toString());
        if (cached != null) {
            return cached;
        }

        byte[] body = download(uri);
        Document document = parser.parse(body, uri.toString());
        MdfFile file = new MdfFile(url, decode(body, document), xmlToJson.render(document));
        cache.put(uri.toString(), file);
        return file;
    }

    /** Parses {@code url} and checks its scheme and host. */
    URI checkedUri(String url) throws MdfException {
        if (url == null || url.isBlank()) {
            throw new MdfException(MdfException.Reason.BAD_URL, "The parameter url is missing;"
                    + " give the http or https address of the MDF file.");
        }

        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new MdfException(MdfException.Reason.BAD_URL, "The url '" + shorten(url)
                    + "' is not a valid URL: " + e.getReason() + ".");
        }
        checkTarget(uri, url);
        return uri;
    }

    private void checkTarget(URI uri, String shownUrl) throws MdfException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new MdfException(MdfException.Reason.BAD_URL, "The url '" + shorten(shownUrl)
                    + "' uses the scheme '" + scheme + "'; only http and https are fetched.");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new MdfException(MdfException.Reason.BAD_URL, "The url '" + shorten(shownUrl)
                    + "' has no host name, or has user information, which is not accepted.");
        }
        if (!settings.allows(uri.getHost())) {
            throw new MdfException(MdfException.Reason.HOST_NOT_ALLOWED, "The host '"
                    + uri.getHost() + "' is not on the MDF allow list (mdf.allowed-hosts in"
                    + " vscp-rest.properties), so the server does not fetch from it.");
        }
    }

    private byte[] download(URI start) throws MdfException {
        URI current = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpURLConnection connection = open(current);
            try {
                int status = connection.getResponseCode();
                if (status >= 300 && status < 400 && status != 304) {
                    current = redirectTarget(start, current, connection);
                    continue;
                }
                if (status != 200) {
                    throw new MdfException(MdfException.Reason.FETCH_FAILED, "The server of "
                            + current + " answered with HTTP status " + status + ".");
                }
                return readBody(current, connection);
            } catch (SocketTimeoutException e) {
                throw timedOut(current);
            } catch (IOException e) {
                throw new MdfException(MdfException.Reason.FETCH_FAILED, "Fetching " + current
                        + " failed: " + e.getMessage(), e);
            } finally {
                connection.disconnect();
            }
        }
        throw new MdfException(MdfException.Reason.FETCH_FAILED, "Fetching " + start
                + " was redirected more than " + MAX_REDIRECTS + " times.");
    }

    private HttpURLConnection open(URI uri) throws MdfException {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(millis(settings.connectTimeout()));
            connection.setReadTimeout(millis(settings.readTimeout()));
            connection.setUseCaches(false);
            connection.setRequestProperty("Accept", "application/xml, text/xml");
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new MdfException(MdfException.Reason.BAD_URL, "The url " + uri
                    + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private URI redirectTarget(URI start, URI current, HttpURLConnection connection)
            throws MdfException {
        String location = connection.getHeaderField("Location");
        if (location == null || location.isBlank()) {
            throw new MdfException(MdfException.Reason.FETCH_FAILED, "The server of " + current
                    + " sent a redirect without a Location header.");
        }

        URI target;
        try {
            target = current.resolve(new URI(location.strip())).normalize();
        } catch (URISyntaxException e) {
            throw new MdfException(MdfException.Reason.FETCH_FAILED, "The server of " + current
                    + " redirected to an invalid URL '" + shorten(location) + "'.");
        }
        checkTarget(target, target.toString());
        if (!MdfSettings.normalizeHost(target.getHost())
                .equals(MdfSettings.normalizeHost(start.getHost()))) {
            throw new MdfException(MdfException.Reason.HOST_NOT_ALLOWED, "The server of "
                    + current + " redirected to another host, " + target.getHost()
                    + "; redirects are followed only within the host of the requested URL.");
        }
        return target;
    }

    private byte[] readBody(URI uri, HttpURLConnection connection)
            throws IOException, MdfException {
        long declared = connection.getContentLengthLong();
        if (declared > settings.maxBytes()) {
            throw tooLarge(uri);
        }

        Instant deadline = Instant.now().plus(settings.readTimeout());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = connection.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (body.size() + read > settings.maxBytes()) {
                    throw tooLarge(uri);
                }
                body.write(buffer, 0, read);

                // The socket read time-out applies to each read, so a server that sends a few
                // bytes at a time needs this overall deadline.
                if (Instant.now().isAfter(deadline)) {
                    throw timedOut(uri);
                }
            }
        }
        return body.toByteArray();
    }

    private MdfException tooLarge(URI uri) {
        LOG.info(() -> "Refused MDF " + uri + ": larger than " + settings.maxBytes() + " bytes");
        return new MdfException(MdfException.Reason.TOO_LARGE, "The file at " + uri
                + " is larger than the limit of " + settings.maxBytes() + " bytes (mdf.max-bytes).");
    }

    private MdfException timedOut(URI uri) {
        return new MdfException(MdfException.Reason.TIMED_OUT, "Fetching " + uri
                + " timed out; the limits are " + settings.connectTimeout().toSeconds()
                + " s to connect and " + settings.readTimeout().toSeconds() + " s to read.");
    }

    /** Decodes the body with the encoding the parser found, UTF-8 when none was declared. */
    private static String decode(byte[] body, Document document) {
        Charset charset = StandardCharsets.UTF_8;
        String encoding = document.getInputEncoding();
        if (encoding != null && Charset.isSupported(encoding)) {
            charset = Charset.forName(encoding);
        }
        return new String(body, charset);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
