package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngineException;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Two people acting on one task at once: on MySQL/MariaDB the loser may be the database's deadlock victim inside
 * the engine's flush. Its transaction was rolled back whole, so it is a conflict to try again, not a failure.
 */
class ConcurrentUpdateProblemTest {

    private final Messages messages = new Messages(new StaticMessageSource());
    private final ProblemDetailsAdvice advice =
            new ProblemDetailsAdvice(messages, new Problems(new ObjectMapper(), messages));

    @Test
    void aDeadlockInTheEnginesFlushIsAConflict() {
        SQLException deadlock =
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        var flush = new ProcessEngineException(
                "ENGINE-03004 Exception while executing Database Operation",
                new RuntimeException(
                        "Error flushing statements",
                        new BatchUpdateException("batch failed", "40001", 1213, new int[0], deadlock)));

        assertThat(advice.engine(flush).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(((ProblemDetail) advice.engine(flush).getBody()).getType().toString())
                .endsWith("concurrent-update");
    }

    @Test
    void aLockWaitTimeoutIsAConflict() {
        var timeout =
                new ProcessEngineException("flush", new SQLException("Lock wait timeout exceeded", "HY000", 1205));

        assertThat(advice.engine(timeout).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalError() {
        var broken = new ProcessEngineException(
                "flush", new SQLException("Table 'act_ru_task' doesn't exist", "42S02", 1146));

        assertThat(advice.engine(broken).getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
