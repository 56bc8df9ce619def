package io.suitetok.netsuite.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaOrderFactsTest {

    private static final Path SUBSET = Path.of("src/main/resources/wsdl/2025_2");
    private static final SchemaFacts ORDER =
            SchemaFacts.read(Path.of("src/test/resources/schema-facts/netsuite-2025_2-element-order.txt"));
    private static final SchemaFacts VALUES =
            SchemaFacts.read(Path.of("src/test/resources/schema-facts/netsuite-2025_2-enumerations.txt"));

    /**
     * Response-only code lists, bound to String in Java: NetSuite sends codes outside its published
     * lists (INVALID_LOGIN_ATTEMPT in a fault), so these are documentation, not a contract.
     */
    private static final Set<String> RESPONSE_ONLY_CODE_LISTS = Set.of("FaultCodeType", "StatusDetailCodeType");

    /** Types whose order was not checked against a published source; shrinking this list is welcome. */
    private static final Set<String> NOT_YET_VERIFIED = Set.of("Preferences", "TransactionSearchBasic",
            "CustomerSearchBasic", "DeletedRecordList", "GetDeletedResult", "MatrixOptionList", "PriceList", "Price",
            "PricingMatrix", "CurrencyRateList", "GetCurrencyRateResult", "GetCurrencyRateRequest",
            "GetCurrencyRateResponse");

    @Test
    void everySequenceOfTheSubsetFollowsNetSuitesElementOrder() {
        XsdDeclarations subset = XsdDeclarations.readDirectory(SUBSET);

        assertThat(SequenceOrderCheck.problems(subset.sequences(), ORDER)).isEmpty();
    }

    @Test
    void everyEnumerationValueOfTheSubsetExistsInNetSuite() {
        XsdDeclarations subset = XsdDeclarations.readDirectory(SUBSET);

        assertThat(SequenceOrderCheck.enumerationProblems(subset.enumerations(), VALUES, RESPONSE_ONLY_CODE_LISTS))
                .isEmpty();
    }

    @Test
    void theTypesNotYetCheckedAreAnExplicitList() {
        assertThat(ORDER.unverified()).isEqualTo(new java.util.TreeSet<>(NOT_YET_VERIFIED));
    }

    @Test
    void aSwapOrAnInventedElementIsCaught() {
        XsdDeclarations swapped = XsdDeclarations.readText("""
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x">
                  <xsd:complexType name="SalesOrder"><xsd:sequence>
                    <xsd:element name="currency" type="xsd:string"/>
                    <xsd:element name="entity" type="xsd:string"/>
                    <xsd:element name="other" type="xsd:string"/>
                  </xsd:sequence></xsd:complexType>
                  <xsd:complexType name="Invented"><xsd:sequence>
                    <xsd:element name="a" type="xsd:string"/>
                  </xsd:sequence></xsd:complexType>
                  <xsd:simpleType name="Country"><xsd:restriction base="xsd:string">
                    <xsd:enumeration value="_vietnam"/>
                  </xsd:restriction></xsd:simpleType>
                </xsd:schema>""");

        assertThat(SequenceOrderCheck.problems(swapped.sequences(), ORDER)).containsExactlyInAnyOrder(
                "SalesOrder: entity comes before currency in NetSuite's order",
                "SalesOrder.other: NetSuite's SalesOrder has no such element",
                "Invented: no line in the reference order table");
        assertThat(SequenceOrderCheck.enumerationProblems(swapped.enumerations(), VALUES, Set.of()))
                .containsExactly("Country: NetSuite has no value _vietnam");
    }
}
