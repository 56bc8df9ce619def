package io.suitetok.runtime.security;

import io.suitetok.runtime.web.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 with the standard {@code WWW-Authenticate: Bearer …} challenge and a problem body that says
 * what was missing. The detail is one of two fixed texts: a decoder's own message could quote part of
 * the token.
 */
final class BearerChallenge implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        boolean sentToken = request.getHeader("Authorization") != null;
        ProblemResponse.write(request, response, HttpStatus.UNAUTHORIZED, sentToken
                ? "the bearer token is invalid, expired or not one this service accepts"
                : "this endpoint needs a caller: send Authorization: Bearer <token>");
    }
}
