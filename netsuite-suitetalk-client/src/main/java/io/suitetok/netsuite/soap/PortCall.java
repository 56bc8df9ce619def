package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import com.netsuite.webservices.platform_2025_2.NetSuitePortType;

/** One invocation of a generated port method with a freshly signed passport. */
@FunctionalInterface
interface PortCall<T> {

    T invoke(NetSuitePortType port, TokenPassport passport) throws Exception;
}
