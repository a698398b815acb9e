package org.xinfang.petition.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.privacy.Resealing.Batch;
import org.xinfang.petition.privacy.Resealing.ColumnReport;

/**
 * 密钥轮换: re-encrypts every protected value and file under the active data key and recomputes every blind index
 * under the current index key, one batch per transaction, so a long run holds no lock for long and a run cut short
 * is finished by running it again (values already current are skipped). Old key versions stay configured for
 * reading until a rotation reports nothing left under them.
 */
@Service
public class KeyRotation {

    private final List<ProtectedColumn> columns;
    private final List<ProtectedFiles> files;
    private final Resealing resealing;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DataKeys keys;

    KeyRotation(
            List<ProtectedColumn> columns,
            List<ProtectedFiles> files,
            Resealing resealing,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            DataKeys keys) {
        this.columns = columns;
        this.files = files;
        this.resealing = resealing;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.keys = keys;
    }

    public Report rotate(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        List<ColumnReport> reports = new ArrayList<>();
        for (ProtectedColumn column : columns) {
            reports.add(drain(afterId -> transactions.execute(status -> jdbc.execute((ConnectionCallback<Batch>)
                    connection -> resealing.batch(connection, column, afterId, batchSize)))));
        }
        for (ProtectedFiles fileSet : files) {
            reports.add(drain(afterId -> fileSet.reseal(afterId, batchSize)));
        }
        Report result = new Report(keys.activeVersion(), reports);
        transactions.executeWithoutResult(status -> events.publishEvent(new PersonalDataResealed(
                result.keyVersion(),
                result.total().examined(),
                result.total().reencrypted() + result.total().sealed(),
                result.total().reindexed())));
        return result;
    }

    /** Batch after batch until one says nothing follows it. */
    private static ColumnReport drain(LongFunction<Batch> batches) {
        Batch batch = batches.apply(0);
        ColumnReport report = batch.report();
        while (batch.more()) {
            batch = batches.apply(batch.lastId());
            report = report.plus(batch.report());
        }
        return report;
    }

    /** What a rotation did, per column and in total; every value is now under {@code keyVersion}. */
    public record Report(int keyVersion, List<ColumnReport> columns) {
        public ColumnReport total() {
            return columns.stream().reduce(new ColumnReport("all", 0, 0, 0, 0), ColumnReport::plus);
        }
    }
}
