package io.suitetok.sandbox.netsuite.soap;

import com.netsuite.webservices.platform.faults_2025_2.SoapFault;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import javax.xml.namespace.QName;

/**
 * SOAP faults in NetSuite's shape: {@code faultcode soapenv:Server.userException}, the message as
 * {@code faultstring}, and in {@code detail} the fault element ({@code platformFaults:exceeded...Fault})
 * with its code and message, followed by the answering host's name.
 */
public final class SoapFaults {

    private static final String FAULTS_NS = "urn:faults_2025_2.platform.webservices.netsuite.com";
    private static final QName USER_EXCEPTION = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE,
            "Server.userException", "soapenv");
    private static final QName HOSTNAME = new QName("http://xml.apache.org/axis/", "hostname", "ns1");
    private static final JAXBContext FAULTS;

    static {
        try {
            FAULTS = JAXBContext.newInstance(com.netsuite.webservices.platform.faults_2025_2.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SoapFaults() {
    }

    public static SOAPFaultException requestBlocked() {
        return fault("ExceededConcurrentRequestLimitFault", "WS_REQUEST_BLOCKED",
                "SuiteTalk concurrent request limit exceeded. Request blocked.");
    }

    public static SOAPFaultException invalidLogin() {
        return fault("InvalidCredentialsFault", "INVALID_LOGIN_ATTEMPT", "Invalid login attempt.");
    }

    public static SOAPFaultException loginRequired() {
        return fault("InvalidSessionFault", "WS_LOG_IN_REQD",
                "You must log in before performing a web service operation.");
    }

    public static SOAPFaultException unexpectedError() {
        return fault("UnexpectedErrorFault", "UNEXPECTED_ERROR",
                "An unexpected error occurred. Error ID: " + Long.toString(System.nanoTime(), 36));
    }

    public static SOAPFaultException tooManyRecords(String message) {
        return fault("ExceededRecordCountFault", "MAX_RCRDS_EXCEEDED", message);
    }

    /** {@code type} is the fault's schema type name, such as {@code ExceededConcurrentRequestLimitFault}. */
    public static SOAPFaultException fault(String type, String code, String message) {
        try {
            SoapFault bean = (SoapFault) Class.forName(SoapFault.class.getPackageName() + "." + type)
                    .getDeclaredConstructor().newInstance();
            bean.setCode(code);
            bean.setMessage(message);
            SOAPFault fault = SOAPFactory.newInstance().createFault(message, USER_EXCEPTION);
            Detail detail = fault.addDetail();
            QName element = new QName(FAULTS_NS, Character.toLowerCase(type.charAt(0)) + type.substring(1),
                    "platformFaults");
            @SuppressWarnings({"unchecked", "rawtypes"})
            JAXBElement<?> content = new JAXBElement(element, bean.getClass(), bean);
            FAULTS.createMarshaller().marshal(content, detail);
            detail.addDetailEntry(HOSTNAME).addTextNode("suitetok-netsuite-simulator");
            return new SOAPFaultException(fault);
        } catch (ReflectiveOperationException | SOAPException | JAXBException e) {
            throw new IllegalStateException("cannot build the " + type + " fault", e);
        }
    }
}
