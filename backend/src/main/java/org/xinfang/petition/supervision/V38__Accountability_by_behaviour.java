package org.xinfang.petition.supervision;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * 问责 by behaviour: every record names one behaviour of the catalogue (the records written so far were all for
 * orders left unanswered: 拖延) and may carry evidence; an inspector may raise one without a supervision chain, so
 * its process becomes optional. H2 and MariaDB spell "make a column nullable" differently, hence Java.
 */
@Component
class V38__Accountability_by_behaviour extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table accountability_record add behaviour varchar(32)");
            statement.execute("update accountability_record set behaviour = 'DELAY'");
            statement.execute(
                    h2
                            ? "alter table accountability_record alter column behaviour set not null"
                            : "alter table accountability_record modify behaviour varchar(32) not null");
            statement.execute("alter table accountability_record add evidence varchar(4000)");
            statement.execute("alter table accountability_record add raised_by varchar(64)");
            statement.execute(
                    h2
                            ? "alter table accountability_record alter column process_instance_id set null"
                            : "alter table accountability_record modify process_instance_id varchar(64) null");
            statement.execute("create index ix_accountability_record_unit_behaviour"
                    + " on accountability_record (unit_id, behaviour, created_at)");
        }
    }
}
