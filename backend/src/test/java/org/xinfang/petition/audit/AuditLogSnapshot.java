package org.xinfang.petition.audit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A copy of the whole trail and its head, put back when closed: a test may forge the chain as a database
 * administrator would and leave the suite's trail as it found it.
 */
final class AuditLogSnapshot implements AutoCloseable {

    private final JdbcTemplate jdbc;

    private AuditLogSnapshot(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static AuditLogSnapshot take(JdbcTemplate jdbc) {
        jdbc.execute("drop table if exists audit_log_saved");
        jdbc.execute("drop table if exists audit_head_saved");
        jdbc.execute("create table audit_log_saved as select * from audit_log");
        jdbc.execute("create table audit_head_saved as select * from audit_head");
        return new AuditLogSnapshot(jdbc);
    }

    @Override
    public void close() {
        jdbc.update("delete from audit_log");
        jdbc.update("insert into audit_log select * from audit_log_saved");
        jdbc.update("delete from audit_head");
        jdbc.update("insert into audit_head select * from audit_head_saved");
        jdbc.execute("drop table audit_log_saved");
        jdbc.execute("drop table audit_head_saved");
    }
}
