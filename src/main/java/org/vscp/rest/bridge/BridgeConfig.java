package org.vscp.rest.bridge;

/** The configuration of one bridge in {@code bridges.json}. */
public sealed interface BridgeConfig permits MqttBridgeConfig, TcpLinkBridgeConfig {

    /** Returns the settings every bridge has. */
    BridgeSettings settings();

    /** Returns whether the bridge should run; a disabled bridge is read and checked, not started. */
    boolean enabled();

    default String name() {
        return settings().name();
    }
}
