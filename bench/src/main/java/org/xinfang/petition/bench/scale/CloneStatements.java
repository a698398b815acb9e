package org.xinfang.petition.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One {@code insert … select} per table that clones the template rows once for every planned case of a chunk
 * ({@code scale_plan} p, joined to its template {@code scale_template} s). Each column is either set from the
 * plan (the case's own number, place, category and limits), or moved by the case's time shift (dates), or mapped
 * to the clone's own engine id (where the template's rows hold one), or copied.
 */
final class CloneStatements {

    private static final String SHIFT = " + interval p.shift_seconds second";
    private static final Set<String> PEOPLE =
            Set.of("actor", "drafted_by", "reviewed_by", "called_by", "ASSIGNEE_", "OWNER_", "USER_ID_");
    private static final Set<String> BUREAUS = Set.of("actor_unit", "bureau_code", "GROUP_ID_");

    /** Columns set from the plan, by table.column. */
    private static final Map<String, String> FROM_PLAN = Map.ofEntries(
            Map.entry("complaint.id", "p.complaint_id"),
            Map.entry("complaint.tracking_number", "p.tracking_number"),
            Map.entry("complaint.category", "p.category"),
            Map.entry("complaint.urgency", "p.urgency"),
            Map.entry("complaint.region_code", "p.region_code"),
            Map.entry("complaint.channel", "p.channel"),
            Map.entry("complaint.complainant_id", "p.complainant_id"),
            Map.entry(
                    "complaint.current_bureau_id",
                    "case when t.current_bureau_id is null then null else p.bureau_id end"),
            Map.entry("complaint.received_at", "p.received_at"),
            Map.entry("complaint.closed_at", "case when t.closed_at is null then null else p.closed_at end"),
            Map.entry(
                    "complaint.due_at",
                    "case p.template when 'SIGN_FOR' then p.sign_for_due" + " when 'HANDLING' then p.handling_due end"),
            Map.entry("complainant.id", "p.complainant_id"),
            Map.entry("complainant.resident_id_index", "sha2(concat('resident-', p.person), 256)"),
            Map.entry("complainant.phone_index", "sha2(concat('phone-', p.person), 256)"),
            Map.entry("case_deadline.due_at", running("due", "t.due_at")),
            Map.entry("case_deadline.warn_at", running("warn", "t.warn_at")),
            Map.entry(
                    "case_deadline.warned_at",
                    "case when t.status <> 'ENDED' and p.warned then " + running("warn", "null") + " else t.warned_at"
                            + SHIFT + " end"),
            Map.entry(
                    "ACT_RU_EXECUTION.BUSINESS_KEY_",
                    "case when t.BUSINESS_KEY_ is null then null else p.tracking_number end"),
            Map.entry("ACT_HI_PROCINST.BUSINESS_KEY_", "p.tracking_number"),
            Map.entry(
                    "ACT_RU_JOB.DUEDATE_",
                    "case t.HANDLER_CFG_"
                            + " when 'boundaryEvent_signForWarning' then p.sign_for_warn when 'boundaryEvent_signForOverdue' then p.sign_for_due"
                            + " when 'boundaryEvent_handlingWarning' then p.handling_warn when 'boundaryEvent_handlingOverdue' then p.handling_due"
                            + " else t.DUEDATE_" + SHIFT + " end"),
            Map.entry(
                    "ACT_RU_TASK.DUE_DATE_",
                    "case t.TASK_DEF_KEY_ when 'userTask_signFor' then p.sign_for_due"
                            + " when 'userTask_handleAndReply' then p.handling_due else t.DUE_DATE_" + SHIFT + " end"),
            Map.entry("ACT_RU_VARIABLE.TEXT_", variableText()),
            Map.entry("ACT_HI_VARINST.TEXT_", variableText()),
            Map.entry("ACT_RU_VARIABLE.LONG_", variableLong()),
            Map.entry("ACT_HI_VARINST.LONG_", variableLong()));

    /** Rows not cloned: a warning timer whose moment has passed has fired already. */
    private static final Map<String, String> SKIP = Map.of("ACT_RU_JOB", "p.warned and t.HANDLER_CFG_ like '%Warning'");

    /**
     * The engine's activity, task and variable history, the bulk of a case's rows, is cloned for the open cases
     * only unless asked for (--history full): a closed case keeps its timeline (case_event) and its process
     * instance's history.
     */
    private static final Map<String, String> LEAN = Map.of(
            "ACT_HI_ACTINST", "p.template in ('CLOSED', 'NOT_ACCEPTED')",
            "ACT_HI_TASKINST", "p.template in ('CLOSED', 'NOT_ACCEPTED')",
            "ACT_HI_VARINST", "p.template in ('CLOSED', 'NOT_ACCEPTED')");

    private CloneStatements() {}

    static List<String> of(
            Connection db, String schema, TemplateRows templates, String plan, String template, boolean fullHistory)
            throws SQLException {
        List<String> statements = new ArrayList<>();
        for (String table : TemplateRows.TABLES.keySet()) {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            String sql = "select COLUMN_NAME, DATA_TYPE, EXTRA from information_schema.columns where TABLE_SCHEMA = '"
                    + schema + "' and TABLE_NAME = '" + table + "' order by ORDINAL_POSITION";
            try (Statement statement = db.createStatement();
                    ResultSet found = statement.executeQuery(sql)) {
                while (found.next()) {
                    String column = found.getString(1);
                    String type = found.getString(2);
                    boolean engineId = type.equals("varchar") && templates.holdsEngineIds(table, column);
                    String value = valueOf(
                            table,
                            column,
                            type,
                            found.getString(3).contains("auto_increment"),
                            engineId ? templates.engineIdList() : null);
                    if (value != null) {
                        columns.add(column);
                        values.add(value);
                    }
                }
            }
            List<String> skip = new ArrayList<>();
            if (SKIP.containsKey(table)) {
                skip.add(SKIP.get(table));
            }
            if (!fullHistory && LEAN.containsKey(table)) {
                skip.add(LEAN.get(table));
            }
            statements.add("insert into " + table + " (" + String.join(", ", columns) + ") select "
                    + String.join(", ", values) + " from " + templates.copyOf(table) + " t"
                    + " join " + plan + " p on p.template = t.scale_template and p.chunk = ?"
                    + " join " + template + " s on s.template = p.template"
                    + (skip.isEmpty() ? "" : " where not (" + String.join(" or ", skip) + ")"));
        }
        return statements;
    }

    /** {@code engineIds} is null unless the template's rows hold an engine id in this column. */
    private static String valueOf(String table, String column, String type, boolean generated, String engineIds) {
        String planned = FROM_PLAN.get(table + "." + column);
        if (planned != null) {
            return planned;
        }
        if (generated) {
            return null;
        }
        String value = "t." + column;
        if (column.equals("complaint_id")) {
            return "p.complaint_id";
        }
        if (type.equals("datetime") || type.equals("timestamp")) {
            return value + SHIFT;
        }
        if (engineIds != null) {
            // The template's id with its last 12 hex digits (the UUID's node) replaced by 'e' and the case number.
            return "case when " + value + " in (" + engineIds + ") then concat(left(" + value + ", length(" + value
                    + ") - 12), 'e', lpad(lower(hex(p.n)), 11, '0')) else " + value + " end";
        }
        if (PEOPLE.contains(column)) {
            return "case when s.handler is null or " + value + " is null then " + value + " else replace(replace("
                    + value + ", s.handler, p.handler), s.leader, p.leader) end";
        }
        if (BUREAUS.contains(column)) {
            return "case when s.bureau_code is null or p.bureau_code is null or " + value + " is null then " + value
                    + " else replace(" + value + ", s.bureau_code, p.bureau_code) end";
        }
        return value;
    }

    /**
     * A running limit's moment: from the plan in sign-for and handling; in another stage (triage, dispatch, callback)
     * the template's, moved by the time shift as that stage's timers are; an ended one's moved by the time shift.
     */
    private static String running(String moment, String ended) {
        String shifted = ended.equals("null") ? "null" : ended + SHIFT;
        return "case when t.status = 'ENDED' then " + shifted + " when t.stage = 'SIGN_FOR' then p.sign_for_" + moment
                + " when t.stage = 'HANDLING' then p.handling_" + moment + " else t." + moment + "_at" + SHIFT + " end";
    }

    private static String variableText() {
        return "case t.NAME_ when 'category' then p.category when 'region' then p.region_code"
                + " when 'urgency' then p.urgency when 'bureau' then coalesce(p.bureau_code, t.TEXT_)"
                + " when 'proposedBureau' then coalesce(p.bureau_code, t.TEXT_) else t.TEXT_ end";
    }

    private static String variableLong() {
        StringBuilder sql = new StringBuilder("case t.NAME_");
        for (String moment : new String[] {"signForDue", "signForWarning", "handlingDue", "handlingWarning"}) {
            String column =
                    moment.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT).replace("warning", "warn");
            sql.append(" when '")
                    .append(moment)
                    .append("' then coalesce(p.")
                    .append(column)
                    .append("_ms, t.LONG_)");
        }
        return sql.append(" else t.LONG_ end").toString();
    }
}
