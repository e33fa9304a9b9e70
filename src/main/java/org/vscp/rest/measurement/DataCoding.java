package org.vscp.rest.measurement;

/**
 * The codings of bits 7-5 of the data coding byte of a level I measurement. The two codings
 * 0b110 and 0b111 are reserved by the VSCP specification and have no constant.
 */
public enum DataCoding {
    /** 0b000: the data bytes are a bit field, read here as an unsigned big-endian number. */
    BITS(0),
    /** 0b001: the data bytes are bytes, read here as an unsigned big-endian number. */
    BYTE(1),
    /** 0b010: up to seven ASCII characters of a decimal number with '.' as separator. */
    STRING(2),
    /** 0b011: a signed two's complement integer of 1-7 bytes, big-endian. */
    INTEGER(3),
    /**
     * 0b100: an exponent byte, then a signed big-endian mantissa of 1-6 bytes. Bit 7 of the
     * exponent set means divide by ten to the power of bits 6-0, clear means multiply.
     */
    NORMALIZED_INTEGER(4),
    /** 0b101: a 32-bit IEEE 754 float, most significant byte first. */
    FLOAT(5);

    private final int code;

    DataCoding(int code) {
        this.code = code;
    }

    /** Returns the three-bit code, 0-7. */
    public int code() {
        return code;
    }

    /** Returns the coding byte with this coding, {@code unit} 0-3 and {@code sensorIndex} 0-7. */
    public int codingByte(int unit, int sensorIndex) {
        return (code << 5) | ((unit & 0x03) << 3) | (sensorIndex & 0x07);
    }

    /** Returns the coding of bits 7-5 of {@code codingByte}, or null for a reserved coding. */
    public static DataCoding ofCodingByte(int codingByte) {
        int bits = (codingByte >>> 5) & 0x07;
        for (DataCoding coding : values()) {
            if (coding.code == bits) {
                return coding;
            }
        }
        return null;
    }
}
