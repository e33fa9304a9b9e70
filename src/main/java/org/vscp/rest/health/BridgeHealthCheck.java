package org.vscp.rest.health;

import java.util.function.BooleanSupplier;

/**
 * Healthy when every configured bridge is connected to its VSCP network; a server without
 * bridges is healthy.
 */
public final class BridgeHealthCheck implements HealthCheck {

    private final BooleanSupplier allConnected;

    /** @param allConnected returns whether every bridge is connected; called on each check */
    public BridgeHealthCheck(BooleanSupplier allConnected) {
        this.allConnected = allConnected;
    }

    @Override
    public String name() {
        return "bridges";
    }

    @Override
    public boolean isHealthy() {
        return allConnected.getAsBoolean();
    }
}
