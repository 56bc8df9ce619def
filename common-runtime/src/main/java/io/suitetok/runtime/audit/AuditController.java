package io.suitetok.runtime.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who did what to this service, newest first. */
@RestController
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    public List<AuditTrail.Entry> recent(@RequestParam(required = false) Instant since,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.recent(since, limit);
    }
}
