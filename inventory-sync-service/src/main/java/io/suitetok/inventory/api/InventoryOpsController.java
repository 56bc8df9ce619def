package io.suitetok.inventory.api;

import io.suitetok.inventory.recalc.FullRecalculation;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.RecalculationStore;
import io.suitetok.inventory.store.RecalculationStore.Recalculation;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.model.event.EventCodec;
import io.suitetok.runtime.audit.Caller;
import io.suitetok.runtime.web.PathIds;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Ops: why a SKU shows what it shows, and a full recalculation on demand with its progress. */
@RestController
@RequestMapping("/inventory")
public class InventoryOpsController {

    private final LevelStore levels;
    private final SkuMappingReplica mappings;
    private final FullRecalculation recalculation;
    private final RecalculationStore runs;
    private final EventCodec codec;

    public InventoryOpsController(LevelStore levels, SkuMappingReplica mappings, FullRecalculation recalculation,
            RecalculationStore runs, EventCodec codec) {
        this.levels = levels;
        this.mappings = mappings;
        this.recalculation = recalculation;
        this.runs = runs;
        this.codec = codec;
    }

    /** The sellable quantity per TikTok warehouse with every term, and what TikTok last accepted. */
    @GetMapping("/shops/{shopId}/skus/{sellerSku}")
    public Map<String, Object> sellable(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String shopId,
            @PathVariable @Pattern(regexp = PathIds.SELLER_SKU, message = PathIds.SELLER_SKU_MESSAGE) String sellerSku) {
        List<LevelStore.Level> found = levels.ofSku(shopId, sellerSku);
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no level for SKU " + sellerSku + " in shop "
                    + shopId);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("shopId", shopId);
        view.put("sellerSku", sellerSku);
        mappings.find(shopId, sellerSku).ifPresent(mapping -> view.put("mapping", mapping));
        view.put("warehouses", found.stream().map(this::warehouseView).toList());
        return view;
    }

    @PostMapping("/recalculations")
    public ResponseEntity<Recalculation> recalculate() {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(recalculation.start(Caller.current().map(Caller::name).orElse("ops")));
    }

    @GetMapping("/recalculations/{id}")
    public Recalculation progress(@PathVariable long id) {
        return runs.find(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no recalculation " + id));
    }

    private Map<String, Object> warehouseView(LevelStore.Level level) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("warehouseId", level.key().warehouseId());
        view.put("sellable", level.sellable());
        view.put("version", level.version());
        view.put("computedAt", level.computedAt());
        view.put("terms", codec.readValue(level.termsJson(), Map.class));
        Map<String, Object> tiktok = new LinkedHashMap<>();
        // What TikTok showed at the last read or accepted at the last push; the value sent is capped by
        // that count plus basis − pushedBasis (NetSuite's gain since), which explains a TikTok number
        // below the sellable one.
        tiktok.put("acceptedQuantity", level.acceptedQuantity());
        tiktok.put("basis", level.basis());
        tiktok.put("pushedBasis", level.pushedBasis());
        tiktok.put("acceptedVersion", level.acceptedVersion());
        tiktok.put("acceptedAt", level.acceptedAt());
        tiktok.put("pushDue", level.pushDue());
        tiktok.put("attempts", level.attempts());
        tiktok.put("lastError", level.lastError());
        view.put("tiktok", tiktok);
        return view;
    }
}
