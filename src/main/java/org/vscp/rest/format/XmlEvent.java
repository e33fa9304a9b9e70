package org.vscp.rest.format;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** The JAXB shape of one {@code <event>} element of a readevent XML body. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"head", "vscpclass", "vscptype", "obid", "datetime", "timestamp", "guid",
        "sizedata", "data", "raw"})
final class XmlEvent {

    int head;
    int vscpclass;
    int vscptype;
    long obid;
    String datetime;
    long timestamp;
    String guid;
    int sizedata;

    /** The data bytes as {@code 0xHH} values separated by commas. */
    String data;

    /** The whole event in string form. */
    String raw;

    /** JAXB needs a no-argument constructor. */
    XmlEvent() {
    }
}
