package io.suitetok.runtime.security;

import io.suitetok.runtime.audit.AuditController;
import io.suitetok.runtime.audit.AuditInterceptor;
import io.suitetok.runtime.audit.AuditTrail;
import io.suitetok.runtime.web.HubProblemDetails;
import io.suitetok.runtime.web.RequestBodyLimitFilter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what, for every service: webhooks and movement reports open (they check their own
 * signature), health and Prometheus open (on the management port), a read needs {@code viewer}, any
 * other call {@code ops}, unless the service's {@link EndpointAccess} says otherwise. Callers are
 * bearer JWTs from the identity provider, or static tokens in the local stack. Every write is audited.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HubSecurityProperties.class)
@EnableWebSecurity
public class HubSecurityAutoConfiguration {

    @Bean
    static RoleHierarchy hubRoleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(HubRole.OPS.name()).implies(HubRole.VIEWER.name())
                .role(HubRole.FINANCE.name()).implies(HubRole.VIEWER.name())
                .build();
    }

    @Bean
    SecurityFilterChain hubSecurityFilterChain(HttpSecurity http, HubSecurityProperties settings,
            ObjectProvider<EndpointAccess> services, ObjectProvider<JwtDecoder> jwtDecoder, AuditTrail audit) {
        BearerChallenge challenge = new BearerChallenge();
        RoleRefusal refusal = new RoleRefusal(audit);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(challenge).accessDeniedHandler(refusal))
                .authorizeHttpRequests(requests -> {
                    // An error page or an async answer belongs to a request that was already let through.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                            .permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(HubRole.OPS.name());
                    for (EndpointAccess service : services.orderedStream().toList()) {
                        for (EndpointAccess.Rule rule : service.rules()) {
                            var matched = rule.method() == null ? requests.requestMatchers(rule.pattern())
                                    : requests.requestMatchers(rule.method(), rule.pattern());
                            if (rule.role() == null) {
                                matched.permitAll();
                            } else {
                                matched.hasRole(rule.role().name());
                            }
                        }
                    }
                    requests.requestMatchers(HttpMethod.GET, "/**").hasRole(HubRole.VIEWER.name());
                    requests.requestMatchers(HttpMethod.HEAD, "/**").hasRole(HubRole.VIEWER.name());
                    requests.anyRequest().hasRole(HubRole.OPS.name());
                })
                .oauth2ResourceServer(resourceServer -> {
                    resourceServer.authenticationEntryPoint(challenge).accessDeniedHandler(refusal);
                    if (settings.mode() == HubSecurityProperties.Mode.TOKENS) {
                        StaticTokenIntrospector tokens = new StaticTokenIntrospector(settings.tokens());
                        resourceServer.opaqueToken(opaque -> opaque.introspector(tokens));
                    } else {
                        JwtDecoder decoder = jwtDecoder.getIfAvailable();
                        if (decoder == null) {
                            throw new IllegalStateException("hub.security.mode is jwt (the default) and no identity "
                                    + "provider is configured: set spring.security.oauth2.resourceserver.jwt.issuer-uri "
                                    + "(or .jwk-set-uri), or set hub.security.mode=tokens with hub.security.tokens");
                        }
                        JwtRoles roles = new JwtRoles(settings.jwt());
                        resourceServer.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(roles));
                    }
                });
        return http.build();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HubSecurityProperties settings) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(settings.maxBodySize().toBytes()));
        // Right after the correlation id, before security and before anything reads the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    HubProblemDetails hubProblemDetails() {
        return new HubProblemDetails();
    }

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc) {
        return new AuditTrail(jdbc);
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }

    @Bean
    WebMvcConfigurer auditedWrites(AuditTrail trail) {
        AuditInterceptor interceptor = new AuditInterceptor(trail);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }
}
