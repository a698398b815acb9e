package org.xinfang.petition.privacy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.privacy.Resealing.Batch;
import org.xinfang.petition.privacy.Resealing.ColumnReport;

/**
 * 密钥轮换: re-encrypts every protected value under the active data key and recomputes every blind index under
 * the current index key, one batch per transaction, so a long run holds no lock for long and a run cut short
 * is finished by running it again (values already current are skipped). Old key versions stay configured for
 * reading until a rotation reports nothing left under them.
 */
@Service
public class KeyRotation {

  private final List<ProtectedColumn> columns;
  private final Resealing resealing;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final DataKeys keys;

  KeyRotation(List<ProtectedColumn> columns, Resealing resealing, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, ApplicationEventPublisher events, DataKeys keys) {
    this.columns = columns;
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
      ColumnReport report = ColumnReport.empty(column);
      long afterId = 0;
      Batch batch;
      do {
        long from = afterId;
        batch = transactions.execute(status -> jdbc.execute(
            (ConnectionCallback<Batch>) connection -> resealing.batch(connection, column, from, batchSize)));
        report = report.plus(batch.report());
        afterId = batch.lastId();
      } while (batch.more());
      reports.add(report);
    }
    Report result = new Report(keys.activeVersion(), reports);
    transactions.executeWithoutResult(status -> events.publishEvent(new PersonalDataResealed(result.keyVersion(),
        result.total().examined(), result.total().reencrypted() + result.total().sealed(),
        result.total().reindexed())));
    return result;
  }

  /** What a rotation did, per column and in total; every value is now under {@code keyVersion}. */
  public record Report(int keyVersion, List<ColumnReport> columns) {
    public ColumnReport total() {
      return columns.stream().reduce(new ColumnReport("all", 0, 0, 0, 0), ColumnReport::plus);
    }
  }
}
