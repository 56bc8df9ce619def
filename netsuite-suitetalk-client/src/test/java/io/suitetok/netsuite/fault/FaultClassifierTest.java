package io.suitetok.netsuite.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.platform_2025_2.ExceededConcurrentRequestLimitFault;
import com.netsuite.webservices.platform_2025_2.InvalidCredentialsFault;
import com.netsuite.webservices.platform_2025_2.UnexpectedErrorFault;
import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultClassifierTest {

    private final FaultClassifier classifier = new FaultClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WS_REQUEST_BLOCKED         | SuiteTalk concurrent request limit exceeded. Request blocked. | THROTTLED",
            "WS_CONCUR_SESSION_DISALLWD | Only one request may be made against a session at a time     | THROTTLED",
            "RCRD_HAS_BEEN_CHANGED      | Record has been changed                                       | REREAD_THEN_RETRY",
            "UNEXPECTED_ERROR           | An unexpected error occurred. Error ID: abc                   | RETRY",
            "USER_ERROR                 | java.util.ConcurrentModificationException                    | RETRY",
            "UNEXPECTED_ERROR           | NLDatabaseOfflineException                                    | RETRY",
            "INVALID_KEY_OR_REF         | Invalid item reference key 9999.                              | DO_NOT_RETRY",
            "INSUFFICIENT_PERMISSION    | Permission Violation                                          | AUTHENTICATION",
            "INVALID_FLD_VALUE          | You have entered an Invalid Field Value 12,5 for rate        | DO_NOT_RETRY",
            "DUP_RCRD                   | This record already exists                                    | DO_NOT_RETRY",
            "INVALID_LOGIN_ATTEMPT      | Invalid login attempt.                                        | AUTHENTICATION",
            "RCRD_LOCKED_BY_WF          | This record has been locked by a user defined workflow.      | DO_NOT_RETRY",
            "SOME_FUTURE_CODE           | something new                                                 | DO_NOT_RETRY"})
    void recordCodesAreClassifiedAsTheReferenceSays(String code, String message, FaultClass expected) {
        assertThat(classifier.classifyCode(code, message)).isEqualTo(expected);
    }

    @Test
    void concurrencyFaultIsThrottled() {
        var info = new ExceededConcurrentRequestLimitFaultInfo();
        info.setCode("WS_REQUEST_BLOCKED");
        info.setMessage("SuiteTalk concurrent request limit exceeded. Request blocked.");

        SuiteTalkFault fault = classifier.classify(new ExceededConcurrentRequestLimitFault("blocked", info));

        assertThat(fault.faultClass()).isEqualTo(FaultClass.THROTTLED);
        assertThat(fault.code()).isEqualTo("WS_REQUEST_BLOCKED");
        assertThat(fault.outcomeUnknown()).isFalse();
    }

    @Test
    void invalidLoginIsAFailureOfTheCallerNotOfTheRecord() {
        var info = new InvalidCredentialsFaultInfo();
        info.setCode("INVALID_LOGIN_ATTEMPT");
        info.setMessage("Invalid login attempt.");

        FaultClass faultClass = classifier.classify(new InvalidCredentialsFault("login", info)).faultClass();

        assertThat(faultClass).isEqualTo(FaultClass.AUTHENTICATION);
        assertThat(faultClass.retryNow()).isFalse();
        assertThat(faultClass.retryable()).isTrue();
    }

    @Test
    void anAnswerThatCannotBeParsedIsUnreadableNotLost() {
        SuiteTalkFault unreadable = classifier.classify(new WebServiceException(
                new javax.xml.stream.XMLStreamException("ParseError at [row,col]:[1,1] Content is not allowed in prolog.")));

        assertThat(unreadable.code()).isEqualTo(FaultClassifier.UNREADABLE_RESPONSE);
        assertThat(unreadable.faultClass()).isEqualTo(FaultClass.UNREADABLE_RESPONSE);
        assertThat(unreadable.outcomeUnknown()).isFalse();
        assertThat(unreadable.faultClass().retryNow()).isFalse();
    }

    @Test
    void unexpectedErrorIsRetriedOnlyWhenItsMessageIsATransientOne() {
        var transientInfo = new UnexpectedErrorFaultInfo();
        transientInfo.setCode("UNEXPECTED_ERROR");
        transientInfo.setMessage("The Connection Pool is not intialized.");
        var dataInfo = new UnexpectedErrorFaultInfo();
        dataInfo.setCode("USER_ERROR");
        dataInfo.setMessage("The field rate contained more than the maximum number of characters allowed.");

        assertThat(classifier.classify(new UnexpectedErrorFault("x", transientInfo)).faultClass())
                .isEqualTo(FaultClass.RETRY);
        assertThat(classifier.classify(new UnexpectedErrorFault("x", dataInfo)).faultClass())
                .isEqualTo(FaultClass.DO_NOT_RETRY);
    }

    @Test
    void readTimeoutMayHaveCommittedButRefusedConnectionCannot() {
        SuiteTalkFault readTimeout = classifier.classify(
                new WebServiceException(new SocketTimeoutException("Read timed out")));
        SuiteTalkFault refused = classifier.classify(new WebServiceException(new ConnectException("Connection refused")));
        SuiteTalkFault dropped = classifier.classify(
                new WebServiceException(new IOException("Unexpected end of file from server")));

        assertThat(readTimeout.faultClass()).isEqualTo(FaultClass.RETRY);
        assertThat(readTimeout.outcomeUnknown()).isTrue();
        assertThat(refused.faultClass()).isEqualTo(FaultClass.RETRY);
        assertThat(refused.outcomeUnknown()).isFalse();
        assertThat(dropped.outcomeUnknown()).isTrue();
    }

    @Test
    void serverErrorsAreRetriedAndAForbiddenAnswerIsAnAuthenticationFailure() {
        SuiteTalkFault unavailable = classifier.classify(new WebServiceException(
                "The server sent HTTP status code 503: Service Unavailable"));
        SuiteTalkFault forbidden = classifier.classify(new WebServiceException(
                "The server sent HTTP status code 403: Forbidden"));

        assertThat(unavailable.code()).isEqualTo("HUB_HTTP_503");
        assertThat(unavailable.faultClass()).isEqualTo(FaultClass.RETRY);
        assertThat(unavailable.outcomeUnknown()).isTrue();
        assertThat(forbidden.faultClass()).isEqualTo(FaultClass.AUTHENTICATION);
    }

    /** The fault beans share their simple names with the exceptions that carry them. */
    private static final class ExceededConcurrentRequestLimitFaultInfo
            extends com.netsuite.webservices.platform.faults_2025_2.ExceededConcurrentRequestLimitFault {
    }

    private static final class InvalidCredentialsFaultInfo
            extends com.netsuite.webservices.platform.faults_2025_2.InvalidCredentialsFault {
    }

    private static final class UnexpectedErrorFaultInfo
            extends com.netsuite.webservices.platform.faults_2025_2.UnexpectedErrorFault {
    }
}
