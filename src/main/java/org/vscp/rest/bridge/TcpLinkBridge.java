package org.vscp.rest.bridge;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.session.EventBus;

/**
 * Connects the event bus to a VSCP TCP/IP link server (a VSCP daemon or a node, port 9598 by
 * default) as a client. As the protocol suggests, the bridge opens two channels and logs in on
 * both: it sends with {@code SEND} and keeps the sending channel alive with {@code NOOP} on one,
 * and receives on the other, either pushed after {@code RCVLOOP} or polled with {@code RETR} when
 * the server answers {@code RCVLOOP} with {@code -OK}.
 */
final class TcpLinkBridge extends ReconnectingBridge {

    /** How many events one {@code RETR} asks for while polling. */
    private static final int RETR_BATCH = 100;

    private final TcpLinkBridgeConfig config;
    private final Clock clock;
    private volatile TcpLinkConnection sendChannel;
    private volatile TcpLinkConnection receiveChannel;
    private volatile Thread receiver;
    private volatile Exception receiveFailure;

    TcpLinkBridge(TcpLinkBridgeConfig config, EventBus bus, Clock clock) {
        super(config.settings(), "tcpip", config.target(), bus, clock);
        this.config = config;
        this.clock = clock;
    }

    @Override
    protected void openConnection() throws IOException {
        receiveFailure = null;
        sendChannel = open();
        if (config.receiveMode() == TcpLinkBridgeConfig.ReceiveMode.NONE) {
            return;
        }

        TcpLinkConnection channel = open();
        receiveChannel = channel;
        boolean loop = startReceiveLoop(channel);
        Thread thread = new Thread(() -> receive(channel, loop), "vscp-bridge-" + name()
                + "-receive");
        thread.setDaemon(true);
        receiver = thread;
        thread.start();
    }

    private TcpLinkConnection open() throws IOException {
        return TcpLinkConnection.open(config.host(), config.port(), config.user(),
                config.password(), config.connectTimeout(), config.responseTimeout());
    }

    /** Asks for RCVLOOP; returns false when the bridge must poll instead. */
    private boolean startReceiveLoop(TcpLinkConnection channel) throws IOException {
        if (config.receiveMode() == TcpLinkBridgeConfig.ReceiveMode.POLL) {
            return false;
        }
        try {
            channel.command("RCVLOOP", "RCVLOOP");
            return true;
        } catch (TcpLinkConnection.NegativeReplyException e) {
            if (config.receiveMode() == TcpLinkBridgeConfig.ReceiveMode.RCVLOOP) {
                throw e;
            }
            log.info(() -> "Bridge '" + name() + "': the server does not support RCVLOOP ("
                    + e.getMessage() + "); polling with RETR every "
                    + config.pollInterval().toMillis() + " ms");
            return false;
        }
    }

    @Override
    protected void runConnection() throws IOException {
        TcpLinkConnection channel = sendChannel;
        long keepAliveNanos = config.keepAlive().toNanos();
        long lastCommand = System.nanoTime();
        while (!isStopping()) {
            Exception failure = receiveFailure;
            if (failure != null) {
                throw new IOException("The receiving channel failed: " + failure.getMessage(),
                        failure);
            }

            VscpEvent event = nextOutgoing(200, TimeUnit.MILLISECONDS);
            if (event == null) {
                if (System.nanoTime() - lastCommand >= keepAliveNanos) {
                    channel.command("NOOP", "NOOP");
                    lastCommand = System.nanoTime();
                }
                continue;
            }

            send(channel, event);
            lastCommand = System.nanoTime();
        }
    }

    private void send(TcpLinkConnection channel, VscpEvent event) throws IOException {
        willSend(event);
        try {
            channel.command("SEND " + EventStrings.format(event), "SEND");
            sent(event);
        } catch (TcpLinkConnection.NegativeReplyException e) {
            // The server rejected this one event, for example for missing rights; resending it
            // would fail again, so it is dropped and the connection kept.
            log.warning(() -> "Bridge '" + name() + "' dropped an event the server rejected: "
                    + e.getMessage() + " Event: " + event);
        } catch (IOException | RuntimeException e) {
            unsent(event);
            throw e;
        }
    }

    private void receive(TcpLinkConnection channel, boolean loop) {
        try {
            if (loop) {
                receivePushed(channel);
            } else {
                receivePolled(channel);
            }
        } catch (IOException | RuntimeException e) {
            if (!isStopping()) {
                receiveFailure = e;
                log.log(Level.FINE, "Bridge '" + name() + "' receive channel failed", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads event lines after RCVLOOP. The server sends {@code +OK} about every two seconds, so a
     * silence longer than the response time-out means the connection is gone.
     */
    private void receivePushed(TcpLinkConnection channel) throws IOException {
        while (!isStopping()) {
            String line = channel.readLine();
            if (line.startsWith("+OK") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("-OK")) {
                throw new IOException("The server ended the receive loop: " + line);
            }
            accept(line);
        }
    }

    private void receivePolled(TcpLinkConnection channel) throws IOException, InterruptedException {
        Duration pause = config.pollInterval();
        while (!isStopping()) {
            TcpLinkConnection.Reply reply = channel.exchange("RETR " + RETR_BATCH);
            for (String line : reply.lines()) {
                accept(line);
            }
            if (reply.lines().size() < RETR_BATCH) {
                Thread.sleep(pause.toMillis());
            }
        }
    }

    private void accept(String line) {
        VscpEvent event;
        try {
            event = EventStrings.parse(line).complete(0, Guid.ZERO, clock);
        } catch (MalformedEventException | IllegalArgumentException e) {
            log.warning(() -> "Bridge '" + name() + "' ignored a line that is not a VSCP event: '"
                    + shorten(line) + "': " + e.getMessage());
            return;
        }
        publishIncoming(event);
    }

    private static String shorten(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "...";
    }

    @Override
    protected void closeConnection() throws IOException {
        IOException failure = null;
        for (TcpLinkConnection channel : new TcpLinkConnection[] {sendChannel, receiveChannel}) {
            if (channel == null) {
                continue;
            }
            try {
                channel.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        sendChannel = null;
        receiveChannel = null;

        Thread thread = receiver;
        receiver = null;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
