package org.vscp.rest.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.security.Right;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.Session;
import org.vscp.rest.session.SessionKeys;
import org.vscp.rest.session.SessionManager;
import org.vscp.rest.session.TestUsers;

/** The MQTT bridge against a real Mosquitto broker on a free loopback port. */
class MqttBridgeTest {

    private static final Guid SERVER_GUID =
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00");
    private static final Guid DEVICE_GUID =
            Guid.parse("00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:01:02");

    private static MosquittoBroker broker;

    private final EventBus bus = new EventBus();
    private MqttBridge bridge;
    private MqttClient peer;
    private final LinkedBlockingQueue<String[]> peerMessages = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.start("bridge-test");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @AfterEach
    void stopBridge() throws Exception {
        if (bridge != null) {
            bridge.close();
        }
        if (peer != null && peer.isConnected()) {
            peer.disconnect();
        }
    }

    @Test
    void sessionEventPublishedAsJson() throws Exception {
        startBridge(PayloadFormat.JSON, "vscp/{{guid}}/{{class}}/{{type}}/{{nickname}}");
        connectPeer("vscp/#");
        RecordingClient sender = RecordingClient.register(bus);

        bus.publish(event(sender.clientId(), 10, 6, 0x42));

        String[] message = peerMessages.poll(5, TimeUnit.SECONDS);
        assertNotNull(message, "no MQTT message arrived");
        assertEquals("vscp/" + DEVICE_GUID + "/10/6/258", message[0]);
        JsonObject json = Json.createReader(new StringReader(message[1])).readObject();
        assertEquals(96, json.getInt("vscpHead"));
        assertEquals(10, json.getInt("vscpClass"));
        assertEquals(6, json.getInt("vscpType"));
        assertEquals(sender.clientId(), json.getInt("vscpObId"));
        assertEquals(DEVICE_GUID.toString(), json.getString("vscpGuid"));
        assertEquals("2026-03-01T10:20:30Z", json.getString("vscpDateTime"));
        assertEquals(123456, json.getJsonNumber("vscpTimeStamp").longValue());
        assertEquals(List.of(1, 0x42), json.getJsonArray("vscpData").getValuesAs(
                jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).toList());
    }

    @Test
    void sessionEventPublishedAsString() throws Exception {
        startBridge(PayloadFormat.STRING, "out/{{srvguid}}/{{datetime}}/{{xclass}}");
        connectPeer("out/#");
        RecordingClient sender = RecordingClient.register(bus);

        bus.publish(event(sender.clientId(), 20, 3, 0xFF));

        String[] message = peerMessages.poll(5, TimeUnit.SECONDS);
        assertNotNull(message, "no MQTT message arrived");
        assertEquals("out/" + SERVER_GUID + "/2026-03-01T10:20:30/14", message[0]);
        assertEquals("96,20,3," + sender.clientId() + ",2026-03-01T10:20:30Z,123456,"
                + DEVICE_GUID + ",0x01,0xFF", message[1]);
    }

    @Test
    void jsonMessageReachesSession() throws Exception {
        startBridge(PayloadFormat.JSON, "unused/{{class}}");
        connectPeer(null);
        RecordingClient receiver = RecordingClient.register(bus);

        peer.publish("vscp/in", ("{\"vscpHead\":0,\"vscpClass\":30,\"vscpType\":5,\"vscpGuid\":\""
                + DEVICE_GUID + "\",\"vscpObId\":7,\"vscpTimeStamp\":99,\"vscpDateTime\":"
                + "\"2026-01-02T03:04:05Z\",\"vscpData\":[1,2,3]}").getBytes(StandardCharsets.UTF_8),
                1, false);

        VscpEvent event = receiver.next(Duration.ofSeconds(5));
        assertNotNull(event, "the event did not reach the bus");
        assertEquals(30, event.vscpClass());
        assertEquals(5, event.vscpType());
        assertEquals(DEVICE_GUID, event.guid());
        assertEquals(99, event.timestamp());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), event.dateTime());
        assertEquals(3, event.sizeData());
        assertEquals(bridge.clientId(), event.obid());
    }

    @Test
    void stringMessageReachesSession() throws Exception {
        startBridge(PayloadFormat.STRING, "unused/{{class}}");
        connectPeer(null);
        RecordingClient receiver = RecordingClient.register(bus);

        peer.publish("vscp/in", "0,20,3,0,,0,-,0,1,35".getBytes(StandardCharsets.UTF_8), 1,
                false);

        VscpEvent event = receiver.next(Duration.ofSeconds(5));
        assertNotNull(event, "the event did not reach the bus");
        assertEquals(20, event.vscpClass());
        assertEquals(3, event.vscpType());
        assertEquals(35, event.dataAt(2));
    }

    @Test
    void sessionFilterAppliesToMqttEvents() throws Exception {
        startBridge(PayloadFormat.STRING, "unused/{{class}}");
        connectPeer(null);
        SessionManager sessions = new SessionManager(bus, new SessionKeys(new java.security.SecureRandom()),
                Clock.systemUTC(), SERVER_GUID, 10, 10, Duration.ofMinutes(1));
        Session onlyClass10 = sessions.open(TestUsers.withRights("a", Right.RECEIVE));
        onlyClass10.setFilter(EventFilter.parse("0,10,0,-", "0,0xFFFF,0,-"));

        peer.publish("vscp/in", "0,20,3,0,,0,-,1".getBytes(StandardCharsets.UTF_8), 1, false);
        peer.publish("vscp/in", "0,10,6,0,,0,-,2".getBytes(StandardCharsets.UTF_8), 1, false);

        assertTrue(Waits.until(Duration.ofSeconds(5), () -> onlyClass10.queuedCount() == 1));
        List<VscpEvent> taken = onlyClass10.take(10);
        assertEquals(10, taken.get(0).vscpClass());
        assertEquals(1, onlyClass10.takeFilteredCount());
    }

    @Test
    void ownPublicationNotDeliveredBack() throws Exception {
        startBridge(PayloadFormat.JSON, "vscp/{{guid}}/{{class}}/{{type}}");
        connectPeer("vscp/#");
        RecordingClient sender = RecordingClient.register(bus);
        RecordingClient other = RecordingClient.register(bus);

        bus.publish(event(sender.clientId(), 10, 6, 1));

        assertNotNull(peerMessages.poll(5, TimeUnit.SECONDS), "no MQTT message arrived");
        Thread.sleep(500);
        assertEquals(1, other.drain().size(), "the other client gets the session event once");
        assertEquals(0, sender.drain().size(), "the echo must not reach the sender");
        assertEquals(0, bridge.status().eventsIn());
        assertEquals(1, bridge.status().eventsOut());
    }

    @Test
    void brokerRestartReconnectsWithoutLoss() throws Exception {
        startBridge(PayloadFormat.STRING, "vscp/{{class}}/{{type}}");
        RecordingClient sender = RecordingClient.register(bus);
        assertTrue(Waits.until(Duration.ofSeconds(5), () -> bridge.state() == BridgeState.CONNECTED));

        broker.stop();
        assertTrue(Waits.until(Duration.ofSeconds(10), () -> bridge.state() != BridgeState.CONNECTED),
                "the bridge did not notice the broker stop");
        broker.restart();
        connectPeer("vscp/#");
        assertTrue(Waits.until(Duration.ofSeconds(15), () -> bridge.state() == BridgeState.CONNECTED),
                "the bridge did not reconnect");

        for (int i = 0; i < 50; i++) {
            bus.publish(event(sender.clientId(), 10, 6, i));
        }

        for (int i = 0; i < 50; i++) {
            String[] message = peerMessages.poll(5, TimeUnit.SECONDS);
            assertNotNull(message, "message " + i + " of 50 was lost after the reconnect");
            assertTrue(message[1].endsWith(String.format(",0x%02X", i)), message[1]);
        }
        assertNull(peerMessages.poll(300, TimeUnit.MILLISECONDS));
    }

    private void startBridge(PayloadFormat format, String topic) {
        MqttBridgeConfig config = new MqttBridgeConfig(
                new BridgeSettings("test", new Backoff(Duration.ofMillis(100),
                        Duration.ofMillis(500)), 1000),
                true, URI.create(broker.uri()), Optional.empty(), Optional.empty(),
                "bridge-" + System.nanoTime(), true, Duration.ofSeconds(5), Duration.ofSeconds(5),
                List.of(new MqttBridgeConfig.PublishTopic(TopicTemplate.parse(topic), 1, false,
                        format)),
                List.of(new MqttBridgeConfig.SubscribeTopic("vscp/#", 1, PayloadFormat.AUTO)));
        bridge = new MqttBridge(config, bus, SERVER_GUID, Clock.systemUTC());
        bridge.start();
    }

    private void connectPeer(String filter) throws MqttException, InterruptedException {
        peer = new MqttClient(broker.uri(), "peer-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        peer.connect(options);
        if (filter != null) {
            peer.subscribe(filter, 1, (topic, message) -> peerMessages.add(new String[] {
                topic, new String(message.getPayload(), StandardCharsets.UTF_8)}));
        }
        assertTrue(Waits.until(Duration.ofSeconds(5), () -> bridge.state() == BridgeState.CONNECTED),
                "the bridge did not connect");
    }

    private static VscpEvent event(int obid, int vscpClass, int vscpType, int lastByte) {
        return new VscpEvent(0x60, vscpClass, vscpType, obid, Instant.parse("2026-03-01T10:20:30Z"),
                123456, DEVICE_GUID, new byte[] {1, (byte) lastByte});
    }
}
