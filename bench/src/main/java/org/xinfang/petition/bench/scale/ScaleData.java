package org.xinfang.petition.bench.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The scale data of bench/README.md ("Scale data"):
 * <pre>
 *   ScaleData load  --db NAME [--closed 1000000] [--open 100000] [--seed 11] [--now 2026-12-03T12:00]
 *                   [--chunk 10000] [--history lean|full] [--from 0]
 *   ScaleData burst --db NAME [--count 10000] [--in 60]   then watches until every one is processed
 * </pre>
 * Options common to both: {@code --host 127.0.0.1:3306 --user root --password ''}, {@code --zone Asia/Shanghai}
 * (the application's time zone).
 */
public final class ScaleData {

    private ScaleData() {}

    public static void main(String[] args) throws SQLException, InterruptedException {
        if (args.length == 0 || !(args[0].equals("load") || args[0].equals("burst"))) {
            System.err.println("usage: ScaleData load|burst --db NAME [options], see bench/README.md");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        String schema = options.get("db");
        if (schema == null) {
            System.err.println("--db NAME is required");
            System.exit(2);
        }
        ZoneId zone = ZoneId.of(options.getOrDefault("zone", "Asia/Shanghai"));
        String url = "jdbc:mysql://" + options.getOrDefault("host", "127.0.0.1:3306") + "/" + schema
                + "?sendFractionalSeconds=false&characterEncoding=UTF-8&rewriteBatchedStatements=true";
        try (Connection db = DriverManager.getConnection(
                url, options.getOrDefault("user", "root"), options.getOrDefault("password", ""))) {
            // As the application: copying the templates then takes no locks that a load beside this one would wait for.
            db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            if (args[0].equals("load")) {
                LocalDateTime now =
                        options.containsKey("now") ? LocalDateTime.parse(options.get("now")) : LocalDateTime.now(zone);
                new ScaleLoad(db, schema, zone, Long.parseLong(options.getOrDefault("from", "0")))
                        .load(
                                Long.parseLong(options.getOrDefault("seed", "11")),
                                Long.parseLong(options.getOrDefault("closed", "1000000")),
                                Long.parseLong(options.getOrDefault("open", "100000")),
                                now,
                                Integer.parseInt(options.getOrDefault("chunk", "10000")),
                                options.getOrDefault("history", "lean").equals("full"));
            } else {
                new DueBurst(db, zone)
                        .run(
                                Integer.parseInt(options.getOrDefault("count", "10000")),
                                Integer.parseInt(options.getOrDefault("in", "60")));
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
