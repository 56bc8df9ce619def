package io.suitetok.testkit;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every {@link EmbeddedHubTest} class at the shared infrastructure, isolated by its own name. */
public class EmbeddedHubContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (!AnnotatedElementUtils.hasAnnotation(testClass, EmbeddedHubTest.class)) {
            return null;
        }
        return new Customizer(IsolationName.of(testClass));
    }

    /** Equal by isolation name, so Spring's context cache keeps one context per test class. */
    private record Customizer(String isolation) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = EmbeddedInfrastructure.springProperties(isolation);
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("embeddedHub:" + isolation, properties));
            // Last: a test may configure its callers otherwise (a JWT issuer, say).
            context.getEnvironment().getPropertySources()
                    .addLast(new MapPropertySource("testCallers", TestCallers.springProperties()));
        }
    }
}
