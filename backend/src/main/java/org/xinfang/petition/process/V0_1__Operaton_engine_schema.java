package org.xinfang.petition.process;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the process engine's schema with the engine's own official scripts (shipped in operaton-engine), as
 * the first step of our one versioned migration history. The engine never touches its schema itself
 * ({@code databaseSchemaUpdate=false}); an engine upgrade adds a migration that runs the engine's upgrade
 * scripts from {@code org/operaton/bpm/engine/db/upgrade}.
 */
@Component
class V0_1__Operaton_engine_schema extends BaseJavaMigration {

    private static final String SCRIPTS = "org/operaton/bpm/engine/db/create/activiti.%s.create.%s.sql";
    private static final List<String> PARTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");
    private static final Map<String, String> ENGINE_DATABASE_TYPES =
            Map.of("H2", "h2", "MySQL", "mysql", "MariaDB", "mariadb");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        String type = ENGINE_DATABASE_TYPES.get(product);
        if (type == null) {
            throw new IllegalStateException("No engine schema scripts for database " + product);
        }
        for (String part : PARTS) {
            ClassPathResource script = new ClassPathResource(SCRIPTS.formatted(type, part));
            ScriptUtils.executeSqlScript(connection, new EncodedResource(script, StandardCharsets.UTF_8));
        }
    }
}
