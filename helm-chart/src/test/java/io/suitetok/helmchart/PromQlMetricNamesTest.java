package io.suitetok.helmchart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The extraction MonitoredMetricsExistTest relies on: it must neither miss a metric nor invent one. */
class PromQlMetricNamesTest {

    @Test
    void findsTheMetricsOfARatioAndIgnoresFunctionsLabelsAndRanges() {
        assertThat(PromQlMetricNames.in("sum by (flow, target) (rate(hub_sync_lag_seconds_sum{flow=~\"orders?\"}[$__rate_interval]))"
                + " / sum by (flow, target) (rate(hub_sync_lag_seconds_count[10m])) > 900"))
                .containsExactly("hub_sync_lag_seconds_sum", "hub_sync_lag_seconds_count");
    }

    @Test
    void findsABareSeriesAndOneComparedWithAnother() {
        assertThat(PromQlMetricNames.in("min by (shop) (tiktok_token_expiry_seconds) < 86400"))
                .containsExactly("tiktok_token_expiry_seconds");
        assertThat(PromQlMetricNames.in("netsuite_suitetalk_permits_in_use / on (service) netsuite_suitetalk_permits_limit"))
                .containsExactly("netsuite_suitetalk_permits_in_use", "netsuite_suitetalk_permits_limit");
    }
}
