package org.vscp.rest.bridge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One connection to a VSCP TCP/IP link server. The protocol is line based like POP3: a command
 * ends in CRLF, and the server answers with zero or more data lines and then a line starting with
 * {@code +OK} (success) or {@code -OK} (failure). Not thread-safe: one thread uses it, while any
 * thread may {@link #close()} it to unblock that thread.
 */
final class TcpLinkConnection implements Closeable {

    /** The longest line accepted from the server; an event line is at most about 2,200. */
    private static final int MAX_LINE = 8192;

    private final Socket socket;
    private final BufferedReader reader;
    private final BufferedWriter writer;

    private TcpLinkConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.reader = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.writer = new BufferedWriter(
                new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Connects, reads the greeting and logs in with {@code USER} and {@code PASS}. Blocks for at
     * most {@code connectTimeout} plus {@code responseTimeout} per step.
     *
     * @throws IOException when the connection fails or the server rejects the login; the message
     *     contains the server's reply but never the password
     */
    static TcpLinkConnection open(String host, int port, String user, String password,
            Duration connectTimeout, Duration responseTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) responseTimeout.toMillis());
            socket.setTcpNoDelay(true);
            TcpLinkConnection connection = new TcpLinkConnection(socket);
            connection.readReply("the greeting");
            if (!user.isEmpty()) {
                connection.command("USER " + user, "USER");
                connection.command("PASS " + password, "PASS");
            }
            return connection;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Sends {@code line} and reads the reply.
     *
     * @param label the command name for error messages, so that a password never appears
     * @return the data lines before the {@code +OK} line
     * @throws IOException when the connection fails, times out or the server answers {@code -OK}
     */
    List<String> command(String line, String label) throws IOException {
        writeLine(line);
        return readReply(label);
    }

    /** Sends {@code line} without reading a reply. */
    void writeLine(String line) throws IOException {
        writer.write(line);
        writer.write("\r\n");
        writer.flush();
    }

    /**
     * Reads data lines up to the {@code +OK} or {@code -OK} line.
     *
     * @throws IOException when the server answers {@code -OK} ({@link NegativeReplyException}),
     *     closes the connection or is silent for longer than the response time-out
     */
    List<String> readReply(String label) throws IOException {
        Reply reply = readAnyReply();
        if (!reply.ok()) {
            throw new NegativeReplyException("The server rejected " + label + ": "
                    + reply.statusLine());
        }
        return reply.lines();
    }

    /**
     * Sends {@code line} and reads the reply, also when it is {@code -OK}: RETR lists the events
     * it has and then answers {@code -OK} when fewer were waiting than requested.
     */
    Reply exchange(String line) throws IOException {
        writeLine(line);
        return readAnyReply();
    }

    private Reply readAnyReply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line.startsWith("+OK") || line.startsWith("-OK")) {
                return new Reply(List.copyOf(lines), line.startsWith("+OK"), line);
            }
            lines.add(line);
        }
    }

    /**
     * Reads one line without its line end, waiting up to the response time-out.
     *
     * @throws SocketTimeoutException when no line arrives in time
     * @throws IOException when the server closed the connection or sent a line that is too long
     */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = reader.read();
            if (c < 0) {
                throw new IOException("The server closed the connection.");
            }
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new IOException("The server sent a line longer than " + MAX_LINE
                        + " characters.");
            }
            line.append((char) c);
        }
    }

    /** Changes how long a read waits; zero waits forever. */
    void setReadTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /**
     * A complete reply.
     *
     * @param lines the data lines before the status line
     * @param ok whether the status line starts with {@code +OK}
     * @param statusLine the status line
     */
    record Reply(List<String> lines, boolean ok, String statusLine) {
    }

    /** The server answered a command with {@code -OK}. */
    static final class NegativeReplyException extends IOException {

        private static final long serialVersionUID = 1L;

        NegativeReplyException(String message) {
            super(message);
        }
    }
}
