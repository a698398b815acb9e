package org.xinfang.petition.audit;

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
 * {@code java -jar xinfang-backend.jar --petition.audit.verify-and-exit=true} prints the result and exits with
 * status 0 when the chain is intact and 1 when it is broken.
 */
@Component
@ConditionalOnProperty(name = "petition.audit.verify-and-exit", havingValue = "true")
class VerifyAuditCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

  private final AuditVerification verification;
  private final ApplicationContext context;

  VerifyAuditCommand(AuditVerification verification, ApplicationContext context) {
    this.verification = verification;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    AuditVerification.Result result = verification.verify();
    if (result.intact()) {
      log.info("Audit trail intact: {} entries checked", result.entriesChecked());
    } else {
      log.error("Audit trail BROKEN at entry {} ({}); {} entries before it are intact", result.firstBrokenSeq(),
          result.problem(), result.entriesChecked());
    }
    ExitCodeGenerator exitCode = () -> result.intact() ? 0 : 1;
    System.exit(SpringApplication.exit(context, exitCode));
  }
}
