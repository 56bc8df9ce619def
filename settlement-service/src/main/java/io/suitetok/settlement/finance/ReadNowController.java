package io.suitetok.settlement.finance;

import io.suitetok.runtime.web.PathIds;
import io.suitetok.settlement.intake.SettlementRound;
import io.suitetok.tiktok.spring.TikTokShops;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** On demand, what the schedule does daily: read a shop's new statements and payouts, match and post them. */
@RestController
@Validated
@RequestMapping("/finance")
public class ReadNowController {

    private final SettlementRound round;
    private final TikTokShops shops;

    public ReadNowController(SettlementRound round, TikTokShops shops) {
        this.round = round;
        this.shops = shops;
    }

    @Operation(summary = "Reads the shop's statements and payouts now (a re-run posts nothing twice)")
    @PostMapping("/shops/{shopId}/read")
    public SettlementRound.Outcome readNow(@PathVariable @Pattern(regexp = PathIds.ID) String shopId) {
        return round.run(shops.context(shopId));
    }
}
