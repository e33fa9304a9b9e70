package org.vscp.rest.mdf;

import java.util.Objects;
import jakarta.json.JsonObject;

/**
 * A fetched and checked Module Description File.
 *
 * @param url the URL the client asked for
 * @param xml the document text as the server sent it, decoded with its declared encoding
 * @param json the document rendered as JSON by {@link XmlToJson}, immutable
 */
public record MdfFile(String url, String xml, JsonObject json) {

    public MdfFile {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(json, "json");
    }
}
