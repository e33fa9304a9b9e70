package org.vscp.rest.bridge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.session.BusClient;
import org.vscp.rest.session.EventBus;

/** A bus client for tests that records every event delivered to it. */
final class RecordingClient implements BusClient {

    private final int clientId;
    private final LinkedBlockingQueue<VscpEvent> events = new LinkedBlockingQueue<>();

    private RecordingClient(int clientId) {
        this.clientId = clientId;
    }

    static RecordingClient register(EventBus bus) {
        RecordingClient client = new RecordingClient(bus.allocateClientId());
        bus.register(client);
        return client;
    }

    @Override
    public int clientId() {
        return clientId;
    }

    @Override
    public void deliver(VscpEvent event) {
        events.add(event);
    }

    /** Waits up to {@code timeout} for the next event; null when none came. */
    VscpEvent next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Removes and returns the events delivered so far. */
    List<VscpEvent> drain() {
        List<VscpEvent> list = new ArrayList<>();
        events.drainTo(list);
        return list;
    }
}
