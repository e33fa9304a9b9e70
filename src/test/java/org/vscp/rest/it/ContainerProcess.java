package org.vscp.rest.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The container JVM that Cargo started, found by its base directory, with what it takes to
 * kill it hard and start it again the same way. Linux only: it reads {@code /proc}.
 */
final class ContainerProcess {

    private final long pid;
    private final List<String> command;
    private final Path workingDirectory;
    private final Map<String, String> environment;

    private ContainerProcess(long pid, List<String> command, Path workingDirectory,
            Map<String, String> environment) {
        this.pid = pid;
        this.command = command;
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    /**
     * Finds the one running JVM whose command line holds {@code -Dcatalina.base=<catalinaBase>}
     * (Tomcat) or {@code -Djboss.server.base.dir=<catalinaBase>} (WildFly).
     *
     * @throws AssertionError if none or several are found
     */
    static ContainerProcess find(Path catalinaBase) throws IOException {
        String home = catalinaBase.toAbsolutePath().normalize().toString();
        List<String> markers = List.of("-Dcatalina.base=" + home,
                "-Djboss.server.base.dir=" + home, "-Djboss.server.base.dir=" + home + "/");
        String marker = markers.get(0) + " or -Djboss.server.base.dir=" + home;
        List<Long> found = new ArrayList<>();
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) processes::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                List<String> args = readNulSeparated(dir.resolve("cmdline"));
                if (args.stream().anyMatch(markers::contains)) {
                    found.add(Long.parseLong(name));
                }
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("Expected one Tomcat with " + marker + ", found " + found);
        }

        long pid = found.get(0);
        Path proc = Path.of("/proc", Long.toString(pid));
        Map<String, String> environment = new HashMap<>();
        for (String entry : readNulSeparated(proc.resolve("environ"))) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return new ContainerProcess(pid, readNulSeparated(proc.resolve("cmdline")),
                Files.readSymbolicLink(proc.resolve("cwd")), environment);
    }

    private static List<String> readNulSeparated(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                return List.of();
            }
            return Arrays.asList(text.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    long pid() {
        return pid;
    }

    /** Sends SIGKILL and waits until the process is gone. */
    void killHard(Duration timeout) throws Exception {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(
                () -> new AssertionError("Tomcat process " + pid + " is already gone"));
        handle.destroyForcibly();
        handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the same command again in the same directory and environment, with its output in
     * {@code log}. The new process outlives the test JVM; Cargo's stop goal ends it through
     * Tomcat's shutdown port.
     */
    Process restart(Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }
}
