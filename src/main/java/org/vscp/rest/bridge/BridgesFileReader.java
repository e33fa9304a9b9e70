package org.vscp.rest.bridge;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads {@value #FILE_NAME} from the configuration directory. The file holds {@code
 * {"bridges": [...]}}, one object per bridge with a {@code type} of {@code mqtt} or {@code
 * tcpip}; docs/bridges.md lists every key. A bad value becomes a problem that names the file, the
 * bridge and the key, and the bridge is left out; the other bridges still run.
 */
public final class BridgesFileReader {

    public static final String FILE_NAME = "bridges.json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Path file;
    private final List<String> problems;

    /**
     * @param file the bridges file, which need not exist
     * @param problems receives one sentence per problem
     */
    public BridgesFileReader(Path file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads the file; returns no bridges when it does not exist or cannot be parsed. */
    public List<BridgeConfig> read() {
        if (!Files.exists(file)) {
            return List.of();
        }

        JsonObject root;
        try (Reader reader = Files.newBufferedReader(file); JsonReader json = Json.createReader(reader)) {
            root = json.readObject();
        } catch (IOException | JsonException | IllegalStateException e) {
            problems.add("The bridges file " + file + " is not a valid JSON object: "
                    + e.getMessage());
            return List.of();
        }
        return parse(root);
    }

    List<BridgeConfig> parse(JsonObject root) {
        JsonValue list = root.get("bridges");
        if (!(list instanceof JsonArray array)) {
            problems.add("The bridges file " + file + " has no array \"bridges\"; expected"
                    + " {\"bridges\": [ {...}, ... ]}.");
            return List.of();
        }

        List<BridgeConfig> bridges = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                problems.add("In " + file + ", bridge " + (i + 1) + " is not a JSON object.");
                continue;
            }
            Fields fields = new Fields(object, "In " + file + ", bridge " + (i + 1));
            BridgeConfig config = parseBridge(fields);
            if (fields.problems.isEmpty() && !names.add(config.name())) {
                fields.problem("the name '" + config.name() + "' is used by an earlier bridge;"
                        + " each bridge needs its own name");
            }
            problems.addAll(fields.problems);
            if (fields.problems.isEmpty()) {
                bridges.add(config);
            }
        }
        return List.copyOf(bridges);
    }

    private BridgeConfig parseBridge(Fields fields) {
        String name = fields.string("name", null);
        if (name != null && !NAME.matcher(name).matches()) {
            fields.problem("the name '" + name + "' is not valid; expected 1-64 letters, digits,"
                    + " '_', '-' or '.'");
        }
        if (name != null) {
            fields.context = fields.context + " (\"" + name + "\")";
        }

        boolean enabled = fields.bool("enabled", true);
        long initial = fields.number("reconnect-initial-ms", 1000, 1, 3_600_000);
        long max = fields.number("reconnect-max-ms", 60_000, 1, 86_400_000);
        int queueSize = (int) fields.number("queue-size", BridgeSettings.DEFAULT_QUEUE_SIZE, 1,
                1_000_000);
        if (max < initial) {
            fields.problem("reconnect-max-ms " + max + " is less than reconnect-initial-ms "
                    + initial);
            max = initial;
        }
        BridgeSettings settings = new BridgeSettings(name == null ? "?" : name,
                new Backoff(Duration.ofMillis(initial), Duration.ofMillis(max)), queueSize);

        String type = fields.string("type", null);
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "mqtt" -> parseMqtt(fields, settings, enabled);
            case "tcpip" -> parseTcpLink(fields, settings, enabled);
            default -> {
                fields.problem("the type '" + type + "' is unknown; expected mqtt or tcpip");
                yield null;
            }
        };
    }

    private static MqttBridgeConfig parseMqtt(Fields fields, BridgeSettings settings,
            boolean enabled) {
        URI broker = null;
        String brokerText = fields.string("broker", null);
        if (brokerText != null) {
            try {
                broker = new URI(brokerText);
                String scheme = broker.getScheme() == null ? "" : broker.getScheme();
                if (!scheme.equals("tcp") && !scheme.equals("ssl") || broker.getHost() == null
                        || broker.getUserInfo() != null) {
                    fields.problem("the broker '" + brokerText + "' is not valid; expected"
                            + " tcp://host:port or ssl://host:port, without credentials");
                }
            } catch (URISyntaxException e) {
                fields.problem("the broker '" + brokerText + "' is not a valid URI; expected"
                        + " tcp://host:port or ssl://host:port");
            }
        }

        Optional<String> user = Optional.ofNullable(fields.string("user", "")).filter(s -> !s.isEmpty());
        Optional<String> password = Optional.ofNullable(fields.string("password", ""))
                .filter(s -> !s.isEmpty());
        String clientId = fields.string("client-id", "vscp-rest-"
                + UUID.randomUUID().toString().substring(0, 8));
        int defaultQos = (int) fields.number("qos", 1, 0, 2);
        boolean defaultRetain = fields.bool("retain", false);
        boolean cleanSession = fields.bool("clean-session", true);
        long keepAlive = fields.number("keepalive-seconds", 60, 0, 65_535);
        long connectTimeout = fields.number("connect-timeout-seconds", 10, 1, 600);

        List<MqttBridgeConfig.PublishTopic> publish = new ArrayList<>();
        for (Fields topic : fields.objects("publish")) {
            PayloadFormat format = topic.format("format", PayloadFormat.JSON);
            if (format == PayloadFormat.AUTO) {
                topic.problem("the format auto is for subscriptions; publish json, string or xml");
            }
            String template = topic.string("topic", null);
            TopicTemplate parsed = null;
            if (template != null) {
                try {
                    parsed = TopicTemplate.parse(template);
                } catch (IllegalArgumentException e) {
                    topic.problem(e.getMessage());
                }
            }
            int qos = (int) topic.number("qos", defaultQos, 0, 2);
            boolean retain = topic.bool("retain", defaultRetain);
            if (parsed != null) {
                publish.add(new MqttBridgeConfig.PublishTopic(parsed, qos, retain, format));
            }
            fields.problems.addAll(topic.problems);
        }

        List<MqttBridgeConfig.SubscribeTopic> subscribe = new ArrayList<>();
        for (Fields topic : fields.objects("subscribe")) {
            String filter = topic.string("topic", null);
            int qos = (int) topic.number("qos", defaultQos, 0, 2);
            PayloadFormat format = topic.format("format", PayloadFormat.AUTO);
            if (filter != null && filter.isBlank()) {
                topic.problem("the topic is empty");
            }
            if (filter != null) {
                subscribe.add(new MqttBridgeConfig.SubscribeTopic(filter, qos, format));
            }
            fields.problems.addAll(topic.problems);
        }

        if (broker == null) {
            return null;
        }
        return new MqttBridgeConfig(settings, enabled, broker, user, password, clientId,
                cleanSession, Duration.ofSeconds(keepAlive), Duration.ofSeconds(connectTimeout),
                publish, subscribe);
    }

    private static TcpLinkBridgeConfig parseTcpLink(Fields fields, BridgeSettings settings,
            boolean enabled) {
        String host = fields.string("host", null);
        int port = (int) fields.number("port", TcpLinkBridgeConfig.DEFAULT_PORT, 1, 65_535);
        String user = fields.string("user", "");
        String password = fields.string("password", "");
        String modeText = fields.string("receive", "auto");
        TcpLinkBridgeConfig.ReceiveMode mode = TcpLinkBridgeConfig.ReceiveMode.AUTO;
        try {
            mode = TcpLinkBridgeConfig.ReceiveMode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fields.problem("the value '" + modeText + "' of receive is not valid; expected auto,"
                    + " rcvloop, poll or none");
        }
        long pollInterval = fields.number("poll-interval-ms", 500, 10, 3_600_000);
        long keepAlive = fields.number("keepalive-seconds", 30, 1, 3_600);
        long connectTimeout = fields.number("connect-timeout-seconds", 10, 1, 600);
        long responseTimeout = fields.number("response-timeout-seconds", 10, 1, 600);
        if (host == null) {
            return null;
        }
        return new TcpLinkBridgeConfig(settings, enabled, host, port, user, password, mode,
                Duration.ofMillis(pollInterval), Duration.ofSeconds(keepAlive),
                Duration.ofSeconds(connectTimeout), Duration.ofSeconds(responseTimeout));
    }

    /** Reads typed keys of one JSON object and collects a sentence per bad value. */
    private static final class Fields {

        private final JsonObject object;
        private String context;
        private final List<String> problems = new ArrayList<>();

        Fields(JsonObject object, String context) {
            this.object = object;
            this.context = context;
        }

        void problem(String text) {
            problems.add(context + ": " + text + ".");
        }

        /** Returns the string value, {@code defaultValue} when absent, or null after a problem. */
        String string(String key, String defaultValue) {
            JsonValue value = object.get(key);
            if (value == null || value == JsonValue.NULL) {
                if (defaultValue == null) {
                    problem("the key \"" + key + "\" is missing");
                }
                return defaultValue;
            }
            if (value instanceof JsonString string) {
                return string.getString();
            }
            problem("the value " + value + " of " + key + " is not valid; expected a string");
            return null;
        }

        long number(String key, long defaultValue, long min, long max) {
            JsonValue value = object.get(key);
            if (value == null || value == JsonValue.NULL) {
                return defaultValue;
            }
            if (value instanceof JsonNumber number && number.isIntegral()
                    && number.longValue() >= min && number.longValue() <= max) {
                return number.longValue();
            }
            problem("the value " + value + " of " + key + " is not valid; expected a whole"
                    + " number from " + min + " to " + max);
            return defaultValue;
        }

        boolean bool(String key, boolean defaultValue) {
            JsonValue value = object.get(key);
            if (value == null || value == JsonValue.NULL) {
                return defaultValue;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            problem("the value " + value + " of " + key + " is not valid; expected true or false");
            return defaultValue;
        }

        PayloadFormat format(String key, PayloadFormat defaultValue) {
            String text = string(key, defaultValue.configName());
            if (text == null) {
                return defaultValue;
            }
            Optional<PayloadFormat> format = PayloadFormat.fromName(text);
            if (format.isEmpty()) {
                problem("the value '" + text + "' of " + key + " is not valid; expected json,"
                        + " string, xml or auto");
            }
            return format.orElse(defaultValue);
        }

        List<Fields> objects(String key) {
            JsonValue value = object.get(key);
            if (value == null || value == JsonValue.NULL) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)) {
                problem("the value of " + key + " is not valid; expected an array of objects");
                return List.of();
            }
            List<Fields> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String where = context + ", " + key + " entry " + (i + 1);
                if (array.get(i) instanceof JsonObject entry) {
                    list.add(new Fields(entry, where));
                } else {
                    problems.add(where + ": expected an object such as {\"topic\": \"vscp/#\"}.");
                }
            }
            return list;
        }
    }
}
