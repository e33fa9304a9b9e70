package org.vscp.rest.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a query string or a POST body) with
 * strict UTF-8 and a length limit per value. The first occurrence of a name wins. Not
 * thread-safe: create one per request.
 */
final class ParameterParser {

    private final int maxValueLength;

    /** @param maxValueLength the longest accepted decoded value, in characters */
    ParameterParser(int maxValueLength) {
        this.maxValueLength = maxValueLength;
    }

    /**
     * Adds the parameters of {@code encoded} to {@code target}; names already in {@code target}
     * keep their value. Names are lower-cased.
     *
     * @throws BadRequestException naming the parameter that is too long, badly escaped or not
     *     valid UTF-8
     */
    void parseInto(String encoded, Map<String, String> target) throws BadRequestException {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }

        int start = 0;
        while (start <= encoded.length()) {
            int end = encoded.indexOf('&', start);
            if (end < 0) {
                end = encoded.length();
            }
            if (end > start) {
                parsePair(encoded, start, end, target);
            }
            start = end + 1;
        }
    }

    /**
     * Adds the header {@code name} unless {@code target} has it. The container decodes header
     * bytes as ISO-8859-1, so the value is read back as strict UTF-8.
     *
     * @throws BadRequestException when the value is too long or not valid UTF-8
     */
    void parseHeaderInto(String name, String value, Map<String, String> target)
            throws BadRequestException {
        String decoded = isPlainAscii(value) ? value : headerUtf8(name, value);
        if (decoded.length() > maxValueLength) {
            throw new BadRequestException("The header " + name + " has " + decoded.length()
                    + " characters; the limit is " + maxValueLength + ".", true);
        }
        target.putIfAbsent(name, decoded.strip());
    }

    private static String headerUtf8(String name, String value) throws BadRequestException {
        try {
            return strictUtf8(value.getBytes(StandardCharsets.ISO_8859_1), "the header " + name);
        } catch (BadRequestException e) {
            throw new BadRequestException("The header " + name + " is not valid UTF-8; send "
                    + "the value as UTF-8 bytes or pass it as a form parameter instead.");
        }
    }

    private void parsePair(String encoded, int start, int end, Map<String, String> target)
            throws BadRequestException {
        int equals = encoded.indexOf('=', start);
        String rawName = equals < 0 || equals > end ? encoded.substring(start, end)
                : encoded.substring(start, equals);
        String name = decode(rawName, null).strip().toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            throw new BadRequestException("A parameter name is longer than 64 characters.");
        }

        String value = equals < 0 || equals > end ? ""
                : decode(encoded.substring(equals + 1, end), name);
        if (value.length() > maxValueLength) {
            throw new BadRequestException("The parameter " + name + " has " + value.length()
                    + " characters; the limit is " + maxValueLength + ".", true);
        }
        target.putIfAbsent(name, value);
    }

    /**
     * Percent-decodes {@code text} as UTF-8, with {@code +} as a space. Characters up to U+00FF
     * stand for the raw bytes of the request, which is how the body is read.
     *
     * @param parameterName the name whose value {@code text} is, for error messages; null when
     *     {@code text} is a name itself
     */
    private String decode(String text, String parameterName) throws BadRequestException {
        if (isPlainAscii(text)) {
            return text;
        }

        // Built here, off the common path of plain values, which needs no message.
        String subject = parameterName == null ? "a parameter name"
                : "the parameter " + parameterName;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new BadRequestException("The value of " + subject
                            + " has a '%' that is not followed by two hex digits.");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c <= 0xFF) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return strictUtf8(bytes.toByteArray(), subject);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '+' || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes, String what) throws BadRequestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("The value of " + what + " is not valid UTF-8; "
                    + "percent-encode text as UTF-8 bytes.");
        }
    }
}
