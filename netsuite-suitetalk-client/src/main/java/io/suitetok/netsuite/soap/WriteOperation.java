package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import java.util.List;

/** One SuiteTalk write operation: its name, how many records a request may carry, and the port call. */
record WriteOperation(String name, int chunkSize, Replay replay, Invoker invoker) {

    @FunctionalInterface
    interface Invoker {
        List<WriteResponse> invoke(NetSuitePortType port, TokenPassport passport, List<Record> records)
                throws Exception;
    }

    boolean adds() {
        return replay == Replay.UNSAFE;
    }
}
