package io.suitetok.settlement.finance;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The finance read model's queries, paged (Spring Data JPA). */
public final class FinanceViews {

    private FinanceViews() {
    }

    public interface Statements extends JpaRepository<StatementView, String> {

        Page<StatementView> findByShopIdAndStatementTimeGreaterThanEqualAndStatementTimeLessThan(String shopId,
                Instant from, Instant to, Pageable page);
    }

    public interface Lines extends JpaRepository<StatementLineView, String> {

        Page<StatementLineView> findByStatementId(String statementId, Pageable page);

        Page<StatementLineView> findByStatementIdAndMatchStatus(String statementId, String matchStatus, Pageable page);

        /** Unmatched lines nobody resolved yet, of a shop's statements in a period. */
        @Query("select l from StatementLineView l where l.shopId = :shopId and l.matchStatus = 'UNMATCHED' and "
                + "l.resolvedAt is null and l.statementId in (select s.statementId from StatementView s where "
                + "s.shopId = :shopId and s.statementTime >= :from and s.statementTime < :to)")
        Page<StatementLineView> openUnmatched(@Param("shopId") String shopId, @Param("from") Instant from,
                @Param("to") Instant to, Pageable page);
    }

    public interface Postings extends JpaRepository<GlPostingView, Long> {

        @Query("select p from GlPostingView p where p.statementId in (select s.statementId from StatementView s where "
                + "s.shopId = :shopId and s.statementTime >= :from and s.statementTime < :to) order by p.statementId, p.id")
        List<GlPostingView> ofPeriod(@Param("shopId") String shopId, @Param("from") Instant from,
                @Param("to") Instant to);
    }
}
