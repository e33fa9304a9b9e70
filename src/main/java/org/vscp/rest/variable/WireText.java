package org.vscp.rest.variable;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The wire encoding of {@code value} and {@code note}: BASE64 of UTF-8 text in both directions.
 *
 * <p>Decoding a value follows these steps, in order:
 * <ol>
 *   <li>Spaces become {@code +}, because clients put BASE64 into URLs without percent-encoding
 *       and form decoding turns {@code +} into a space.</li>
 *   <li>If the result is BASE64 (padding optional) of valid UTF-8 and the decoded text is a value
 *       of the type, that text is the value.</li>
 *   <li>Otherwise, for a validated type (numbers, Boolean, dates, GUID, event, data), the
 *       parameter as it came is taken as a plain literal, as older clients sent it, if it is a
 *       value of the type.</li>
 *   <li>Otherwise the value is refused with a sentence naming the problem.</li>
 * </ol>
 * A decimal literal such as {@code 1234} is valid BASE64, but its bytes start with a value of
 * 0xD0 or more and never decode to ASCII digits, so step 3 reads it as the number 1234.
 */
public final class WireText {

    private WireText() {
    }

    /** Returns BASE64, with padding, of the UTF-8 bytes of {@code text}. */
    public static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes the BASE64 {@code note} parameter; null or empty means an empty note.
     *
     * @throws IllegalArgumentException if the note is not BASE64 of UTF-8 text
     */
    public static String decodeNote(String parameter) {
        if (parameter == null) {
            return "";
        }
        return decodeBase64(parameter).orElseThrow(() -> new IllegalArgumentException("The note"
                + " is not BASE64 of UTF-8 text; encode the note text as UTF-8 and then as"
                + " BASE64."));
    }

    /**
     * Decodes the {@code value} parameter for a variable of {@code type} and returns it in the
     * stored form of {@link VariableValues#normalize}.
     *
     * @throws IllegalArgumentException with a sentence that names the problem if the parameter
     *     is neither BASE64 of a value of the type nor, for a validated type, a plain literal of
     *     one
     */
    public static String decodeValue(VariableType type, String parameter) {
        Optional<String> decoded = decodeBase64(parameter);
        IllegalArgumentException decodedProblem = null;
        if (decoded.isPresent()) {
            try {
                return VariableValues.normalize(type, decoded.get());
            } catch (IllegalArgumentException e) {
                decodedProblem = e;
            }
        }

        if (!type.isValidated()) {
            throw new IllegalArgumentException("The value is not BASE64 of UTF-8 text; a "
                    + type.displayName() + " value is sent as the BASE64 of its UTF-8 bytes.");
        }
        try {
            return VariableValues.normalize(type, parameter);
        } catch (IllegalArgumentException literalProblem) {
            // The literal reading names the value as the client wrote it, which reads best,
            // unless the parameter was clean BASE64 and only its decoded text was wrong.
            if (decodedProblem != null && !parameter.strip().isEmpty()
                    && looksEncoded(parameter)) {
                throw new IllegalArgumentException("The value decoded from BASE64 is not valid: "
                        + decodedProblem.getMessage());
            }
            throw literalProblem;
        }
    }

    /**
     * Decodes {@code parameter} as BASE64 of UTF-8, with spaces read as {@code +} and padding
     * optional.
     *
     * @return empty when it is not BASE64 or the bytes are not valid UTF-8
     */
    static Optional<String> decodeBase64(String parameter) {
        String base64 = parameter.replace(' ', '+');
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }

        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = utf8.decode(ByteBuffer.wrap(bytes));
            return Optional.of(text.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Returns whether {@code parameter} ends in BASE64 padding or holds its {@code +/} signs. */
    private static boolean looksEncoded(String parameter) {
        return parameter.endsWith("=") || parameter.indexOf('/') >= 0
                || parameter.indexOf('+') >= 0;
    }
}
