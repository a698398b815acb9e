package org.xinfang.petition.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command form of the verification, for operators and scheduled checks:
 * {@code java -jar xinfang-backend.jar --petition.audit.verify-and-exit=true} verifies the chain against this
 * node's anchor file and, with {@code --petition.audit.verify-against=<file>}, against the checkpoint lines in
 * that file too (those the log collector kept); it prints the result and exits with status 0 when the chain is
 * intact, 1 when it is broken and 2 when that file cannot be read.
 */
@Component
@ConditionalOnProperty(name = "petition.audit.verify-and-exit", havingValue = "true")
class VerifyAuditCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

    private final AuditVerification verification;
    private final AuditProperties properties;
    private final ApplicationContext context;

    VerifyAuditCommand(AuditVerification verification, AuditProperties properties, ApplicationContext context) {
        this.verification = verification;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String against = properties.verifyAgainst();
        List<Path> files = against == null || against.isBlank() ? List.of() : List.of(Path.of(against));
        if (!files.stream().allMatch(Files::isReadable)) {
            log.error("Cannot read the checkpoints to verify against: {}", against);
            System.exit(SpringApplication.exit(context, () -> 2));
        }
        AuditVerification.Result result = verification.verify(List.of(), files);
        if (result.intact()) {
            log.info(
                    "Audit trail intact: {} entries checked against {} checkpoints; {} written but not chained yet",
                    result.entriesChecked(),
                    result.checkpointsChecked(),
                    result.pendingEntries());
        } else {
            log.error(
                    "Audit trail BROKEN at entry {} ({}); {} entries before it are intact",
                    result.firstBrokenSeq(),
                    result.problem(),
                    result.entriesChecked());
        }
        ExitCodeGenerator exitCode = () -> result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, exitCode));
    }
}
