package org.xinfang.petition.support;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the statements the MySQL driver sends from request threads, ours and the engine's alike (installed by
 * the test-mariadb profile as the driver's query interceptor); none is counted on H2. Background threads (the job
 * executor, the outbox poller, the audit chain writer that seals a batch of entries after their commits) are left
 * out: they run when they run, and their work is not one request's.
 */
public final class StatementCount implements QueryInterceptor {

    private static final AtomicLong SENT = new AtomicLong();
    private static volatile boolean installed;

    /** Tomcat's request threads (http-nio-…-exec-N). */
    private static final String REQUEST_THREAD = "http-nio-";

    /** Statements sent so far by the application's request threads. */
    public static long sent() {
        return SENT.get();
    }

    public static boolean isInstalled() {
        return installed;
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        installed = true;
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        if (Thread.currentThread().getName().startsWith(REQUEST_THREAD)) {
            SENT.incrementAndGet();
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {}

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T resultset, ServerSession session) {
        return null;
    }
}
