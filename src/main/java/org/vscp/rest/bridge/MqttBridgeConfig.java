package org.vscp.rest.bridge;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration of an MQTT bridge.
 *
 * @param settings the name, backoff and queue size
 * @param enabled whether the bridge runs
 * @param broker the broker URI, {@code tcp://host:port} or {@code ssl://host:port}
 * @param user the MQTT user name, or empty for none
 * @param password the MQTT password, or empty for none; never logged
 * @param clientId the MQTT client id; unique per broker, so each node of a cluster needs its own
 * @param cleanSession whether the broker forgets the subscriptions and queued messages of this
 *     client id when it disconnects
 * @param keepAlive the MQTT keep-alive interval
 * @param connectTimeout how long one connection attempt may take
 * @param publish the topics each outgoing event is published on; none means nothing goes out
 * @param subscribe the topics incoming events arrive on; none means nothing comes in
 */
public record MqttBridgeConfig(BridgeSettings settings, boolean enabled, URI broker,
        Optional<String> user, Optional<String> password, String clientId, boolean cleanSession,
        Duration keepAlive, Duration connectTimeout, List<PublishTopic> publish,
        List<SubscribeTopic> subscribe) implements BridgeConfig {

    public MqttBridgeConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(clientId, "clientId");
        publish = List.copyOf(publish);
        subscribe = List.copyOf(subscribe);
    }

    /** Returns the broker URI, which never contains credentials, for logs and status. */
    public String target() {
        return broker.toString();
    }

    /**
     * One publish topic.
     *
     * @param topic the topic template with escapes such as {@code {{guid}}}
     * @param qos the MQTT quality of service 0, 1 or 2
     * @param retain whether the broker keeps the last message of the topic
     * @param format the payload format
     */
    public record PublishTopic(TopicTemplate topic, int qos, boolean retain, PayloadFormat format) {

        public PublishTopic {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * One subscription.
     *
     * @param filter the MQTT topic filter, with {@code +} and {@code #} wildcards
     * @param qos the MQTT quality of service 0, 1 or 2
     * @param format the expected payload format; {@link PayloadFormat#AUTO} detects it
     */
    public record SubscribeTopic(String filter, int qos, PayloadFormat format) {

        public SubscribeTopic {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(format, "format");
        }
    }
}
