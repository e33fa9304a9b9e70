package org.vscp.rest.format;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.VscpEvent;

/**
 * Writes the XML format with JAXB, on one line and with the XML declaration JAXB writes.
 * Characters that XML 1.0 does not allow are removed from text values, because JAXB would write
 * them as they are and make the document unreadable.
 */
final class XmlWriter implements ReplyWriter {

    /** Idle marshallers kept for reuse; more may exist while many threads write at once. */
    private static final int POOL_SIZE = 16;

    private final JAXBContext context;
    private final BlockingQueue<Marshaller> idleMarshallers = new ArrayBlockingQueue<>(POOL_SIZE);

    /**
     * Creates the writer and its {@link JAXBContext}.
     *
     * @throws IllegalStateException if JAXB cannot bind the body classes, which means the JAXB
     *     runtime is missing from the class path
     */
    XmlWriter() {
        try {
            this.context = JAXBContext.newInstance(XmlEnvelope.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("Failed to create the JAXB context for XML bodies."
                    + " Check that jaxb-runtime is on the class path.", e);
        }
    }

    @Override
    public String contentType() {
        return "application/xml; charset=UTF-8";
    }

    @Override
    public String write(Reply reply) {
        if (reply instanceof Reply.MdfDocument mdf) {
            return mdf.xml();
        }

        XmlEnvelope envelope = toEnvelope(reply);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

        // A Marshaller is not thread-safe, so each one is used by one thread at a time.
        Marshaller marshaller = borrowMarshaller();
        try {
            marshaller.marshal(envelope, bytes);
        } catch (JAXBException e) {
            throw new IllegalStateException("Failed to write the XML body of a "
                    + reply.getClass().getSimpleName() + " reply.", e);
        } finally {
            idleMarshallers.offer(marshaller);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Marshaller borrowMarshaller() {
        Marshaller marshaller = idleMarshallers.poll();
        if (marshaller != null) {
            return marshaller;
        }

        try {
            marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("Failed to create a JAXB marshaller for XML bodies.", e);
        }
    }

    private static XmlEnvelope toEnvelope(Reply reply) {
        if (reply instanceof Reply.Failure failure) {
            ResultCode code = failure.code();
            return new XmlEnvelope(false, code.code(), code.message(),
                    xmlText(failure.description()));
        }
        if (reply instanceof Reply.SessionInfo session) {
            // "Success." with a period in the message is what the daemon sent for open and status.
            XmlEnvelope envelope = new XmlEnvelope(true, 1, "Success.", "Success.");
            envelope.vscpsession = xmlText(session.sessionKey());
            envelope.nEvents = session.eventCount();
            envelope.nDropped = session.droppedCount();
            return envelope;
        }
        if (reply instanceof Reply.Events events) {
            return toEventEnvelope(events);
        }
        if (reply instanceof Reply.VariableRead read) {
            XmlEnvelope envelope = new XmlEnvelope(true, 1, "Success", "Success.");
            envelope.variables = List.of(toXmlVariable(read.variable(), true));
            return envelope;
        }
        if (reply instanceof Reply.VariableList list) {
            return toVariableEnvelope(list);
        }
        return new XmlEnvelope(true, 1, "Success", "Success.");
    }

    private static XmlEnvelope toVariableEnvelope(Reply.VariableList list) {
        XmlEnvelope envelope = new XmlEnvelope(true, 1, "Success", "Success.");
        envelope.info = ReplyTexts.info(list);
        envelope.variables = new ArrayList<>(list.variables().size());
        for (VariableEntry variable : list.variables()) {
            envelope.variables.add(toXmlVariable(variable, list.listLong()));
        }
        envelope.count = list.variables().size();
        envelope.errors = 0;
        return envelope;
    }

    private static XmlVariable toXmlVariable(VariableEntry variable, boolean withValue) {
        XmlVariable element = new XmlVariable();
        element.name = variable.name();
        element.typecode = variable.typeCode();
        element.type = variable.typeName();
        element.user = xmlText(variable.owner());
        element.accessRight = ReplyTexts.rightsHex(variable);
        element.persistent = variable.persistent();
        element.lastChange = ReplyTexts.lastChange(variable);
        element.nameElement = variable.name();
        if (withValue) {
            element.value = ReplyTexts.base64(variable.value());
            element.note = ReplyTexts.base64(variable.note());
        }
        return element;
    }

    private static XmlEnvelope toEventEnvelope(Reply.Events events) {
        XmlEnvelope envelope = new XmlEnvelope(true, 1, "Success", "Success.");
        envelope.info = ReplyTexts.info(events);
        envelope.count = events.events().size();
        envelope.events = new ArrayList<>(events.events().size());
        for (VscpEvent event : events.events()) {
            envelope.events.add(toXmlEvent(event));
        }
        envelope.filtered = events.filtered();
        envelope.errors = events.errors();
        return envelope;
    }

    private static XmlEvent toXmlEvent(VscpEvent event) {
        XmlEvent element = new XmlEvent();
        element.head = event.head();
        element.vscpclass = event.vscpClass();
        element.vscptype = event.vscpType();
        element.obid = event.obid();
        element.datetime = EventStrings.formatDateTime(event.dateTime());
        element.timestamp = event.timestamp();
        element.guid = event.guid().toString();
        element.sizedata = event.sizeData();
        element.data = ReplyTexts.hexData(event);
        element.raw = EventStrings.format(event);
        return element;
    }

    /** Returns {@code text} without the characters XML 1.0 does not allow. */
    static String xmlText(String text) {
        if (isXmlText(text)) {
            return text;
        }

        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints()
                .filter(XmlWriter::isXmlCharacter)
                .forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!isXmlCharacter(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Returns whether {@code codePoint} is in the XML 1.0 {@code Char} production. */
    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
