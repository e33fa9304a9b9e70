package org.vscp.rest.bridge;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.session.EventBus;

/**
 * Connects the event bus to an MQTT broker with Eclipse Paho (MQTT 3.1.1). Every outgoing event is
 * published on each configured publish topic; every message on a subscribed topic is decoded and
 * published on the bus. At QoS 1 and 2 a publish waits for the broker's acknowledgement, and an
 * event that was not acknowledged goes out again after the reconnect.
 */
final class MqttBridge extends ReconnectingBridge {

    /** How long the send loop waits for an outgoing event before it checks the connection. */
    private static final long POLL_MILLIS = 250;

    private final MqttBridgeConfig config;
    private final Guid serverGuid;
    private final EventCodec codec;
    private volatile MqttClient client;
    private volatile Throwable lostCause;

    MqttBridge(MqttBridgeConfig config, EventBus bus, Guid serverGuid, Clock clock) {
        super(config.settings(), "mqtt", config.target(), bus, clock);
        this.config = config;
        this.serverGuid = serverGuid;
        this.codec = new EventCodec(clock);
    }

    @Override
    protected void openConnection() throws MqttException {
        lostCause = null;
        MqttClient newClient = new MqttClient(config.broker().toString(), config.clientId(),
                new MemoryPersistence());
        client = newClient;
        newClient.setTimeToWait(config.connectTimeout().toMillis());
        newClient.setCallback(new LossListener());

        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(config.cleanSession());
        options.setKeepAliveInterval((int) config.keepAlive().toSeconds());
        options.setConnectionTimeout((int) config.connectTimeout().toSeconds());
        options.setAutomaticReconnect(false);
        options.setMaxInflight(1000);
        config.user().ifPresent(options::setUserName);
        config.password().ifPresent(password -> options.setPassword(password.toCharArray()));
        newClient.connect(options);

        List<MqttBridgeConfig.SubscribeTopic> topics = config.subscribe();
        if (!topics.isEmpty()) {
            String[] filters = new String[topics.size()];
            int[] qos = new int[topics.size()];
            IMqttMessageListener[] listeners = new IMqttMessageListener[topics.size()];
            for (int i = 0; i < topics.size(); i++) {
                MqttBridgeConfig.SubscribeTopic topic = topics.get(i);
                filters[i] = topic.filter();
                qos[i] = topic.qos();
                listeners[i] = (name, message) -> receive(name, message, topic.format());
            }
            newClient.subscribe(filters, qos, listeners);
        }
    }

    @Override
    protected void runConnection() throws MqttException {
        MqttClient current = client;
        while (!isStopping()) {
            if (!current.isConnected()) {
                Throwable cause = lostCause;
                throw new MqttException(MqttException.REASON_CODE_CONNECTION_LOST, cause);
            }

            VscpEvent event = nextOutgoing(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (event == null) {
                continue;
            }
            willSend(event);
            try {
                for (MqttBridgeConfig.PublishTopic topic : config.publish()) {
                    publish(current, event, topic);
                }
            } catch (MqttException | RuntimeException e) {
                unsent(event);
                throw e;
            }
            sent(event);
        }
    }

    private void publish(MqttClient current, VscpEvent event, MqttBridgeConfig.PublishTopic topic)
            throws MqttException {
        TopicTemplate.TopicContext context = new TopicTemplate.TopicContext(serverGuid,
                config.clientId(), config.user().orElse(""), topic.format());
        String name = topic.topic().expand(event, context);
        MqttMessage message = new MqttMessage(codec.encode(event, topic.format()));
        message.setQos(topic.qos());
        message.setRetained(topic.retain());
        current.publish(name, message);
    }

    private void receive(String topic, MqttMessage message, PayloadFormat format) {
        VscpEvent event;
        try {
            event = codec.decode(message.getPayload(), format);
        } catch (MalformedEventException e) {
            log.warning(() -> "Bridge '" + name() + "' ignored a message on topic '" + topic
                    + "' that is not a VSCP event in format " + format.configName() + ": "
                    + e.getMessage());
            return;
        }
        publishIncoming(event);
    }

    @Override
    protected void closeConnection() throws MqttException {
        MqttClient current = client;
        client = null;
        if (current == null) {
            return;
        }

        try {
            if (current.isConnected()) {
                current.disconnectForcibly(0, 1000);
            }
        } catch (MqttException e) {
            log.log(Level.FINE, "Bridge '" + name() + "' disconnect failed", e);
        }
        current.close(true);
    }

    /** Remembers why the connection was lost; the send loop notices within a poll. */
    private final class LossListener implements MqttCallback {

        @Override
        public void connectionLost(Throwable cause) {
            lostCause = cause;
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // Each subscription has its own listener.
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // MqttClient.publish already waits for the acknowledgement.
        }
    }
}
