package org.vscp.rest.mdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses untrusted XML with DTDs refused and external entities, external DTDs, XInclude and
 * external schemas off, so a document can neither read local files nor make the server fetch
 * other URLs. Thread-safe: each call uses its own {@link DocumentBuilder}.
 */
final class SafeXmlParser {

    private final DocumentBuilderFactory factory;

    SafeXmlParser() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
                    false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser of this Java runtime cannot turn off"
                    + " DTDs and external entities, so MDF files cannot be parsed safely.", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
    }

    /**
     * Parses {@code bytes}.
     *
     * @throws MdfException with reason BAD_XML naming the problem, for a DTD or malformed XML
     */
    Document parse(byte[] bytes, String url) throws MdfException {
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage();
            if (detail.contains("DOCTYPE")) {
                throw new MdfException(MdfException.Reason.BAD_XML, "The file at " + url
                        + " contains a DTD (DOCTYPE), which is refused because it can define"
                        + " entities; serve the MDF without a DOCTYPE.", e);
            }
            throw new MdfException(MdfException.Reason.BAD_XML, "The file at " + url
                    + " is not well-formed XML: " + detail, e);
        } catch (IOException | ParserConfigurationException e) {
            throw new MdfException(MdfException.Reason.BAD_XML, "The file at " + url
                    + " could not be parsed as XML: " + e.getMessage(), e);
        }
    }
}
