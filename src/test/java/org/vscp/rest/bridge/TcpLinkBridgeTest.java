package org.vscp.rest.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.session.EventBus;

/** The TCP/IP link bridge against a fake link server on 127.0.0.1. */
class TcpLinkBridgeTest {

    private static final Guid DEVICE_GUID =
            Guid.parse("00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:01:02");

    private final EventBus bus = new EventBus();
    private FakeLinkServer server;
    private TcpLinkBridge bridge;

    @AfterEach
    void stop() throws Exception {
        if (bridge != null) {
            bridge.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void loginWithBothChannels() throws Exception {
        start(true, "secret", TcpLinkBridgeConfig.ReceiveMode.AUTO);

        assertTrue(Waits.until(Duration.ofSeconds(5), () -> bridge.state() == BridgeState.CONNECTED));
        assertTrue(Waits.until(Duration.ofSeconds(5), () -> server.logins.get() == 2));
    }

    @Test
    void wrongPasswordKeepsRetrying() throws Exception {
        start(true, "other", TcpLinkBridgeConfig.ReceiveMode.AUTO);

        assertTrue(Waits.until(Duration.ofSeconds(5), () -> bridge.status().lastError().isPresent()));
        assertEquals(BridgeState.WAITING, waitForState(BridgeState.WAITING));
        assertTrue(bridge.status().lastError().get().contains("PASS"));
        assertEquals(0, server.logins.get());
    }

    @ParameterizedTest
    @EnumSource(value = TcpLinkBridgeConfig.ReceiveMode.class, names = {"AUTO", "POLL"})
    void sessionEventSentToServer(TcpLinkBridgeConfig.ReceiveMode mode) throws Exception {
        start(true, "secret", mode);
        RecordingClient sender = RecordingClient.register(bus);
        RecordingClient other = RecordingClient.register(bus);
        waitForState(BridgeState.CONNECTED);

        bus.publish(event(sender.clientId(), 3));

        String line = server.sent.poll(5, TimeUnit.SECONDS);
        assertEquals("96,20,3," + sender.clientId() + ",2026-03-01T10:20:30Z,123456,"
                + DEVICE_GUID + ",0x01,0x03", line);
        Thread.sleep(800);
        assertEquals(1, other.drain().size(), "the echo from the server must be dropped");
        assertEquals(0, bridge.status().eventsIn());
    }

    @ParameterizedTest
    @EnumSource(value = TcpLinkBridgeConfig.ReceiveMode.class, names = {"RCVLOOP", "POLL"})
    void serverEventReachesBus(TcpLinkBridgeConfig.ReceiveMode mode) throws Exception {
        start(true, "secret", mode);
        RecordingClient receiver = RecordingClient.register(bus);
        assertTrue(Waits.until(Duration.ofSeconds(5), () -> server.logins.get() == 2));

        server.inject("0,20,3,0,2026-01-02T03:04:05,77," + DEVICE_GUID + ",0,1,35");

        VscpEvent event = receiver.next(Duration.ofSeconds(5));
        assertNotNull(event, "the event did not reach the bus");
        assertEquals(20, event.vscpClass());
        assertEquals(77, event.timestamp());
        assertEquals(DEVICE_GUID, event.guid());
        assertEquals(35, event.dataAt(2));
        assertEquals(bridge.clientId(), event.obid());
    }

    @Test
    void fallsBackToPollingWithoutRcvloop() throws Exception {
        start(false, "secret", TcpLinkBridgeConfig.ReceiveMode.AUTO);
        RecordingClient receiver = RecordingClient.register(bus);
        assertTrue(Waits.until(Duration.ofSeconds(5), () -> server.logins.get() == 2));

        server.inject("0,10,6,0,,0,-,1");

        VscpEvent event = receiver.next(Duration.ofSeconds(5));
        assertNotNull(event, "the polled event did not reach the bus");
        assertEquals(10, event.vscpClass());
    }

    @Test
    void reconnectsAfterServerDrop() throws Exception {
        start(true, "secret", TcpLinkBridgeConfig.ReceiveMode.AUTO);
        RecordingClient sender = RecordingClient.register(bus);
        RecordingClient receiver = RecordingClient.register(bus);
        assertTrue(Waits.until(Duration.ofSeconds(5), () -> server.logins.get() == 2));

        server.dropConnections();
        assertTrue(Waits.until(Duration.ofSeconds(10), () -> server.logins.get() == 4),
                "the bridge did not log in again");
        waitForState(BridgeState.CONNECTED);
        bus.publish(event(sender.clientId(), 9));
        server.inject("0,10,6,0,,0,-,2");

        assertNotNull(server.sent.poll(5, TimeUnit.SECONDS), "nothing was sent after the drop");
        VscpEvent event = receiver.next(Duration.ofSeconds(5));
        while (event != null && event.obid() != bridge.clientId()) {
            event = receiver.next(Duration.ofSeconds(5));
        }
        assertNotNull(event, "nothing was received after the drop");
        assertEquals(6, event.vscpType());
    }

    @Test
    void keepAliveSendsNoop() throws Exception {
        start(true, "secret", TcpLinkBridgeConfig.ReceiveMode.AUTO);

        assertTrue(Waits.until(Duration.ofSeconds(5), () -> server.noops.get() >= 2));
    }

    private BridgeState waitForState(BridgeState expected) throws InterruptedException {
        Waits.until(Duration.ofSeconds(5), () -> bridge.state() == expected);
        return bridge.state();
    }

    private void start(boolean rcvloop, String serverPassword,
            TcpLinkBridgeConfig.ReceiveMode mode) throws Exception {
        server = new FakeLinkServer(serverPassword, rcvloop);
        TcpLinkBridgeConfig config = new TcpLinkBridgeConfig(
                new BridgeSettings("link", new Backoff(Duration.ofMillis(100),
                        Duration.ofMillis(400)), 100),
                true, "127.0.0.1", server.port(), "admin", "secret", mode,
                Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(3));
        bridge = new TcpLinkBridge(config, bus, Clock.systemUTC());
        bridge.start();
    }

    private static VscpEvent event(int obid, int lastByte) {
        return new VscpEvent(0x60, 20, 3, obid, Instant.parse("2026-03-01T10:20:30Z"), 123456,
                DEVICE_GUID, new byte[] {1, (byte) lastByte});
    }
}
