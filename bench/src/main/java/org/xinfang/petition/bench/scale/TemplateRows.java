package org.xinfang.petition.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The template cases and a copy of their rows: for every table cloned, {@code scale_tpl_<table>} holds the rows
 * of the template cases with the template's name in {@code scale_template}. The copies keep the source of each
 * clone small and fixed while the real tables grow.
 */
final class TemplateRows {

    /** The tables cloned and how a row of each finds its case: a complaint id or a process instance id. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("complainant", "complainant:id");
        TABLES.put("complaint", "complaint:id");
        TABLES.put("case_event", "complaint:complaint_id");
        TABLES.put("case_deadline", "complaint:complaint_id");
        TABLES.put("reply", "complaint:complaint_id");
        TABLES.put("callback", "complaint:complaint_id");
        TABLES.put("case_flags", "complaint:complaint_id");
        TABLES.put("message_contact", "complaint:complaint_id");
        TABLES.put("ACT_RU_EXECUTION", "process:PROC_INST_ID_");
        TABLES.put("ACT_RU_TASK", "process:PROC_INST_ID_");
        TABLES.put(
                "ACT_RU_IDENTITYLINK", "process:(select k.PROC_INST_ID_ from ACT_RU_TASK k where k.ID_ = t.TASK_ID_)");
        TABLES.put("ACT_RU_VARIABLE", "process:PROC_INST_ID_");
        TABLES.put("ACT_RU_EVENT_SUBSCR", "process:PROC_INST_ID_");
        TABLES.put("ACT_RU_JOB", "process:PROCESS_INSTANCE_ID_");
        TABLES.put("ACT_HI_PROCINST", "process:PROC_INST_ID_");
        TABLES.put("ACT_HI_ACTINST", "process:PROC_INST_ID_");
        TABLES.put("ACT_HI_TASKINST", "process:PROC_INST_ID_");
        TABLES.put("ACT_HI_VARINST", "process:PROC_INST_ID_");
    }

    /** One template case. */
    record Case(
            Template template,
            long complaintId,
            long complainantId,
            String processInstanceId,
            String bureau,
            LocalDateTime receivedAt) {}

    final Map<Template, Case> cases = new EnumMap<>(Template.class);
    /** The engine ids of the template cases' rows: each clone maps them to ids of its own. */
    final Set<String> engineIds = new LinkedHashSet<>();

    private final Connection db;
    private final String tag;

    /** {@code tag} names this load's own copies, apart from those of a load running beside it. */
    TemplateRows(Connection db, String tag) throws SQLException {
        this.db = db;
        this.tag = tag;
        for (Template template : Template.values()) {
            cases.put(template, find(db, template));
        }
        try (Statement statement = db.createStatement()) {
            for (var table : TABLES.entrySet()) {
                statement.execute("drop table if exists " + copyOf(table.getKey()));
                statement.execute("create table " + copyOf(table.getKey()) + " as select t.*, "
                        + templateOf(table.getValue())
                        + " as scale_template from " + table.getKey() + " t where " + linkOf(table.getValue()) + " in ("
                        + keys(table.getValue()) + ")");
                if (table.getKey().startsWith("ACT_")) {
                    try (ResultSet ids = statement.executeQuery("select ID_ from " + copyOf(table.getKey()))) {
                        while (ids.next()) {
                            engineIds.add(ids.getString(1));
                        }
                    }
                }
            }
        }
        for (String id : engineIds) {
            if (!id.matches(".*[0-9a-f]{12}")) {
                throw new IllegalStateException("an engine id that is not a UUID: " + id);
            }
        }
    }

    void drop(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table : TABLES.keySet()) {
                statement.execute("drop table if exists " + copyOf(table));
            }
        }
    }

    private static Case find(Connection db, Template template) throws SQLException {
        String sql = "select c.id, c.complainant_id, c.received_at, u.code, p.ID_ from complaint c"
                + " left join org_unit u on u.id = c.current_bureau_id"
                + " join ACT_HI_PROCINST p on p.BUSINESS_KEY_ = c.tracking_number and p.PROC_DEF_KEY_ = 'complaint-handling'"
                + " where c.status = '" + template.status + "' and c.repeat_of_id is null order by c.id limit 1";
        try (Statement statement = db.createStatement();
                ResultSet found = statement.executeQuery(sql)) {
            if (!found.next()) {
                throw new IllegalStateException(
                        "no " + template.status + " case to clone: start the application once on "
                                + "this database with the demo cases (PETITION_DEMO=true), see bench/README.md");
            }
            Timestamp received = found.getTimestamp(3);
            return new Case(
                    template,
                    found.getLong(1),
                    found.getLong(2),
                    found.getString(5),
                    found.getString(4),
                    received.toLocalDateTime());
        }
    }

    private String templateOf(String link) {
        StringBuilder sql = new StringBuilder("case " + linkOf(link));
        for (Case template : cases.values()) {
            sql.append(" when ")
                    .append(keyOf(link, template))
                    .append(" then '")
                    .append(template.template().name())
                    .append('\'');
        }
        return sql.append(" end").toString();
    }

    private String keys(String link) {
        List<String> keys = new ArrayList<>();
        for (Case template : cases.values()) {
            keys.add(keyOf(link, template));
        }
        return String.join(", ", keys);
    }

    private static String keyOf(String link, Case template) {
        return switch (link.substring(0, link.indexOf(':'))) {
            case "complainant" -> String.valueOf(template.complainantId());
            case "complaint" -> String.valueOf(template.complaintId());
            default -> "'" + template.processInstanceId() + "'";
        };
    }

    private static String linkOf(String link) {
        String column = link.substring(link.indexOf(':') + 1);
        return column.startsWith("(") ? column : "t." + column;
    }

    /** Whether any template row holds one of the template cases' engine ids in this column. */
    boolean holdsEngineIds(String table, String column) throws SQLException {
        if (!column.toUpperCase(java.util.Locale.ROOT).equals(column) && !column.equals("process_instance_id")) {
            return false;
        }
        try (Statement statement = db.createStatement();
                ResultSet found = statement.executeQuery("select count(*) from " + copyOf(table) + " where " + column
                        + " in (" + engineIdList() + ")")) {
            found.next();
            return found.getLong(1) > 0;
        }
    }

    String copyOf(String table) {
        return "scale_tpl_" + table + tag;
    }

    String engineIdList() {
        return engineIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
