package org.vscp.rest.bridge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A Mosquitto broker that a test starts on a free loopback port, with its own configuration file
 * and log under {@code target/}, without persistence. Needs Debian's {@code mosquitto} package.
 */
final class MosquittoBroker implements AutoCloseable {

    private static final Path BINARY = Path.of(System.getProperty("mosquitto.binary",
            "/usr/sbin/mosquitto"));

    private final Path directory;
    private final int port;
    private Process process;

    private MosquittoBroker(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Starts a broker on a free port; fails with a clear message when Mosquitto is missing. */
    static MosquittoBroker start(String name) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("Mosquitto is not installed at " + BINARY + "; install"
                    + " it with 'apt-get install mosquitto' (.ci/run does) or set -Dmosquitto.binary.");
        }
        Path directory = Path.of("target", "mosquitto", name).toAbsolutePath();
        Files.createDirectories(directory);
        MosquittoBroker broker = new MosquittoBroker(directory, freePort());
        broker.restart();
        return broker;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Starts the broker process again on the same port and waits until it accepts connections. */
    void restart() throws IOException, InterruptedException {
        Path config = directory.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\n"
                + "allow_anonymous true\n"
                + "persistence false\n"
                + "log_dest file " + directory.resolve("mosquitto.log") + "\n");
        process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("stdout.log").toFile())
                .start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Mosquitto exited with " + process.exitValue()
                        + "; see " + directory);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("Mosquitto did not listen on port " + port + " in 10 s.");
    }

    /** Stops the broker process and waits until it ended. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
