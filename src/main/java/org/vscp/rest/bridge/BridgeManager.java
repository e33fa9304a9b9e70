package org.vscp.rest.bridge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.event.Guid;
import org.vscp.rest.session.EventBus;

/**
 * Starts and stops the configured bridges with the application and reports their states for the
 * health check and the stock variable. Thread-safe after construction.
 */
public final class BridgeManager {

    private static final Logger LOG = Logger.getLogger(BridgeManager.class.getName());

    private final List<Bridge> bridges;

    /** Manages {@code bridges}, which are not started yet. */
    public BridgeManager(List<Bridge> bridges) {
        this.bridges = List.copyOf(bridges);
    }

    /** Builds a bridge for each enabled configuration; disabled ones are logged and skipped. */
    public static BridgeManager create(List<BridgeConfig> configs, EventBus bus, Guid serverGuid,
            Clock clock) {
        List<Bridge> bridges = new ArrayList<>();
        for (BridgeConfig config : configs) {
            if (!config.enabled()) {
                LOG.info(() -> "Bridge '" + config.name() + "' is disabled in the configuration");
                continue;
            }
            if (config instanceof MqttBridgeConfig mqtt) {
                bridges.add(new MqttBridge(mqtt, bus, serverGuid, clock));
            } else if (config instanceof TcpLinkBridgeConfig link) {
                bridges.add(new TcpLinkBridge(link, bus, clock));
            }
        }
        return new BridgeManager(bridges);
    }

    /** Starts every bridge; a bridge that fails to start is logged and the others still start. */
    public void startAll() {
        for (Bridge bridge : bridges) {
            try {
                bridge.start();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Bridge '" + bridge.name() + "' could not start", e);
            }
        }
    }

    /**
     * Closes every bridge, also when closing one of them fails. Blocks for at most a few seconds
     * per bridge.
     *
     * @return one sentence per bridge that could not release its socket or thread; each is logged
     *     as a warning too
     */
    public List<String> stopAll() {
        List<String> failures = new ArrayList<>();
        for (Bridge bridge : bridges) {
            try {
                bridge.close();
            } catch (BridgeCloseException | RuntimeException e) {
                String failure = "Bridge '" + bridge.name() + "' was not fully released: "
                        + e.getMessage();
                LOG.log(Level.WARNING, failure, e);
                failures.add(failure);
            }
        }
        return failures;
    }

    /** Returns the bridges, in configuration order. */
    public List<Bridge> bridges() {
        return bridges;
    }

    /** Returns a snapshot of every bridge, in configuration order. */
    public List<BridgeStatus> statuses() {
        return bridges.stream().map(Bridge::status).toList();
    }

    /** Returns whether every bridge is connected; true when there are no bridges. */
    public boolean allConnected() {
        return bridges.stream().allMatch(bridge -> bridge.state() == BridgeState.CONNECTED);
    }

    /**
     * Returns the value of the stock variable of the bridges: one {@link BridgeStatus#summary()}
     * line per bridge, separated by {@code \n}, or {@code no bridges} when none is configured.
     */
    public String stockVariableValue() {
        if (bridges.isEmpty()) {
            return "no bridges";
        }
        StringBuilder text = new StringBuilder();
        for (Bridge bridge : bridges) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(bridge.summary());
        }
        return text.toString();
    }
}
