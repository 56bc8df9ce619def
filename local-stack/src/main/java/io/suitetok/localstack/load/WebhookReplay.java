package io.suitetok.localstack.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A load generator meant to run in its own JVM, so that what it measures is the server and not itself:
 * it replays TikTok's signed webhooks (captured from the TikTok simulator, one per line as
 * {@code signature TAB body}) against one URL at a fixed rate, and prints the answer times.
 *
 * <p>The load is open-loop: each webhook is sent when it is due whether or not earlier ones have been
 * answered, as TikTok sends them, and its answer time counts from when it was due. A server that falls
 * behind therefore shows it in the percentiles instead of quietly lowering the rate (coordinated omission).
 *
 * <p>{@code java -cp <classpath> io.suitetok.localstack.load.WebhookReplay <url> <file> <rate/s> <count>
 * [<warm-up count>]}: the file's lines are used in turn (again from the top when {@code count} is larger);
 * the warm-up is sent first at the same rate and not measured. Prints one line starting {@code replay }.
 */
public final class WebhookReplay {

    private WebhookReplay() {
    }

    /** One signed notification as TikTok sends it. */
    record Notification(String signature, byte[] body) {

        static Notification parse(String line) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("not 'signature TAB body': " + line);
            }
            return new Notification(line.substring(0, tab), line.substring(tab + 1).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: WebhookReplay <url> <file> <rate/s> <count> [<warm-up count>]");
            System.exit(2);
        }
        URI target = URI.create(args[0]);
        List<Notification> notifications = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(Notification::parse).toList();
        int rate = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        ExecutorService answers = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(answers).build();
        try {
            if (warmUp > 0) {
                replay(http, target, notifications, rate, warmUp, count);
            }
            System.out.println(replay(http, target, notifications, rate, count, 0).line());
        } finally {
            answers.shutdownNow();
        }
        System.exit(0);
    }

    /** Sends {@code count} notifications at {@code rate} per second, starting at line {@code offset}. */
    static ReplayResult replay(HttpClient http, URI target, List<Notification> notifications, int rate, int count,
            int offset) {
        long[] micros = new long[count];
        AtomicIntegerArray status = new AtomicIntegerArray(count);
        List<CompletableFuture<?>> calls = new ArrayList<>(count);
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        long gapNanos = 1_000_000_000L / rate;
        long firstSent = System.currentTimeMillis();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = started + i * gapNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // not a spin: the generator must not take a core from the server
            }
            Notification notification = notifications.get((offset + i) % notifications.size());
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", notification.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(notification.body())).build();
            int index = i;
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                micros[index] = (System.nanoTime() - due) / 1000;
                status.set(index, failure == null ? response.statusCode() : -1);
                if (failure != null && firstFailure.compareAndSet(null, failure.toString())) {
                    System.err.println("first failure: " + failure);
                } else if (failure == null && response.statusCode() / 100 != 2
                        && firstFailure.compareAndSet(null, "HTTP " + response.statusCode())) {
                    System.err.println("first failure: HTTP " + response.statusCode());
                }
                return null;
            }));
        }
        double sendingSeconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - started) / 1e9;
        int ok = 0;
        for (int i = 0; i < count; i++) {
            ok += status.get(i) / 100 == 2 ? 1 : 0;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new ReplayResult(rate, count, ok, count - ok, firstSent, count / sendingSeconds, seconds,
                percentileMillis(sorted, 0.50), percentileMillis(sorted, 0.99), percentileMillis(sorted, 1.0));
    }

    /** The answer time at or below which a share {@code p} of the answers came, in milliseconds. */
    static double percentileMillis(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1);
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }
}
