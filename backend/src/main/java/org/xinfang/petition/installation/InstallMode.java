package org.xinfang.petition.installation;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.xinfang.petition.shared.SetupRequired;

/**
 * The install command ({@link InstallCommand}) runs the application once, to migrate the database and create what a
 * node needs: so the keys it does not find are created (in key files, which must be named: nothing is created where
 * no one will look for it), and nothing else a node does runs: no web port, no jobs, no demo data.
 */
public class InstallMode implements EnvironmentPostProcessor {

    static final String ADMINISTRATOR = "petition.install.administrator";

    private static final String KEY_FILES_ACTION = "Set PETITION_KEY_FILE and PETITION_AUDIT_KEY_FILE to two files of "
            + "their own (e.g. /etc/xinfang/personal-data.keys and /etc/xinfang/audit.keys), the same for the install "
            + "and every start; or give the keys themselves in PETITION_DATA_KEYS, PETITION_INDEX_KEY and "
            + "PETITION_AUDIT_KEYS";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty(ADMINISTRATOR)) {
            return;
        }
        String dataKeyFile = keyFile(environment, "petition.privacy.data-keys", "petition.privacy.key-file", "data");
        String auditKeyFile = keyFile(environment, "petition.audit.keys", "petition.audit.key-file", "audit");
        if (!dataKeyFile.isEmpty() && dataKeyFile.equals(auditKeyFile)) {
            throw new SetupRequired(
                    "PETITION_KEY_FILE and PETITION_AUDIT_KEY_FILE name the same file; the install command creates "
                            + "each key file apart.",
                    KEY_FILES_ACTION);
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "install",
                        Map.of(
                                "petition.privacy.generate-keys", "true",
                                "petition.audit.generate-key", "true",
                                "server.port", "0",
                                "operaton.bpm.job-execution.enabled", "false",
                                "petition.demo.organisation", "false",
                                "petition.demo.cases", "false")));
    }

    /** The key file the install creates unless it exists; empty when the environment gives the keys themselves. */
    private static String keyFile(ConfigurableEnvironment environment, String keys, String file, String which) {
        if (!environment.getProperty(keys, "").isBlank()) {
            return "";
        }
        String path = environment.getProperty(file, "").strip();
        if (path.isEmpty()) {
            throw new SetupRequired(
                    "The install command creates the " + which + " keys in a key file, and none is named.",
                    KEY_FILES_ACTION);
        }
        return path;
    }
}
