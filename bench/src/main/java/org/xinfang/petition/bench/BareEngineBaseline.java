package org.xinfang.petition.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.operaton.bpm.engine.variable.Variables;

/**
 * Baseline (a): the bare engine, Operaton embedded in plain Java with no Spring, starting the same
 * {@code complaint-handling} model with the same variables and history level (full) on its own database, from as
 * many threads as the intake has clients. It is what the engine alone costs: the intake is reported as a ratio to
 * it.
 *
 * <p>Arguments: JDBC URL, user, password, pool size, results file, duration in seconds, warm-up seconds, then the
 * client counts.
 */
public final class BareEngineBaseline {

    static final String PROCESS_KEY = "complaint-handling";

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        try (HikariDataSource pool = arguments.pool();
                ProcessEngineHandle engine = new ProcessEngineHandle(pool)) {
            RuntimeService runtime = engine.engine.getRuntimeService();
            for (int clients : arguments.clients()) {
                String run = "BE" + System.currentTimeMillis() + "-" + clients + "-";
                LoadResult result = new ClosedLoop(
                                clients,
                                sequence -> runtime.startProcessInstanceByKey(
                                        PROCESS_KEY,
                                        run + sequence,
                                        Variables.createVariables()
                                                .putValue("category", "POLICE_CONDUCT")
                                                .putValue("urgency", "NORMAL")
                                                .putValue("region", "640104")
                                                .putValue("reopenCount", 0)))
                        .measure("bare-engine", arguments.warmUp(), arguments.duration());
                System.out.println(result.toJson());
                result.appendTo(arguments.results());
            }
        }
    }

    /**
     * The expressions the model calls before its first wait state (the triage task): its clock, and whether the matter
     * was closed for good before. The backend's {@code deadlines} works the limit
     * out from the time-limits decision and the working calendar; here a fixed limit stands in, so the baseline is
     * the engine's own work.
     */
    public static final class FixedDeadlines {
        public Date dueFor(DelegateExecution execution, String stage) {
            return Date.from(Instant.now().plus(3, ChronoUnit.DAYS));
        }

        /** A stage's clock as the backend starts it: its due and warning moments, transient, e.g. {@code triageDue}. */
        public void start(DelegateExecution execution, String stage) {
            String name = variablePrefix(stage);
            Instant due = Instant.now().plus(15, ChronoUnit.DAYS);
            execution.setVariable(name + "Due", Variables.dateValue(Date.from(due), true));
            execution.setVariable(
                    name + "Warning", Variables.dateValue(Date.from(due.minus(3, ChronoUnit.DAYS)), true));
        }

        /** {@code SIGN_FOR} → {@code signFor}, as the backend's {@code DeadlineStage} names its variables. */
        private static String variablePrefix(String stage) {
            StringBuilder name = new StringBuilder();
            for (String word : stage.toLowerCase(Locale.ROOT).split("_", -1)) {
                name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return name.toString();
        }
    }

    /**
     * The backend's {@code settledMatters} looks for a matter of the same complainant closed for good (one indexed
     * query); a new complainant's never is.
     */
    public static final class NoSettledMatters {
        public boolean found(DelegateExecution execution) {
            return false;
        }
    }

    /** An engine as the backend configures its own: full history, UUID ids, READ COMMITTED, no job executor. */
    private static final class ProcessEngineHandle implements AutoCloseable {
        private final ProcessEngine engine;

        ProcessEngineHandle(HikariDataSource pool) {
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                    ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                            .setDataSource(pool)
                            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                            .setJobExecutorActivate(false);
            configuration.setIdGenerator(new StrongUuidGenerator());
            configuration.setBeans(Map.of("deadlines", new FixedDeadlines(), "settledMatters", new NoSettledMatters()));
            configuration.setEnforceHistoryTimeToLive(true);
            engine = configuration.buildProcessEngine();
            engine.getRepositoryService()
                    .createDeployment()
                    .name("bench")
                    .enableDuplicateFiltering(true)
                    .addClasspathResource("processes/complaint-handling.bpmn")
                    .addClasspathResource("processes/bureau-routing.dmn")
                    .addClasspathResource("processes/time-limits.dmn")
                    .deploy();
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    /** The command line, shared with {@link RawJdbcBaseline}. */
    @SuppressWarnings("ArrayRecordComponent") // the command line, read once, never compared or hashed
    record Arguments(
            String url,
            String user,
            String password,
            int poolSize,
            Path results,
            Duration duration,
            Duration warmUp,
            int[] clients) {

        Arguments(String[] args) {
            this(
                    args[0],
                    args[1],
                    args[2],
                    Integer.parseInt(args[3]),
                    Path.of(args[4]),
                    Duration.ofSeconds(Long.parseLong(args[5])),
                    Duration.ofSeconds(Long.parseLong(args[6])),
                    Arrays.stream(args, 7, args.length)
                            .mapToInt(Integer::parseInt)
                            .toArray());
        }

        HikariDataSource pool() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(poolSize);
            pool.setTransactionIsolation(url.startsWith("jdbc:mysql") ? "TRANSACTION_READ_COMMITTED" : null);
            pool.setAutoCommit(true);
            return pool;
        }
    }
}
