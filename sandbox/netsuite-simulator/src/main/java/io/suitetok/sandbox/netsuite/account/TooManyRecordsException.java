package io.suitetok.sandbox.netsuite.account;

/** A request whose answer would exceed NetSuite's record limit; the endpoint turns it into ExceededRecordCountFault. */
public class TooManyRecordsException extends RuntimeException {

    public TooManyRecordsException(String message) {
        super(message);
    }
}
