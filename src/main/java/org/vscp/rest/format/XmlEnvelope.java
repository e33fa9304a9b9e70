package org.vscp.rest.format;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * The JAXB shape of every XML body: the envelope as attributes of {@code <vscp-rest>}, then the
 * payload elements. A null field is left out, so one shape serves every kind of reply.
 */
@XmlRootElement(name = "vscp-rest")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"vscpsession", "nEvents", "nDropped", "info", "variables", "count",
        "events", "filtered", "errors"})
final class XmlEnvelope {

    @XmlAttribute
    boolean success;

    @XmlAttribute
    int code;

    @XmlAttribute
    String message;

    @XmlAttribute
    String description;

    @XmlElement
    String vscpsession;

    @XmlElement(name = "nEvents")
    Integer nEvents;

    @XmlElement(name = "nDropped")
    Long nDropped;

    @XmlElement
    String info;

    @XmlElement(name = "variable")
    List<XmlVariable> variables;

    @XmlElement
    Integer count;

    @XmlElement(name = "event")
    List<XmlEvent> events;

    @XmlElement
    Integer filtered;

    @XmlElement
    Integer errors;

    /** JAXB needs a no-argument constructor. */
    XmlEnvelope() {
    }

    XmlEnvelope(boolean success, int code, String message, String description) {
        this.success = success;
        this.code = code;
        this.message = message;
        this.description = description;
    }
}
