package org.vscp.rest.mdf;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Renders an XML document as JSON with these rules:
 *
 * <ul>
 *   <li>the result is an object with one property, the root element's name;
 *   <li>an element without attributes and child elements becomes its trimmed text, a string;
 *   <li>any other element becomes an object: each attribute as {@code "@name": "value"}, each
 *       child element under its name, and its non-blank text under {@code "#text"};
 *   <li>child elements with the same name become one array, in document order.
 * </ul>
 *
 * Comments and processing instructions are left out. All values are strings, because XML does
 * not say which text is a number. Stateless and thread-safe.
 */
final class XmlToJson {

    JsonObject render(Document document) {
        Element root = document.getDocumentElement();
        return Json.createObjectBuilder().add(root.getTagName(), element(root)).build();
    }

    private JsonValue element(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        Map<String, List<Element>> children = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();

        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                Element child = (Element) node;
                children.computeIfAbsent(child.getTagName(), name -> new ArrayList<>()).add(child);
            } else if (node.getNodeType() == Node.TEXT_NODE
                    || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }

        String trimmed = text.toString().strip();
        if (attributes.getLength() == 0 && children.isEmpty()) {
            return Json.createValue(trimmed);
        }

        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            object.add("@" + attribute.getNodeName(), attribute.getNodeValue());
        }
        for (Map.Entry<String, List<Element>> group : children.entrySet()) {
            List<Element> elements = group.getValue();
            if (elements.size() == 1) {
                object.add(group.getKey(), element(elements.get(0)));
            } else {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (Element child : elements) {
                    array.add(element(child));
                }
                object.add(group.getKey(), array);
            }
        }
        if (!trimmed.isEmpty()) {
            object.add("#text", trimmed);
        }
        return object.build();
    }
}
