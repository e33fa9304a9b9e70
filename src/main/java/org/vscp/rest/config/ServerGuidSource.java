package org.vscp.rest.config;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.event.Guid;

/**
 * Finds the server GUID when none is configured: {@code FF:FF:FF:FF:FF:FF:FF:FE}, the six bytes
 * of a MAC address of the host and {@code 00:00}, as the VSCP daemon did; where no MAC address
 * can be read, a random GUID generated once and kept in the data directory.
 */
public final class ServerGuidSource {

    private static final Logger LOG = Logger.getLogger(ServerGuidSource.class.getName());
    private static final String GUID_FILE = "server-guid";

    private final Path dataDir;
    private final SecureRandom random;

    public ServerGuidSource(Path dataDir, SecureRandom random) {
        this.dataDir = dataDir;
        this.random = random;
    }

    /** Returns the derived GUID. Blocks for file and network interface look-ups. */
    public Guid serverGuid() {
        return fromMacAddress().orElseGet(this::fromDataDir);
    }

    static Optional<Guid> fromMacAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                byte[] mac = nic.isLoopback() ? null : nic.getHardwareAddress();
                if (mac != null && mac.length == 6 && !isAllZero(mac)) {
                    return Optional.of(fromMac(mac));
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "Reading the MAC addresses of this host failed", e);
        }
        return Optional.empty();
    }

    /** Returns {@code FF:FF:FF:FF:FF:FF:FF:FE}, the six bytes of {@code mac} and {@code 00:00}. */
    static Guid fromMac(byte[] mac) {
        byte[] bytes = new byte[Guid.LENGTH];
        for (int i = 0; i < 7; i++) {
            bytes[i] = (byte) 0xFF;
        }
        bytes[7] = (byte) 0xFE;
        System.arraycopy(mac, 0, bytes, 8, 6);
        return Guid.of(bytes);
    }

    private static boolean isAllZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private Guid fromDataDir() {
        Path file = dataDir.resolve(GUID_FILE);
        try {
            if (Files.exists(file)) {
                return Guid.parse(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] bytes = new byte[Guid.LENGTH];
            random.nextBytes(bytes);
            bytes[14] = 0;
            bytes[15] = 0;
            Guid guid = Guid.of(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, guid + "\n", StandardCharsets.US_ASCII);
            LOG.info(() -> "No MAC address found; generated the server GUID " + guid + " in "
                    + file);
            return guid;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Reading or writing the server GUID file " + file
                    + " failed; using a random GUID for this run only", e);
            byte[] bytes = new byte[Guid.LENGTH];
            random.nextBytes(bytes);
            return Guid.of(bytes).withClientId(0);
        }
    }
}
