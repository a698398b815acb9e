package org.xinfang.petition.process;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.NativeTaskQuery;
import org.operaton.bpm.engine.task.Task;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * The open complaint tasks of a user, as the engine's task query would find them ({@code taskAssignee} or
 * {@code taskCandidateGroupIn}, active, of the complaint process, in one of the {@link WorkQueue.Order}s), written as
 * the engine's native query so that the database can read them in that order from an index (migrations V23_1, V23_3
 * and V23_4) and stop at the page: the task query's join to the identity links needs a {@code distinct} that sorts
 * every candidate task first. The count stops at {@link #COUNTED_UP_TO}.
 */
final class QueueQuery {

    /** A queue longer than this reports this many tasks: counting further would read every one of them. */
    static final int COUNTED_UP_TO = 1000;

    private final TaskService tasks;
    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    QueueQuery(
            TaskService tasks,
            List<String> definitionIds,
            String userId,
            List<String> groupIds,
            Stage stage,
            Date overdueAt) {
        this.tasks = tasks;
        StringBuilder sql = new StringBuilder(
                " from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1" + " and RES.PROC_DEF_ID_ in (");
        // The definitions' ids as values, not a subquery: MariaDB would join it first and sort every task.
        append(sql, "definition", definitionIds);
        sql.append(')');
        if (stage != null) {
            sql.append(" and RES.TASK_DEF_KEY_ = #{taskKey}");
            parameters.put("taskKey", stage.taskKey());
        }
        if (overdueAt != null) {
            sql.append(" and RES.DUE_DATE_ < #{overdueAt}");
            parameters.put("overdueAt", overdueAt);
        }
        sql.append(" and (RES.ASSIGNEE_ = #{userId}");
        parameters.put("userId", userId);
        if (!groupIds.isEmpty()) {
            // As the task query's candidate groups: tasks nobody has claimed yet. A count, not "exists": MariaDB would
            // turn "exists" into a semi-join that reads every candidate link first; the count looks up each task's
            // links as the tasks are read in due order.
            sql.append(" or RES.ASSIGNEE_ is null and (select count(*) from ACT_RU_IDENTITYLINK I"
                    + " where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (");
            append(sql, "group", groupIds);
            sql.append(")) > 0");
        }
        this.where = sql.append(')').toString();
    }

    private void append(StringBuilder sql, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{").append(name).append(i).append('}');
            parameters.put(name + i, values.get(i));
        }
    }

    /**
     * Each order's columns all in one direction and ending in the key, so that the database walks an index (forwards
     * or backwards) rather than sorting: (due, created) of V23_1 and V23_3, the engine's (created) and V23_4's (stage, created).
     */
    List<Task> page(WorkQueue.Order order, int offset, int size) {
        String orderBy = switch (order) {
            case DUE_FIRST -> "RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc, RES.ID_ asc";
            case DUE_LAST -> "RES.DUE_DATE_ desc, RES.CREATE_TIME_ desc, RES.ID_ desc";
            case NEWEST -> "RES.CREATE_TIME_ desc, RES.ID_ desc";
            case OLDEST -> "RES.CREATE_TIME_ asc, RES.ID_ asc";
        };
        return bind(tasks.createNativeTaskQuery().sql("select RES.*" + where + " order by " + orderBy))
                .listPage(offset, size);
    }

    /** The number of tasks, exact up to {@link #COUNTED_UP_TO}. */
    long countUpToLimit() {
        return bind(tasks.createNativeTaskQuery()
                        .sql("select count(*) from (select RES.ID_" + where + " limit " + COUNTED_UP_TO + ") COUNTED"))
                .count();
    }

    private NativeTaskQuery bind(NativeTaskQuery query) {
        parameters.forEach(query::parameter);
        return query;
    }
}
