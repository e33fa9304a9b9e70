package org.vscp.rest.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BridgesFileReaderTest {

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private List<BridgeConfig> read(String json) throws IOException {
        Path file = dir.resolve("bridges.json");
        Files.writeString(file, json);
        return new BridgesFileReader(file, problems).read();
    }

    @Test
    void missingFileMeansNoBridges() {
        assertEquals(List.of(), new BridgesFileReader(dir.resolve("none.json"), problems).read());
        assertEquals(List.of(), problems);
    }

    @Test
    void mqttBridgeRead() throws IOException {
        List<BridgeConfig> bridges = read("{\"bridges\":[{\"name\":\"daemon\",\"type\":\"mqtt\","
                + "\"broker\":\"tcp://127.0.0.1:1883\",\"client-id\":\"n1\",\"qos\":2,"
                + "\"reconnect-initial-ms\":500,\"reconnect-max-ms\":4000,"
                + "\"publish\":[{\"topic\":\"vscp/{{guid}}\",\"format\":\"string\"}],"
                + "\"subscribe\":[{\"topic\":\"vscp/#\",\"qos\":0}]}]}");

        assertEquals(List.of(), problems);
        MqttBridgeConfig mqtt = (MqttBridgeConfig) bridges.get(0);
        assertEquals("daemon", mqtt.name());
        assertEquals("n1", mqtt.clientId());
        assertEquals(2, mqtt.publish().get(0).qos());
        assertEquals(PayloadFormat.STRING, mqtt.publish().get(0).format());
        assertEquals(0, mqtt.subscribe().get(0).qos());
        assertEquals(PayloadFormat.AUTO, mqtt.subscribe().get(0).format());
        assertEquals(new Backoff(Duration.ofMillis(500), Duration.ofMillis(4000)),
                mqtt.settings().backoff());
    }

    @Test
    void tcpLinkBridgeRead() throws IOException {
        List<BridgeConfig> bridges = read("{\"bridges\":[{\"name\":\"node\",\"type\":\"tcpip\","
                + "\"host\":\"127.0.0.1\",\"user\":\"admin\",\"password\":\"x\","
                + "\"receive\":\"poll\"}]}");

        assertEquals(List.of(), problems);
        TcpLinkBridgeConfig link = (TcpLinkBridgeConfig) bridges.get(0);
        assertEquals(9598, link.port());
        assertEquals(TcpLinkBridgeConfig.ReceiveMode.POLL, link.receiveMode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"type\":\"mqtt\",\"broker\":\"http://x\"|the broker 'http://x' is not valid",
        "\"type\":\"mqtt\",\"broker\":\"tcp://h:1\",\"qos\":3|the value 3 of qos is not valid",
        "\"type\":\"mqtt\",\"broker\":\"tcp://h:1\",\"publish\":[{\"topic\":\"a/#\"}]|publish entry 1: The publish topic 'a/#' contains the wildcard",
        "\"type\":\"tcpip\"|the key \"host\" is missing",
        "\"type\":\"tcpip\",\"host\":\"h\",\"receive\":\"push\"|the value 'push' of receive is not valid",
        "\"type\":\"can\"|the type 'can' is unknown",
    })
    void badValueNamed(String fields, String expected) throws IOException {
        List<BridgeConfig> bridges = read("{\"bridges\":[{\"name\":\"b\"," + fields + "}]}");

        assertEquals(List.of(), bridges);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("In " + dir.resolve("bridges.json")
                + ", bridge 1 (\"b\")"), problems.get(0));
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }

    @Test
    void duplicateNameRejected() throws IOException {
        String bridge = "{\"name\":\"b\",\"type\":\"tcpip\",\"host\":\"h\"}";

        List<BridgeConfig> bridges = read("{\"bridges\":[" + bridge + "," + bridge + "]}");

        assertEquals(1, bridges.size());
        assertTrue(problems.get(0).contains("is used by an earlier bridge"), problems.toString());
    }
}
