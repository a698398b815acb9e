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
 * Counts every statement the MySQL driver sends, ours and the engine's alike (installed by the test-mariadb
 * profile as the driver's query interceptor); none is counted on H2.
 */
public final class StatementCount implements QueryInterceptor {

  private static final AtomicLong SENT = new AtomicLong();
  private static volatile boolean installed;

  /** Statements sent so far by every connection of the application. */
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
    SENT.incrementAndGet();
    return null;
  }

  @Override
  public boolean executeTopLevelOnly() {
    return true;
  }

  @Override
  public void destroy() {}

  @Override
  public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T resultset,
      ServerSession session) {
    return null;
  }
}
