package org.vscp.rest.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A VSCP TCP/IP link server for tests on 127.0.0.1: greeting, USER/PASS, NOOP, SEND, RETR and
 * optionally RCVLOOP. Like the VSCP daemon, an event sent on one channel goes to every other
 * logged-in channel, so a client with two channels sees its own events come back.
 */
final class FakeLinkServer implements AutoCloseable {

    private final ServerSocket server;
    private final String password;
    private final boolean rcvloop;
    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger noops = new AtomicInteger();

    FakeLinkServer(String password, boolean rcvloop) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.password = password;
        this.rcvloop = rcvloop;
        Thread acceptor = new Thread(this::acceptLoop, "fake-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Queues {@code line} for every logged-in channel, as if a device had sent it. */
    void inject(String line) {
        for (Channel channel : channels) {
            channel.offer(line);
        }
    }

    /** Closes every client connection, as a server restart would. */
    void dropConnections() {
        for (Channel channel : channels) {
            channel.close();
        }
        channels.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Channel channel = new Channel(socket);
                Thread thread = new Thread(channel::run, "fake-link-channel");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        dropConnections();
        server.close();
    }

    private final class Channel {

        private final Socket socket;
        private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
        private volatile boolean looping;
        private OutputStream out;

        Channel(Socket socket) {
            this.socket = socket;
        }

        void offer(String line) {
            queue.add(line);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a test socket; nothing to report.
            }
        }

        void run() {
            try (socket) {
                out = socket.getOutputStream();
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                write("Welcome to the fake VSCP link server\r\n+OK - Success.\r\n");
                String user = null;
                boolean loggedIn = false;
                String line;
                while ((line = in.readLine()) != null) {
                    String upper = line.toUpperCase(java.util.Locale.ROOT);
                    if (upper.startsWith("USER ")) {
                        user = line.substring(5);
                        write("+OK\r\n");
                    } else if (upper.startsWith("PASS ")) {
                        loggedIn = user != null && line.substring(5).equals(password);
                        if (loggedIn) {
                            logins.incrementAndGet();
                            channels.add(this);
                            write("+OK - Success.\r\n");
                        } else {
                            write("-OK - Invalid username or password.\r\n");
                        }
                    } else if (!loggedIn) {
                        write("-OK - Need to log in to perform this command.\r\n");
                    } else if (upper.equals("NOOP")) {
                        noops.incrementAndGet();
                        write("+OK\r\n");
                    } else if (upper.startsWith("SEND ")) {
                        String event = line.substring(5);
                        sent.add(event);
                        for (Channel other : channels) {
                            if (other != this) {
                                other.offer(event);
                            }
                        }
                        write("+OK - Success.\r\n");
                    } else if (upper.startsWith("RETR")) {
                        int count = upper.length() > 5 ? Integer.parseInt(upper.substring(5).strip()) : 1;
                        StringBuilder reply = new StringBuilder();
                        int given = 0;
                        String next;
                        while (given < count && (next = queue.poll()) != null) {
                            reply.append(next).append("\r\n");
                            given++;
                        }
                        reply.append(given < count ? "-OK - No event(s) available\r\n" : "+OK - Success.\r\n");
                        write(reply.toString());
                    } else if (upper.equals("RCVLOOP") && rcvloop) {
                        write("+OK - RCVLOOP\r\n");
                        looping = true;
                        pushLoop();
                        return;
                    } else {
                        write("-OK - Command not implemented\r\n");
                    }
                }
            } catch (IOException | InterruptedException e) {
                // The client or the test closed the connection.
            }
        }

        private void pushLoop() throws IOException, InterruptedException {
            long lastAlive = System.nanoTime();
            while (looping && !socket.isClosed()) {
                String next = queue.poll();
                if (next != null) {
                    write(next + "\r\n");
                } else if (System.nanoTime() - lastAlive > 500_000_000L) {
                    write("+OK\r\n");
                    lastAlive = System.nanoTime();
                } else {
                    Thread.sleep(10);
                }
            }
        }

        private synchronized void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
