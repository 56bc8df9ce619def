package io.suitetok.netsuite.soap;

import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import com.netsuite.webservices.platform_2025_2.NetSuiteService;
import com.sun.xml.ws.developer.JAXWSProperties;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Port proxies, each pointed at the account-specific endpoint with the configured timeouts. The
 * address in the WSDL is never used. A proxy is used by one request at a time (JAX-WS does not
 * promise proxies are thread-safe), so the pool grows to the concurrency share and no further.
 */
final class PortPool {

    private static final int STREAMING_CHUNK_BYTES = 8192;

    private final NetSuiteService service;
    private final URI endpoint;
    private final int connectTimeoutMillis;
    private final int requestTimeoutMillis;
    private final ConcurrentLinkedQueue<NetSuitePortType> idle = new ConcurrentLinkedQueue<>();

    private final UnknownContentSkipper skipper;

    PortPool(SuiteTalkConfig config, UnknownContentSkipper skipper) {
        this.skipper = skipper;
        // Reads the project's WSDL from the classpath once; nothing is fetched over the network.
        this.service = new NetSuiteService();
        this.endpoint = config.endpoint();
        this.connectTimeoutMillis = Math.toIntExact(config.connectTimeout().toMillis());
        this.requestTimeoutMillis = Math.toIntExact(config.requestTimeout().toMillis());
    }

    NetSuitePortType borrow() {
        NetSuitePortType port = idle.poll();
        return port != null ? port : create();
    }

    void giveBack(NetSuitePortType port) {
        idle.offer(port);
    }

    URI endpoint() {
        return endpoint;
    }

    private synchronized NetSuitePortType create() {
        NetSuitePortType port = service.getNetSuitePort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
        context.put(JAXWSProperties.CONNECT_TIMEOUT, connectTimeoutMillis);
        context.put(JAXWSProperties.REQUEST_TIMEOUT, requestTimeoutMillis);
        // HttpURLConnection silently sends a POST a second time when a kept-alive connection turns out to
        // be closed (sun.net.http.retryPost), which would repeat an add behind the client's back. It never
        // replays a streamed body, so requests go chunked (as NetSuite's own Axis toolkit sends them).
        context.put(JAXWSProperties.HTTP_CLIENT_STREAMING_CHUNK_SIZE, STREAMING_CHUNK_BYTES);
        BindingProvider binding = (BindingProvider) port;
        @SuppressWarnings("rawtypes")
        java.util.List<jakarta.xml.ws.handler.Handler> chain = binding.getBinding().getHandlerChain();
        chain.add(skipper);
        binding.getBinding().setHandlerChain(chain);
        return port;
    }
}
