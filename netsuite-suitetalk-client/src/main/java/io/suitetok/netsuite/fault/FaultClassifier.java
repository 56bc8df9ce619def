package io.suitetok.netsuite.fault;

import com.netsuite.webservices.platform.faults_2025_2.SoapFault;
import com.netsuite.webservices.platform_2025_2.ExceededConcurrentRequestLimitFault;
import com.netsuite.webservices.platform_2025_2.ExceededRecordCountFault;
import com.netsuite.webservices.platform_2025_2.ExceededRequestLimitFault;
import com.netsuite.webservices.platform_2025_2.ExceededRequestSizeFault;
import com.netsuite.webservices.platform_2025_2.ExceededUsageLimitFault;
import com.netsuite.webservices.platform_2025_2.InsufficientPermissionFault;
import com.netsuite.webservices.platform_2025_2.InvalidCredentialsFault;
import com.netsuite.webservices.platform_2025_2.InvalidSessionFault;
import com.netsuite.webservices.platform_2025_2.UnexpectedErrorFault;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts every SuiteTalk failure into a {@link FaultClass}.
 *
 * <ul>
 *   <li>Throttled: {@code WS_REQUEST_BLOCKED} (TBA over the account limit),
 *       {@code WS_CONCUR_SESSION_DISALLWD}, and the two request-limit fault types (Oracle's guidance).</li>
 *   <li>Retry: faults whose message names one of the transient server conditions NetSuite is known to
 *       return (the list the Ruby gem retries), 5xx without a NetSuite fault, and network errors.</li>
 *   <li>Re-read then retry: {@code RCRD_HAS_BEEN_CHANGED}.</li>
 *   <li>Authentication: the caller was refused ({@code InvalidCredentialsFault}, {@code INVALID_LOGIN_ATTEMPT},
 *       {@code InsufficientPermissionFault}, {@code INSUFFICIENT_PERMISSION}, HTTP 401/403...): the call
 *       fails at once, the records wait; no record is blamed.</li>
 *   <li>Unreadable response: an answer arrived that could not be parsed. Not a lost answer (no look-up,
 *       no blind resend); the call fails and the records wait.</li>
 *   <li>Everything else is not retried: invalid references, permissions, field values, duplicates,
 *       login failures, and codes this class does not know.</li>
 * </ul>
 * Timeouts, dropped connections and 5xx answers mark the outcome unknown: the server may have
 * committed the write before the answer was lost.
 */
public final class FaultClassifier {

    /** An answer arrived and could not be read. */
    public static final String UNREADABLE_RESPONSE = "HUB_UNREADABLE_RESPONSE";
    /** NetSuite's XML parser refused the request (a schema violation): nothing was processed. */
    public static final String REQUEST_NOT_READ = "HUB_REQUEST_NOT_READ";

    private static final Set<String> THROTTLING_CODES = Set.of("WS_REQUEST_BLOCKED", "WS_CONCUR_SESSION_DISALLWD");
    private static final Set<String> TRANSIENT_CODES = Set.of("ACCT_TEMP_UNAVAILABLE", "SESSION_TIMED_OUT");
    private static final List<String> TRANSIENT_MESSAGES = List.of(
            "java.util.ConcurrentModificationException",
            "NullPointerException",
            "IllegalStateException",
            "InvocationTargetException",
            "NLDatabaseOfflineException",
            "NoCompanyDbsOnlineException",
            "CacheUnavailableException",
            "An unexpected error occurred.",
            "Session invalidation is in progress with different thread",
            "regularly scheduled maintenance",
            // sic: NetSuite's own spelling
            "The Connection Pool is not intialized");
    /**
     * Codes that refuse the caller rather than the record: credentials, token signature (NetSuite
     * answers a bad TBA signature with INVALID_LOGIN_ATTEMPT), login and session, role permissions.
     */
    private static final Set<String> AUTHENTICATION_CODES = Set.of("INVALID_LOGIN_ATTEMPT", "INVALID_LOGIN",
            "INVALID_LOGIN_CREDENTIALS", "INVALID_CREDENTIALS", "LOGIN_DISABLED", "INVALID_ACCT", "INVALID_ROLE",
            "INSUFFICIENT_PERMISSION", "WS_PERMISSION_REQD", "WS_FEATURE_REQD", "WS_LOG_IN_REQD", "INVALID_SESSION",
            "ACCT_DISABLED", "INVALID_TOKEN", "EXPIRED_TOKEN");
    private static final Pattern HTTP_STATUS = Pattern.compile("status code (\\d{3})");

    /** Classifies a per-record status detail inside a write or read response. */
    public FaultClass classifyCode(String code, String message) {
        String safeCode = code == null ? "" : code;
        if (THROTTLING_CODES.contains(safeCode)) {
            return FaultClass.THROTTLED;
        }
        if ("RCRD_HAS_BEEN_CHANGED".equals(safeCode)) {
            return FaultClass.REREAD_THEN_RETRY;
        }
        if (TRANSIENT_CODES.contains(safeCode) || mentionsTransientCondition(message)) {
            return FaultClass.RETRY;
        }
        if (AUTHENTICATION_CODES.contains(safeCode)) {
            return FaultClass.AUTHENTICATION;
        }
        return FaultClass.DO_NOT_RETRY;
    }

    /** Classifies anything a generated port method throws. */
    public SuiteTalkFault classify(Throwable failure) {
        if (failure instanceof UnsuccessfulStatusException f) {
            return new SuiteTalkFault(f.code(), f.detail(), classifyCode(f.code(), f.detail()), false);
        }
        if (failure instanceof ExceededConcurrentRequestLimitFault f) {
            return throttled(f.getFaultInfo());
        }
        if (failure instanceof ExceededRequestLimitFault f) {
            return throttled(f.getFaultInfo());
        }
        if (failure instanceof UnexpectedErrorFault f) {
            return byCode(f.getFaultInfo());
        }
        if (failure instanceof InvalidSessionFault f) {
            return byCode(f.getFaultInfo());
        }
        if (failure instanceof InvalidCredentialsFault f) {
            return refusedCaller(f.getFaultInfo());
        }
        if (failure instanceof InsufficientPermissionFault f) {
            return refusedCaller(f.getFaultInfo());
        }
        if (failure instanceof ExceededRecordCountFault f) {
            return never(f.getFaultInfo());
        }
        if (failure instanceof ExceededRequestSizeFault f) {
            return never(f.getFaultInfo());
        }
        if (failure instanceof ExceededUsageLimitFault f) {
            // Usage limits are counted over hours, not seconds: a quick retry only spends more of it.
            return never(f.getFaultInfo());
        }
        if (failure instanceof SOAPFaultException f) {
            String text = f.getFault() == null ? f.getMessage() : f.getFault().getFaultString();
            if (text != null && text.startsWith("org.xml.sax.")) {
                // NetSuite's parser refused the request itself (schema, encoding): nothing was processed,
                // and the same request would be refused again.
                return new SuiteTalkFault(REQUEST_NOT_READ, text, FaultClass.DO_NOT_RETRY, false);
            }
            // A SOAP fault without a NetSuite detail: the server failed somewhere, maybe after committing.
            return new SuiteTalkFault("HUB_SOAP_FAULT", text, FaultClass.RETRY, true);
        }
        if (failure instanceof WebServiceException f) {
            return transport(f);
        }
        return new SuiteTalkFault("HUB_CLIENT_ERROR", String.valueOf(failure), FaultClass.DO_NOT_RETRY, true);
    }

    private SuiteTalkFault transport(WebServiceException failure) {
        Matcher status = HTTP_STATUS.matcher(String.valueOf(failure.getMessage()));
        if (status.find()) {
            int code = Integer.parseInt(status.group(1));
            FaultClass faultClass = code >= 500 || code == 429 ? FaultClass.RETRY
                    : code == 401 || code == 403 ? FaultClass.AUTHENTICATION : FaultClass.DO_NOT_RETRY;
            return new SuiteTalkFault("HUB_HTTP_" + code, failure.getMessage(), faultClass, code >= 500);
        }
        Throwable cause = rootIo(failure);
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException) {
            return new SuiteTalkFault("HUB_CONNECT_FAILED", cause.toString(), FaultClass.RETRY, false);
        }
        if (cause instanceof SocketTimeoutException timeout) {
            boolean connecting = String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
            return new SuiteTalkFault(connecting ? "HUB_CONNECT_TIMEOUT" : "HUB_READ_TIMEOUT", timeout.toString(),
                    FaultClass.RETRY, !connecting);
        }
        if (cause instanceof IOException) {
            return new SuiteTalkFault("HUB_CONNECTION_LOST", cause.toString(), FaultClass.RETRY, true);
        }
        Throwable unreadable = unreadableAnswer(failure);
        if (unreadable != null) {
            return new SuiteTalkFault(UNREADABLE_RESPONSE, unreadable.getMessage() == null ? unreadable.toString()
                    : unreadable.getMessage(),
                    FaultClass.UNREADABLE_RESPONSE, false);
        }
        return new SuiteTalkFault("HUB_WS_ERROR", String.valueOf(failure.getMessage()), FaultClass.RETRY, true);
    }

    /**
     * The parser's complaint when an answer arrived but could not be read: malformed XML, a content type
     * that is not SOAP, or content JAXB cannot bind.
     */
    private static Throwable unreadableAnswer(Throwable failure) {
        for (Throwable current = failure; current != null;
             current = current.getCause() == current ? null : current.getCause()) {
            String type = current.getClass().getName();
            if (current instanceof javax.xml.stream.XMLStreamException || current instanceof org.xml.sax.SAXException
                    || current instanceof jakarta.xml.bind.JAXBException
                    || type.endsWith("UnsupportedMediaException") || type.endsWith("XMLStreamReaderException")) {
                return current;
            }
        }
        String message = String.valueOf(failure.getMessage());
        return message.contains("Unsupported Content-Type") || message.contains("Unexpected response")
                ? failure : null;
    }

    private static Throwable rootIo(Throwable failure) {
        Throwable current = failure;
        Throwable io = null;
        while (current != null) {
            if (current instanceof IOException) {
                io = current;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return io;
    }

    private SuiteTalkFault throttled(SoapFault info) {
        return new SuiteTalkFault(code(info), message(info), FaultClass.THROTTLED, false);
    }

    private SuiteTalkFault byCode(SoapFault info) {
        return new SuiteTalkFault(code(info), message(info), classifyCode(code(info), message(info)), false);
    }

    private SuiteTalkFault refusedCaller(SoapFault info) {
        return new SuiteTalkFault(code(info), message(info), FaultClass.AUTHENTICATION, false);
    }

    private SuiteTalkFault never(SoapFault info) {
        return new SuiteTalkFault(code(info), message(info), FaultClass.DO_NOT_RETRY, false);
    }

    private static boolean mentionsTransientCondition(String message) {
        if (message == null) {
            return false;
        }
        return TRANSIENT_MESSAGES.stream().anyMatch(message::contains);
    }

    private static String code(SoapFault info) {
        return info == null || info.getCode() == null ? "UNKNOWN" : info.getCode();
    }

    private static String message(SoapFault info) {
        return info == null ? "" : info.getMessage();
    }
}
