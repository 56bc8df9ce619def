package io.suitetok.sandbox.netsuite.soap;

import com.netsuite.webservices.platform.core_2025_2.BaseRef;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRateFilter;
import com.netsuite.webservices.platform.core_2025_2.GetCurrencyRateResult;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedFilter;
import com.netsuite.webservices.platform.core_2025_2.GetDeletedResult;
import com.netsuite.webservices.platform.core_2025_2.GetItemAvailabilityResult;
import com.netsuite.webservices.platform.core_2025_2.GetServerTimeResult;
import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.ItemAvailabilityFilter;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.SearchRecord;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import com.netsuite.webservices.platform.messages_2025_2.Preferences;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponseList;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponseList;
import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import com.sun.net.httpserver.HttpExchange;
import com.sun.xml.ws.developer.JAXWSProperties;
import io.suitetok.netsuite.list.RecordLimits;
import io.suitetok.netsuite.wire.RecordKeys;
import io.suitetok.sandbox.netsuite.account.Responses;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.netsuite.account.TooManyRecordsException;
import io.suitetok.sandbox.netsuite.auth.PassportRejected;
import io.suitetok.sandbox.netsuite.auth.PassportVerifier;
import io.suitetok.sandbox.netsuite.faults.FaultInjector;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.netsuite.governance.AccountConcurrencyGate;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The simulated SuiteTalk 2025_2 port, implementing the interface generated from the client's WSDL.
 * Every request goes through the same steps: the token passport is verified, a slot of the account
 * concurrency limit is taken (or WS_REQUEST_BLOCKED), injected faults for before processing apply,
 * the operation runs against the account, the latency model holds the slot, and injected faults for
 * after the commit apply.
 */
@WebService(endpointInterface = "com.netsuite.webservices.platform_2025_2.NetSuitePortType",
        serviceName = "NetSuiteService", portName = "NetSuitePort",
        targetNamespace = "urn:platform_2025_2.webservices.netsuite.com",
        wsdlLocation = "wsdl/2025_2/netsuite.wsdl")
public class NetSuitePortEndpoint implements NetSuitePortType {

    @Resource
    private WebServiceContext context;

    private final SimulatedAccount account;
    private final PassportVerifier passports;
    private final AccountConcurrencyGate gate;
    private final FaultInjector faults;
    private final Supplier<LatencyModel> latency;
    private final RequestCounter requests;

    public NetSuitePortEndpoint(SimulatedAccount account, PassportVerifier passports, AccountConcurrencyGate gate,
                                FaultInjector faults, Supplier<LatencyModel> latency, RequestCounter requests) {
        this.account = account;
        this.passports = passports;
        this.gate = gate;
        this.faults = faults;
        this.latency = latency;
        this.requests = requests;
    }

    // ---- writes -------------------------------------------------------------------------------------

    @Override
    public WriteResponse add(Record record, TokenPassport tokenPassport, Preferences preferences) {
        return serve("add", tokenPassport, () -> write("add", List.of(record), account::add).get(0), r -> 1);
    }

    @Override
    public WriteResponseList addList(List<Record> record, TokenPassport tokenPassport, Preferences preferences) {
        return serve("addList", tokenPassport, () -> writeList("addList", record, RecordLimits.ADD_LIST, account::add),
                r -> record.size());
    }

    @Override
    public WriteResponse update(Record record, TokenPassport tokenPassport, Preferences preferences) {
        return serve("update", tokenPassport, () -> write("update", List.of(record), account::update).get(0),
                r -> 1);
    }

    @Override
    public WriteResponseList updateList(List<Record> record, TokenPassport tokenPassport, Preferences preferences) {
        return serve("updateList", tokenPassport,
                () -> writeList("updateList", record, RecordLimits.UPDATE_LIST, account::update), r -> record.size());
    }

    @Override
    public WriteResponse upsert(Record record, TokenPassport tokenPassport, Preferences preferences) {
        return serve("upsert", tokenPassport, () -> write("upsert", List.of(record), account::upsert).get(0),
                r -> 1);
    }

    @Override
    public WriteResponseList upsertList(List<Record> record, TokenPassport tokenPassport, Preferences preferences) {
        return serve("upsertList", tokenPassport,
                () -> writeList("upsertList", record, RecordLimits.UPSERT_LIST, account::upsert), r -> record.size());
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Override
    public ReadResponse get(BaseRef baseRef, TokenPassport tokenPassport, Preferences preferences) {
        return serve("get", tokenPassport, () -> account.get(baseRef), r -> 1);
    }

    @Override
    public ReadResponseList getList(List<BaseRef> baseRef, TokenPassport tokenPassport, Preferences preferences) {
        return serve("getList", tokenPassport, () -> {
            limit(baseRef.size(), RecordLimits.GET_LIST);
            ReadResponseList list = new ReadResponseList();
            list.setStatus(Responses.success());
            baseRef.forEach(ref -> list.getReadResponse().add(account.get(ref)));
            return list;
        }, r -> baseRef.size());
    }

    @Override
    public SearchResult search(SearchRecord searchRecord, TokenPassport tokenPassport, Preferences preferences,
                               SearchPreferences searchPreferences) {
        return serve("search", tokenPassport, () -> account.search(searchRecord, searchPreferences),
                NetSuitePortEndpoint::recordsIn);
    }

    @Override
    public SearchResult searchMoreWithId(String searchId, int pageIndex, TokenPassport tokenPassport,
                                         Preferences preferences, SearchPreferences searchPreferences) {
        return serve("searchMoreWithId", tokenPassport, () -> account.searchMore(searchId, pageIndex),
                NetSuitePortEndpoint::recordsIn);
    }

    @Override
    public ReadResponse initialize(InitializeRecord initializeRecord, TokenPassport tokenPassport,
                                   Preferences preferences) {
        return serve("initialize", tokenPassport, () -> account.initialize(initializeRecord), r -> 1);
    }

    @Override
    public GetItemAvailabilityResult getItemAvailability(ItemAvailabilityFilter itemAvailabilityFilter,
                                                         TokenPassport tokenPassport, Preferences preferences) {
        return serve("getItemAvailability", tokenPassport, () -> {
            try {
                return account.itemAvailability(itemAvailabilityFilter);
            } catch (TooManyRecordsException e) {
                throw SoapFaults.tooManyRecords(e.getMessage());
            }
        }, result -> result.getItemAvailabilityList() == null ? 0
                : result.getItemAvailabilityList().getItemAvailability().size());
    }

    @Override
    public GetCurrencyRateResult getCurrencyRate(CurrencyRateFilter currencyRateFilter, TokenPassport tokenPassport,
                                                 Preferences preferences) {
        return serve("getCurrencyRate", tokenPassport, () -> account.currencyRates(currencyRateFilter),
                result -> result.getCurrencyRateList() == null ? 0
                        : result.getCurrencyRateList().getCurrencyRate().size());
    }

    @Override
    public GetServerTimeResult getServerTime(TokenPassport tokenPassport, Preferences preferences) {
        return serve("getServerTime", tokenPassport, () -> {
            GetServerTimeResult result = new GetServerTimeResult();
            result.setStatus(Responses.success());
            result.setServerTime(account.now());
            return result;
        }, r -> 0);
    }

    @Override
    public GetDeletedResult getDeleted(GetDeletedFilter getDeletedFilter, int pageIndex, TokenPassport tokenPassport,
                                       Preferences preferences) {
        return serve("getDeleted", tokenPassport, () -> account.deleted(getDeletedFilter, pageIndex),
                result -> result.getDeletedRecordList() == null ? 0
                        : result.getDeletedRecordList().getDeletedRecord().size());
    }

    // -------------------------------------------------------------------------------------------------

    private <T> T serve(String operation, TokenPassport passport, Supplier<T> work, ToIntFunction<T> records) {
        requests.received(operation);
        authenticate(passport);
        if (!gate.tryEnter()) {
            throw SoapFaults.requestBlocked();
        }
        try {
            faults.takeBefore(operation).ifPresent(NetSuitePortEndpoint::before);
            long started = System.nanoTime();
            T result = work.get();
            // The model is NetSuite's whole time on the operation: the simulator's own work is part of it, not
            // added to it (on a busy machine that work alone added 10 to 30 % to a fifty-record list).
            pause(latency.get().of(operation, records.applyAsInt(result)).minusNanos(System.nanoTime() - started));
            faults.takeAfterCommit(operation).ifPresent(rule -> AfterCommit.apply(rule, exchange()));
            return result;
        } finally {
            gate.exit();
        }
    }

    private void authenticate(TokenPassport passport) {
        try {
            passports.verify(passport);
        } catch (PassportRejected rejected) {
            throw rejected.missing() ? SoapFaults.loginRequired() : SoapFaults.invalidLogin();
        }
    }

    private static void before(FaultRule rule) {
        switch (rule.kind()) {
            case UNEXPECTED_ERROR -> throw SoapFaults.unexpectedError();
            case REQUEST_BLOCKED -> throw SoapFaults.requestBlocked();
            case SLOW -> pause(Duration.ofMillis(rule.delayMillis()));
            default -> throw new IllegalArgumentException(rule.kind() + " is not a before-processing fault");
        }
    }

    private WriteResponseList writeList(String operation, List<Record> records, int max,
                                        Function<Record, WriteResponse> write) {
        limit(records.size(), max);
        WriteResponseList list = new WriteResponseList();
        list.setStatus(Responses.success());
        list.getWriteResponse().addAll(write(operation, records, write));
        return list;
    }

    /** Records are processed in the order sent, each on its own; one refused record stops nothing. */
    private List<WriteResponse> write(String operation, List<Record> records, Function<Record, WriteResponse> write) {
        boolean firstChangedMeanwhile = faults.takeRecordFault(operation).isPresent();
        List<WriteResponse> responses = new ArrayList<>(records.size());
        for (Record record : records) {
            if (firstChangedMeanwhile && responses.isEmpty()) {
                responses.add(Responses.refused(RecordKeys.type(record), RecordKeys.externalId(record),
                        "RCRD_HAS_BEEN_CHANGED", "Record has been changed"));
            } else {
                responses.add(write.apply(record));
            }
        }
        return responses;
    }

    private static void limit(int records, int max) {
        if (records > max) {
            throw SoapFaults.tooManyRecords("The number of records in this request (" + records
                    + ") exceeds the maximum allowed (" + max + ").");
        }
    }

    private HttpExchange exchange() {
        return (HttpExchange) context.getMessageContext().get(JAXWSProperties.HTTP_EXCHANGE);
    }

    private static int recordsIn(SearchResult result) {
        return result.getRecordList() == null ? 0 : result.getRecordList().getRecord().size();
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
