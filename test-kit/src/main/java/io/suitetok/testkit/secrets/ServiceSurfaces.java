package io.suitetok.testkit.secrets;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.testkit.IsolationName;
import io.suitetok.testkit.TestCallers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * Every place a running service writes or shows something, scanned for known secrets in one go: its
 * actuator env and configprops pages, its meters, its test's Kafka topics and schema rows, and the log.
 * A secret-scan test drives the flow through the paths that handle secrets, then calls {@link #scan}.
 */
public final class ServiceSurfaces {

    /** What the scan read, so a test can show it read something (a scan of nothing proves nothing). */
    public record Scanned(String env, String configprops, int records, int rows) {
    }

    private ServiceSurfaces() {
    }

    public static Scanned scan(KnownSecrets secrets, Environment environment, MeterRegistry meters, DataSource dataSource,
            Class<?> testClass, String logOutput) {
        String env = actuator(environment, "env");
        String configprops = actuator(environment, "configprops");
        secrets.scan("/actuator/env", env);
        secrets.scan("/actuator/configprops", configprops);
        meters.getMeters().forEach(meter -> secrets.scan("meter " + meter.getId().getName(), describe(meter)));
        List<Map.Entry<String, byte[]>> records = TopicContents.read(IsolationName.of(testClass) + ".");
        records.forEach(record -> secrets.scan("Kafka " + record.getKey(), record.getValue()));
        List<Map.Entry<String, String>> rows = SchemaRows.read(dataSource, IsolationName.of(testClass), Set.of());
        rows.forEach(row -> secrets.scan("table " + row.getKey(), row.getValue()));
        secrets.scan("log output", logOutput);
        return new Scanned(env, configprops, records.size(), rows.size());
    }

    /**
     * The shop tokens the TikTok simulator minted: the token table is the one place they belong
     * (docs/adr/0004), so they are secrets everywhere else.
     */
    public static void addShopTokens(KnownSecrets secrets, DataSource dataSource, String tokenTable) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select shop_id, access_token, refresh_token from " + tokenTable)) {
            while (row.next()) {
                secrets.add("access token of " + row.getString(1), row.getString(2));
                secrets.add("refresh token of " + row.getString(1), row.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the shop tokens of " + tokenTable, e);
        }
    }

    /** An actuator page on the management port, read as ops (a test exposes env and configprops for this). */
    public static String actuator(Environment environment, String endpoint) {
        int port = environment.getRequiredProperty("local.management.port", Integer.class);
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(TestCallers.as("ops", HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/" + endpoint))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("/actuator/" + endpoint + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A meter's name, description, unit and tags: everything about it a secret could end up in. */
    private static String describe(Meter meter) {
        StringBuilder text = new StringBuilder(meter.getId().getName()).append(' ')
                .append(meter.getId().getDescription()).append(' ').append(meter.getId().getBaseUnit());
        meter.getId().getTags().forEach(tag -> text.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
        return text.toString();
    }
}
