package org.vscp.rest.format;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The JAXB shape of one {@code <variable>} element: the fields as attributes, then the name,
 * and the BASE64 value and note as child elements.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"nameElement", "value", "note"})
final class XmlVariable {

    @XmlAttribute
    String name;

    @XmlAttribute
    int typecode;

    @XmlAttribute
    String type;

    @XmlAttribute
    String user;

    @XmlAttribute(name = "access-right")
    String accessRight;

    @XmlAttribute
    boolean persistent;

    @XmlAttribute(name = "last-change")
    String lastChange;

    @XmlElement(name = "name")
    String nameElement;

    /** BASE64 of the value; null leaves the element out (listvar without listlong). */
    String value;

    /** BASE64 of the note; null leaves the element out. */
    String note;

    /** JAXB needs a no-argument constructor. */
    XmlVariable() {
    }
}
