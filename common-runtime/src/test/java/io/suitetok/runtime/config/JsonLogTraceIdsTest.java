package io.suitetok.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.testkit.EmbeddedHubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** docs/tracing.md: a deployment's JSON log line names the trace and span it was written in. */
@EmbeddedHubTest
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = RuntimeTestApplication.class, properties = "hub.logging.json=true")
class JsonLogTraceIdsTest {

    @Autowired
    Tracer tracer;

    @Test
    void aLineLoggedInsideASpanCarriesItsTraceAndSpanId(CapturedOutput output) {
        Span span = tracer.nextSpan().name("webhook").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            LoggerFactory.getLogger(JsonLogTraceIdsTest.class).info("order 576469000000000777 received");
        } finally {
            span.end();
        }

        assertThat(output.getOut().lines().filter(line -> line.contains("576469000000000777")))
                .singleElement().asString()
                .startsWith("{")
                .contains("\"traceId\":\"" + span.context().traceId() + "\"")
                .contains("\"spanId\":\"" + span.context().spanId() + "\"");
    }
}
