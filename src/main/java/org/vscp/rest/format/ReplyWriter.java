package org.vscp.rest.format;

/** Writes a {@link Reply} as the body of one response format. Implementations are thread-safe. */
interface ReplyWriter {

    /** Returns the full content type of the bodies this writer produces, with the charset. */
    String contentType();

    /**
     * Writes the body for {@code reply}.
     *
     * @param reply the reply to write, never null
     * @return the body text, never null
     */
    String write(Reply reply);
}
