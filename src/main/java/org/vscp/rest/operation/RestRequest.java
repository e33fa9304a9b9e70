package org.vscp.rest.operation;

import java.net.InetAddress;
import java.util.Map;
import java.util.Objects;

/**
 * One REST request after the HTTP layer merged its parameters (header over body over query
 * string). Immutable.
 *
 * @param parameters the parameter values by lower-case name
 * @param clientAddress the real client address, after trusted-proxy resolution
 */
public record RestRequest(Map<String, String> parameters, InetAddress clientAddress) {

    public RestRequest {
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    /** Returns the value of parameter {@code name}, or null when the request lacks it. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /** Returns whether the request carries a non-empty parameter {@code name}. */
    public boolean has(String name) {
        String value = parameters.get(name);
        return value != null && !value.isEmpty();
    }
}
