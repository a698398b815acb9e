package org.xinfang.petition.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Entries are written unchained in the transaction of the change and chained after its commit ({@link AuditChain}):
 * an entry gets an id of its own, and its sequence number, previous hash and seal stay empty until it is chained.
 * The sequence number stays unique; the pending entries are found through its index (NULL first). H2 and MariaDB
 * spell "make a column nullable" differently, hence Java.
 */
@Component
class V22__Chain_audit_entries_after_commit extends BaseJavaMigration {

    private static final List<String> CHAIN_COLUMNS =
            List.of("seq bigint", "previous_hash varchar(64)", "hash varchar(64)");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_log drop primary key");
            for (String column : CHAIN_COLUMNS) {
                String name = column.substring(0, column.indexOf(' '));
                statement.execute(
                        h2
                                ? "alter table audit_log alter column " + name + " set null"
                                : "alter table audit_log modify " + column + " null");
            }
            statement.execute("alter table audit_log add id bigint auto_increment primary key");
            statement.execute("create unique index ux_audit_log_seq on audit_log (seq)");
        }
    }
}
