package io.suitetok.netsuite.soap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock responder for list tests: answers a list write with one successful writeResponse per
 * record sent (echoing its external id), and a getList with one found record per reference, so that
 * tests can send hundreds of records without hundreds of fixtures.
 */
public final class EchoWriteResponses implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "echo-write-responses";

    private final AtomicInteger nextInternalId = new AtomicInteger(50_000);

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        SoapXml request = SoapXml.parse(serveEvent.getRequest().getBodyAsString());
        String operation = request.text("local-name(/soap:Envelope/soap:Body/*[1])");
        StringBuilder body = new StringBuilder();
        if (operation.equals("getList")) {
            int refs = request.count("/soap:Envelope/soap:Body/*[1]/platformMsgs:baseRef");
            body.append("<readResponseList><platformCore:status isSuccess=\"true\"/>");
            for (int i = 1; i <= refs; i++) {
                String internalId = request.text("/soap:Envelope/soap:Body/*[1]/platformMsgs:baseRef[" + i + "]/@internalId");
                body.append("<readResponse><platformCore:status isSuccess=\"true\"/>")
                        .append("<record xsi:type=\"tranSales:SalesOrder\" internalId=\"").append(internalId)
                        .append("\"><tranSales:tranId>SO").append(internalId).append("</tranSales:tranId></record>")
                        .append("</readResponse>");
            }
            body.append("</readResponseList>");
        } else {
            int records = request.count("/soap:Envelope/soap:Body/*[1]/platformMsgs:record");
            body.append("<writeResponseList><platformCore:status isSuccess=\"true\"/>");
            for (int i = 1; i <= records; i++) {
                String record = "/soap:Envelope/soap:Body/*[1]/platformMsgs:record[" + i + "]";
                String externalId = request.text(record + "/@externalId");
                String internalId = request.text(record + "/@internalId");
                String type = request.xsiTypeLocalName(record);
                body.append("<writeResponse><platformCore:status isSuccess=\"true\"/>")
                        .append("<baseRef xsi:type=\"platformCore:RecordRef\" type=\"")
                        .append(Character.toLowerCase(type.charAt(0))).append(type.substring(1))
                        .append("\" internalId=\"")
                        .append(internalId.isEmpty() ? String.valueOf(nextInternalId.incrementAndGet()) : internalId)
                        .append("\" externalId=\"").append(externalId).append("\"/></writeResponse>");
            }
            body.append("</writeResponseList>");
        }
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:platformCore=\"urn:core_2025_2.platform.webservices.netsuite.com\""
                + " xmlns:tranSales=\"urn:sales_2025_2.transactions.webservices.netsuite.com\"><soapenv:Body>"
                + "<" + operation + "Response xmlns=\"urn:messages_2025_2.platform.webservices.netsuite.com\">"
                + body + "</" + operation + "Response></soapenv:Body></soapenv:Envelope>";
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                .withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(envelope)
                .build();
    }
}
