import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for long-polling readevent, run with the JDK's source launcher:
 *
 * <pre>java bench/LongPollClient.java BASE_URL USER PASSWORD READERS SAMPLES TOMCAT_PID</pre>
 *
 * <p>Opens READERS sessions, each with a filter that accepts only class 20 with its own type,
 * and keeps one readevent with wait=30000 pending per session. While they wait it counts the
 * threads of the Tomcat JVM with {@code jcmd TOMCAT_PID Thread.print}. Then it measures, SAMPLES
 * times, the time from sending one event addressed to one waiting reader to that reader's answer
 * ("one reader woken"), and in 5 rounds the time from one event that every reader accepts to
 * each reader's answer ("all readers woken"). Sends traffic to BASE_URL only; every wait is
 * bounded, and the whole run stops after 5 minutes.
 */
public final class LongPollClient {

    private static final Pattern SESSION_KEY = Pattern.compile("\"vscpsession\":\"([0-9a-f.]+)\"");
    private static final long DEADLINE = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    private static final int BROADCAST_ROUNDS = 5;

    private final String base;
    private final HttpClient http;
    private final String[] readers;
    private final AtomicLongArray answeredAt;
    private final List<CompletableFuture<HttpResponse<String>>> pending;
    private volatile boolean rearm = true;

    private LongPollClient(String base, HttpClient http, int readerCount) {
        this.base = base;
        this.http = http;
        this.readers = new String[readerCount];
        this.answeredAt = new AtomicLongArray(readerCount);
        this.pending = new ArrayList<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            pending.add(null);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("Usage: java bench/LongPollClient.java BASE_URL USER PASSWORD "
                    + "READERS SAMPLES TOMCAT_PID");
            System.exit(2);
        }
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int readerCount = Integer.parseInt(args[3]);
        int samples = Integer.parseInt(args[4]);
        String tomcatPid = args[5];

        ExecutorService executor = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
        LongPollClient client = new LongPollClient(base, http, readerCount);
        try {
            client.run(user, password, samples, tomcatPid);
        } finally {
            executor.shutdownNow();
        }
        System.exit(0);
    }

    private void run(String user, String password, int samples, String tomcatPid)
            throws Exception {
        System.out.println("Threads of the Tomcat JVM before: " + threadCounts(tomcatPid));
        String sender = open(user, password);
        openReaders(user, password);
        System.out.println("Opened " + readers.length + " reader sessions");

        for (int i = 0; i < readers.length; i++) {
            get("op=setfilter&vscpsession=" + readers[i] + "&vscpfilter=0,20," + typeOf(i)
                    + "&vscpmask=0,0xFFFF,0xFFFF");
        }
        // Readers arrive 10 at a time every 20 ms, as independent clients would, rather than in
        // one burst of 1,000 requests that makes Tomcat grow its pool to maxThreads.
        for (int i = 0; i < readers.length; i++) {
            arm(i);
            if (i % 10 == 9) {
                Thread.sleep(20);
            }
        }
        Thread.sleep(3000);
        System.out.println("Threads of the Tomcat JVM while " + readers.length
                + " readers wait: " + threadCounts(tomcatPid));

        measureOneReader(sender, samples);
        measureAllReaders(sender);
        System.out.println("Threads of the Tomcat JVM after the runs: "
                + threadCounts(tomcatPid));

        rearm = false;
        for (String reader : readers) {
            get("op=close&vscpsession=" + reader);
        }
        get("op=close&vscpsession=" + sender);
    }

    private static int typeOf(int reader) {
        return reader + 1;
    }

    private void openReaders(String user, String password) throws Exception {
        // The login throttle rejects a sixth password check of one user and address while five run.
        Semaphore inFlight = new Semaphore(4);
        List<CompletableFuture<Void>> opens = new ArrayList<>();
        for (int i = 0; i < readers.length; i++) {
            int index = i;
            inFlight.acquire();
            opens.add(send(openQuery(user, password)).thenAccept(response -> {
                readers[index] = sessionKey(response.body());
            }).whenComplete((ignored, error) -> inFlight.release()));
        }
        CompletableFuture.allOf(opens.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    }

    /** Sends the waiting readevent of reader {@code index}, and again after each answer. */
    private void arm(int index) {
        CompletableFuture<HttpResponse<String>> answer = send("op=readevent&format=json"
                + "&count=10&wait=30000&vscpsession=" + readers[index], Duration.ofSeconds(60));
        answer.thenAccept(response -> {
            answeredAt.set(index, System.nanoTime());
            if (rearm && System.nanoTime() < DEADLINE) {
                arm(index);
            }
        });
        synchronized (pending) {
            pending.set(index, answer);
        }
    }

    private CompletableFuture<HttpResponse<String>> pendingOf(int index) {
        synchronized (pending) {
            return pending.get(index);
        }
    }

    private void measureOneReader(String sender, int samples) throws Exception {
        long[] micros = new long[samples];
        for (int s = 0; s < samples; s++) {
            int reader = (int) ((s * 7L) % readers.length);
            CompletableFuture<HttpResponse<String>> answer = pendingOf(reader);
            long sent = System.nanoTime();
            get("op=sendevent&vscpsession=" + sender + "&vscpevent="
                    + encode("0,20," + typeOf(reader) + ",0,,0,-,0x01"));
            answer.get(10, TimeUnit.SECONDS);
            micros[s] = TimeUnit.NANOSECONDS.toMicros(answeredAtAfter(reader, sent) - sent);
            // Let the reader send its next waiting request before it is chosen again.
            Thread.sleep(5);
        }
        System.out.println("One reader woken (" + samples + " samples, " + readers.length
                + " waiting): " + summary(micros));
    }

    private void measureAllReaders(String sender) throws Exception {
        for (int i = 0; i < readers.length; i++) {
            get("op=setfilter&vscpsession=" + readers[i]
                    + "&vscpfilter=0,0,0&vscpmask=0,0,0");
        }
        long[] micros = new long[BROADCAST_ROUNDS * readers.length];
        for (int round = 0; round < BROADCAST_ROUNDS; round++) {
            Thread.sleep(2000);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < readers.length; i++) {
                answers.add(pendingOf(i));
            }
            long sent = System.nanoTime();
            get("op=sendevent&vscpsession=" + sender + "&vscpevent="
                    + encode("0,20,0,0,,0,-,0x01"));
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
            for (int i = 0; i < readers.length; i++) {
                micros[round * readers.length + i] =
                        TimeUnit.NANOSECONDS.toMicros(answeredAtAfter(i, sent) - sent);
            }
        }
        System.out.println("All readers woken (" + BROADCAST_ROUNDS + " rounds of "
                + readers.length + "): " + summary(micros));
    }

    /** Returns when reader {@code index} got its answer; waits briefly for the callback. */
    private long answeredAtAfter(int index, long sent) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            long at = answeredAt.get(index);
            if (at > sent) {
                return at;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("Reader " + index + " has no answer after the event.");
    }

    private static String summary(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p90 %.2f ms, max %.2f ms",
                sorted[sorted.length / 2] / 1000.0, sorted[sorted.length * 9 / 10] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    /**
     * Counts all threads of the JVM, those of Tomcat's HTTP connector ("http-nio-"), its request
     * workers ("-exec-"), and the workers that are busy: not idle in the pool's TaskQueue.
     */
    private static String threadCounts(String pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", pid, "Thread.print").redirectErrorStream(true)
                .start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            return "jcmd failed: " + dump.lines().findFirst().orElse("");
        }

        List<String> threads = Arrays.stream(dump.split("\n\\s*\n"))
                .map(String::strip).filter(block -> block.startsWith("\"")).toList();
        long connector = threads.stream().filter(block -> block.startsWith("\"http-nio-")).count();
        List<String> workers = threads.stream()
                .filter(block -> block.startsWith("\"http-nio-") && block.contains("-exec-"))
                .toList();
        long busy = workers.stream()
                .filter(block -> !block.contains("org.apache.tomcat.util.threads.TaskQueue"))
                .count();
        long waitThreads = threads.stream()
                .filter(block -> block.startsWith("\"vscp-readevent-wait-")).count();
        return threads.size() + " in all, " + connector + " of the HTTP connector ("
                + workers.size() + " request workers, " + busy + " of them busy), "
                + waitThreads + " readevent wait threads";
    }

    private String open(String user, String password) throws Exception {
        return sessionKey(get(openQuery(user, password)));
    }

    private static String openQuery(String user, String password) {
        return "op=open&format=json&vscpuser=" + encode(user) + "&vscpsecret=" + encode(password);
    }

    private static String sessionKey(String body) {
        Matcher matcher = SESSION_KEY.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("open failed: " + body);
        }
        return matcher.group(1);
    }

    private String get(String query) throws Exception {
        return send(query).get(30, TimeUnit.SECONDS).body();
    }

    private CompletableFuture<HttpResponse<String>> send(String query) {
        return send(query, Duration.ofSeconds(30));
    }

    private CompletableFuture<HttpResponse<String>> send(String query, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/rest?" + query))
                .timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
