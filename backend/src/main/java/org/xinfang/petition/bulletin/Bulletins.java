package org.xinfang.petition.bulletin;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.assessment.PublishedResults;
import org.xinfang.petition.assessment.PublishedResults.PublishedMonth;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.bulletin.BulletinStore.Version;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * 考核通报: generating a closed month's bulletin and handing it out. The petition office and the inspectors generate
 * (and regenerate, as a new version; the older ones are kept); they and the bureaus' leaders read every bulletin, a
 * province-wide publication; handlers, operators and administrators do not. A month not closed has no bulletin (409).
 * The files are set outside any transaction, so no pooled connection waits on the rendering; then the version is
 * written and audited in one short transaction, where two writers of the same version, on any node, leave one
 * winner and a 409 for the other.
 */
@Service
class Bulletins {

    private static final Logger log = LoggerFactory.getLogger(Bulletins.class);
    static final String SYSTEM = "system";

    private final PublishedResults results;
    private final BulletinStore store;
    private final ScoreChart chart;
    private final BulletinPdf pdf;
    private final BulletinWorkbook workbook;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final BulletinProperties properties;
    private final Clock clock;

    Bulletins(
            PublishedResults results,
            BulletinStore store,
            ScoreChart chart,
            BulletinPdf pdf,
            BulletinWorkbook workbook,
            CurrentStaff currentStaff,
            AuditTrail audit,
            TransactionTemplate transaction,
            BulletinProperties properties,
            Clock clock) {
        this.results = results;
        this.store = store;
        this.chart = chart;
        this.pdf = pdf;
        this.workbook = workbook;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** The month's first bulletin; 409 when it has one (regenerate instead) or is not closed. */
    Version generate(YearMonth month) {
        StaffPrincipal staff = requireGenerator();
        if (store.latestVersion(month) > 0) {
            throw PetitionException.conflict("bulletin.exists", month);
        }
        return produce(month, 1, staff.username());
    }

    /** A new version of the month's bulletin, from its published result as it is now; the older are kept. */
    Version regenerate(YearMonth month) {
        StaffPrincipal staff = requireGenerator();
        int latest = store.latestVersion(month);
        if (latest == 0) {
            throw PetitionException.notFound("bulletin.not-found", month);
        }
        return produce(month, latest + 1, staff.username());
    }

    /** Each month's newest version, newest month first. */
    List<Listed> list() {
        requireReader();
        Map<YearMonth, Listed> newest = new LinkedHashMap<>();
        for (Version version : store.versions()) {
            newest.computeIfAbsent(version.month(), month -> new Listed(version, 0));
            newest.computeIfPresent(version.month(), (month, listed) -> listed.counted());
        }
        return List.copyOf(newest.values());
    }

    /** The month's PDF: the newest version, or the one asked for. */
    byte[] pdf(YearMonth month, Integer version) {
        return file(month, version, "pdf");
    }

    /** The month's workbook: the newest version, or the one asked for. */
    byte[] workbook(YearMonth month, Integer version) {
        return file(month, version, "workbook");
    }

    /**
     * The monthly job: a first bulletin for every month closed in the last months that has none. Another node doing
     * the same at the same moment wins some months; this one leaves them.
     */
    void generateMissing() {
        YearMonth from = YearMonth.now(clock).minusMonths(properties.catchUpMonths());
        for (YearMonth month : results.closedSince(from)) {
            if (store.latestVersion(month) > 0) {
                continue;
            }
            try {
                produce(month, 1, SYSTEM);
                log.info("Bulletin of {} generated", month);
            } catch (PetitionException refused) {
                log.warn("Bulletin of {} not generated: {}", month, refused.code());
            }
        }
    }

    private Version produce(YearMonth month, int version, String by) {
        PublishedMonth published =
                results.of(month).orElseThrow(() -> PetitionException.conflict("bulletin.month-not-closed", month));
        MonthBulletin bulletin =
                new MonthBulletin(published, results.of(month.minusMonths(1)).orElse(null));
        byte[] png = chart.png(bulletin);
        byte[] pdfFile = pdf.render(bulletin, png);
        byte[] workbookFile = workbook.render(bulletin, png);
        Version written = new Version(month, version, by, clock.instant(), pdfFile.length, workbookFile.length);
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(month, version, pdfFile, workbookFile, by, written.generatedAt());
                audit.recordChange(
                        version == 1 ? "BULLETIN_GENERATED" : "BULLETIN_REGENERATED",
                        null,
                        month + " version " + version);
            });
        } catch (DataIntegrityViolationException generated) {
            throw PetitionException.conflict("bulletin.exists", month);
        }
        return written;
    }

    private byte[] file(YearMonth month, Integer version, String column) {
        requireReader();
        int wanted = version != null ? version : store.latestVersion(month);
        return store.file(month, wanted, column)
                .orElseThrow(() -> PetitionException.notFound("bulletin.not-found", month));
    }

    private StaffPrincipal requireGenerator() {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.hasAnyRole(Role.CLERK, Role.INSPECTOR)) {
            throw PetitionException.forbidden("access-denied");
        }
        return staff;
    }

    private void requireReader() {
        if (!currentStaff.get().hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.BUREAU_LEADER)) {
            throw PetitionException.forbidden("access-denied");
        }
    }

    /** May the staff member generate bulletins (the page shows the buttons only then)? */
    boolean mayGenerate(StaffPrincipal staff) {
        return staff.hasAnyRole(Role.CLERK, Role.INSPECTOR);
    }

    /** A month's newest version and how many versions it has. */
    record Listed(Version newest, int versions) {

        Listed counted() {
            return new Listed(newest, versions + 1);
        }
    }
}
