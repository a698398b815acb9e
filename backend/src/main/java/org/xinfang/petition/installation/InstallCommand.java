package org.xinfang.petition.installation;

import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.shared.SetupRequired;

/**
 * The install command: {@code java -jar xinfang-backend.jar --petition.install.administrator=<login>} with the
 * profiles and environment of the node. By the time it runs the database is migrated and the key files exist
 * (created now unless they did: {@link InstallMode}); it creates the first administrator with a random password,
 * prints where the keys are and the password, once, and exits with status 0. A refusal stops it with one line of
 * what is wrong and what to do, and a status other than 0.
 */
@Component
@ConditionalOnProperty(name = InstallMode.ADMINISTRATOR)
class InstallCommand implements ApplicationRunner {

    /** Letters and digits that no one misreads (no 0/O, 1/l/I). */
    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int PASSWORD_LENGTH = 16;

    private final FirstAdministrator firstAdministrator;
    private final InstallProperties properties;
    private final Environment environment;
    private final ApplicationContext context;
    private final SecureRandom random = new SecureRandom();

    InstallCommand(
            FirstAdministrator firstAdministrator,
            InstallProperties properties,
            Environment environment,
            ApplicationContext context) {
        this.firstAdministrator = firstAdministrator;
        this.properties = properties;
        this.environment = environment;
        this.context = context;
    }

    /** The answer is printed for the operator at the console, not logged: a password must not reach a log collector. */
    @Override
    public void run(ApplicationArguments args) {
        String login = properties.administrator().strip();
        if (login.isEmpty()) {
            throw new SetupRequired(
                    "The install command names no first administrator.",
                    "Give the login: --petition.install.administrator=<login>, e.g. admin");
        }
        String password = randomPassword(login);
        OrgUnit unit = firstAdministrator.create(properties, password);
        System.out.println("Installed. Keep the key files secret, apart from the database, and backed up:");
        System.out.println("  data keys: " + where("petition.privacy.key-file", "PETITION_DATA_KEYS"));
        System.out.println("  audit key: " + where("petition.audit.key-file", "PETITION_AUDIT_KEYS"));
        System.out.println("First administrator " + login + " of " + unit.getCode() + ", password (shown only now; "
                + "to be changed at the first login):");
        System.out.println(password);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private String where(String keyFile, String environmentKeys) {
        String file = environment.getProperty(keyFile, "");
        return file.isBlank() ? "from " + environmentKeys : file;
    }

    /** A password that passes the rules of any password: long enough, without the login. */
    private String randomPassword(String login) {
        String password;
        do {
            StringBuilder built = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                built.append(PASSWORD_CHARACTERS.charAt(random.nextInt(PASSWORD_CHARACTERS.length())));
            }
            password = built.toString();
        } while (password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT)));
        return password;
    }
}
