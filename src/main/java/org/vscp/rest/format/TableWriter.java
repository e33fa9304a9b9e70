package org.vscp.rest.format;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the answers of table, {@link Reply.TableRows} and {@link Reply.TableList}, straight to
 * the response in any format, one row at a time, so a large range never sits in memory.
 * Thread-safe.
 *
 * <p>Dates are ISO 8601 UTC with a {@code Z}, with fractional seconds only when the row has
 * them. Values are plain decimal numbers without an exponent or trailing zeros.
 */
final class TableWriter {

    private static final String CRLF = "\r\n";
    private static final String CSV_HEADER = "success-code,error-code,message,description,Table";

    private final XMLOutputFactory xmlOutput = XMLOutputFactory.newFactory();

    /** Writes {@code reply}, which must be a TableRows or a TableList, in {@code format}. */
    void write(Reply reply, ResponseFormat format, String callback, Writer out) throws IOException {
        if (format == ResponseFormat.JSONP) {
            StringBuilder guard = new StringBuilder();
            JsonpWriter.appendGuard(guard, callback);
            out.write(guard.append(callback).append('(').toString());
            write(reply, ResponseFormat.JSON, callback, out);
            out.write(");");
            return;
        }

        if (reply instanceof Reply.TableRows rows) {
            switch (format) {
                case PLAIN -> writePlain(rows, out);
                case CSV -> writeCsv(rows, out);
                case XML -> writeXml(rows, out);
                default -> writeJson(rows, out);
            }
        } else if (reply instanceof Reply.TableList list) {
            switch (format) {
                case PLAIN -> writePlainList(list, out);
                case CSV -> writeCsvList(list, out);
                case XML -> writeXmlList(list, out);
                default -> writeJsonList(list, out);
            }
        } else {
            throw new IllegalArgumentException("TableWriter writes table answers only, not "
                    + reply.getClass().getSimpleName());
        }
    }

    static String info(Reply.TableRows rows) {
        return rows.count() + " records will be returned from table " + rows.tableName() + ".";
    }

    static String date(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time);
    }

    static String value(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Returns {@code value} without trailing zeros. A whole number gets scale 0, because the
     * JSON generator writes a BigDecimal by its toString, which gives 1E+3 for a negative scale.
     */
    static BigDecimal jsonNumber(double value) {
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private static void writePlain(Reply.TableRows rows, Writer out) throws IOException {
        out.write("1 1 Success " + CRLF + info(rows) + CRLF);
        rows.rows().forEach((index, time, value) -> out.write(index + " - Date=" + date(time)
                + ",Value=" + value(value) + CRLF));
    }

    private static void writeCsv(Reply.TableRows rows, Writer out) throws IOException {
        out.write(CSV_HEADER + CRLF
                + "1,1,Success,Success.,NULL" + CRLF
                + "1,2,Info," + info(rows) + ",NULL" + CRLF
                + "1,4,Count," + rows.count() + ",NULL" + CRLF);
        rows.rows().forEach((index, time, value) -> out.write("1,3,Data,Table," + index + ","
                + date(time) + "," + value(value) + CRLF));
    }

    private void writeXml(Reply.TableRows rows, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = startXml(out);
            writeTextElement(xml, "count", Long.toString(rows.count()));
            writeTextElement(xml, "info", info(rows));
            rows.rows().forEach((index, time, value) -> {
                try {
                    xml.writeEmptyElement("data");
                    xml.writeAttribute("id", Long.toString(index));
                    xml.writeAttribute("date", date(time));
                    xml.writeAttribute("value", value(value));
                } catch (XMLStreamException e) {
                    throw new IOException("Writing a table row as XML failed.", e);
                }
            });
            endXml(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Writing the table answer as XML failed.", e);
        }
    }

    private static void writeJson(Reply.TableRows rows, Writer out) throws IOException {
        JsonGenerator json = Json.createGenerator(new NonClosingWriter(out));
        try {
            startJsonEnvelope(json);
            json.write("info", info(rows));
            json.writeStartArray("table");
            rows.rows().forEach((index, time, value) -> json.writeStartObject()
                    .write("id", index)
                    .write("date", date(time))
                    .write("value", jsonNumber(value))
                    .writeEnd());
            json.writeEnd();
            json.write("count", rows.count());
            json.write("filtered", 0);
            json.write("errors", 0);
            json.writeEnd();
            json.close();
        } catch (JsonException e) {
            throw new IOException("Writing the table answer as JSON failed.", e);
        }
    }

    private static void writePlainList(Reply.TableList list, Writer out) throws IOException {
        out.write("1 1 Success " + CRLF + list.tables().size() + " tables are defined." + CRLF);
        for (Reply.TableSummary table : list.tables()) {
            out.write("name=" + table.name() + " class=" + table.vscpClass() + " type="
                    + table.vscpType() + " unit='" + ReplyTexts.withoutControlCharacters(
                            table.unit()) + "' description='"
                    + ReplyTexts.withoutControlCharacters(table.description()) + "'" + CRLF);
        }
    }

    private static void writeCsvList(Reply.TableList list, Writer out) throws IOException {
        out.write(CSV_HEADER + CRLF
                + "1,1,Success,Success.,NULL" + CRLF
                + "1,2,Info," + list.tables().size() + " tables are defined.,NULL" + CRLF
                + "1,4,Count," + list.tables().size() + ",NULL" + CRLF);
        for (Reply.TableSummary table : list.tables()) {
            out.write("1,3,Data,Table," + table.name() + "," + table.vscpClass() + ","
                    + table.vscpType() + "," + csvField(table.unit()) + ","
                    + csvField(table.description()) + CRLF);
        }
    }

    private void writeXmlList(Reply.TableList list, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = startXml(out);
            writeTextElement(xml, "count", Integer.toString(list.tables().size()));
            for (Reply.TableSummary table : list.tables()) {
                xml.writeEmptyElement("table");
                xml.writeAttribute("name", table.name());
                xml.writeAttribute("class", Integer.toString(table.vscpClass()));
                xml.writeAttribute("type", Integer.toString(table.vscpType()));
                xml.writeAttribute("unit", XmlWriter.xmlText(table.unit()));
                xml.writeAttribute("description", XmlWriter.xmlText(table.description()));
            }
            endXml(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Writing the table list as XML failed.", e);
        }
    }

    private static void writeJsonList(Reply.TableList list, Writer out) throws IOException {
        StringBuilder body = new StringBuilder();
        try (JsonGenerator json = Json.createGenerator(new java.io.StringWriter() {
            @Override
            public void close() {
                body.append(getBuffer());
            }
        })) {
            startJsonEnvelope(json);
            json.writeStartArray("tables");
            for (Reply.TableSummary table : list.tables()) {
                json.writeStartObject()
                        .write("name", table.name())
                        .write("description", table.description())
                        .write("unit", table.unit())
                        .write("vscpclass", table.vscpClass())
                        .write("vscptype", table.vscpType())
                        .writeEnd();
            }
            json.writeEnd();
            json.write("count", list.tables().size());
            json.writeEnd();
        }
        // Descriptions come from the configuration, but the page embeds the answer in a script.
        out.write(JsonWriter.escapeForScript(body.toString()));
    }

    private static void startJsonEnvelope(JsonGenerator json) {
        json.writeStartObject()
                .write("success", true)
                .write("code", 1)
                .write("message", "success")
                .write("description", "Success");
    }

    private XMLStreamWriter startXml(Writer out) throws XMLStreamException {
        XMLStreamWriter xml = xmlOutput.createXMLStreamWriter(new NonClosingWriter(out));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("vscp-rest");
        xml.writeAttribute("success", "true");
        xml.writeAttribute("code", "1");
        xml.writeAttribute("message", "Success");
        xml.writeAttribute("description", "Success.");
        return xml;
    }

    private static void endXml(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void writeTextElement(XMLStreamWriter xml, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0
                && value.indexOf('\n') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Keeps generators from closing the response writer, which the servlet closes itself. */
    private static final class NonClosingWriter extends java.io.FilterWriter {

        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
