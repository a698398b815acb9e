package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.xinfang.petition.audit.AuditVerification.Result;
import org.xinfang.petition.support.PetitionTest;

/**
 * Anchoring the chain's head outside the database: a sealed checkpoint line in the node's file and in the log,
 * from every node without coordination.
 */
@PetitionTest
@ExtendWith(OutputCaptureExtension.class)
class AuditAnchorTest {

    private static final int ANCHORS_PER_NODE = 40;

    @Autowired
    AuditHeadRepository heads;

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    AuditSeal seal;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    AuditChain chain;

    @Autowired
    Clock clock;

    @TempDir
    Path directory;

    @Test
    void theHeadIsAnchoredInTheLogForTheCollectorAndInTheNodesFile(CapturedOutput output) throws Exception {
        trail.recordView("TEST_VIEW", null, "an entry to anchor");
        Chained.now(chain);
        AuditHead head = heads.findById(1).orElseThrow();

        Checkpoint checkpoint = anchor.anchor();

        assertThat(checkpoint.seq()).isEqualTo(head.getLastSeq());
        assertThat(checkpoint.hash()).isEqualTo(head.getLastHash());
        assertThat(output).contains("INFO").contains(checkpoint.line());
        assertThat(output.toString()
                        .lines()
                        .filter(line -> line.contains(checkpoint.line()))
                        .findFirst()
                        .flatMap(seal::authentic))
                .as("the log line is a checkpoint, collector's prefix and all")
                .hasValue(checkpoint);
    }

    @Test
    void twoNodesAnchoringAtOnceIntoOneFileWhileTheTrailGrowsWriteEveryLineWhole() throws Exception {
        Path shared = directory.resolve("anchors.log");
        List<AuditAnchor> nodes = List.of(
                new AuditAnchor(heads, seal, new AnchorFile(shared), clock),
                new AuditAnchor(heads, seal, new AnchorFile(shared), clock));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (AuditAnchor node : nodes) {
                work.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < ANCHORS_PER_NODE; i++) {
                        node.anchor();
                    }
                    return null;
                }));
            }
            work.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < ANCHORS_PER_NODE / 2; i++) {
                    trail.recordView("TEST_VIEW", null, "appended while the nodes anchor");
                }
                return null;
            }));
            start.countDown();
            for (Future<?> done : work) {
                done.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Chained.now(chain);

        List<String> lines = Files.readAllLines(shared);
        assertThat(lines).hasSize(2 * ANCHORS_PER_NODE);
        assertThat(lines)
                .allSatisfy(line -> assertThat(seal.authentic(line)).as(line).isPresent());
        Result result =
                new AuditVerification(entries, heads, seal, new AnchorFile(shared)).verify(List.of(), List.of());
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.checkpointsChecked()).isEqualTo(2 * ANCHORS_PER_NODE);
    }

    @Test
    void aLineOfACheckpointFileThatTheKeyDidNotSealFailsTheVerification() throws Exception {
        Checkpoint checkpoint = anchor.anchor();
        Path collected = directory.resolve("collected.log");
        Files.writeString(
                collected, checkpoint.line() + "\n\n" + checkpoint.line().replace("key=", "key=1") + "\n");

        Result result = new AuditVerification(entries, heads, seal, new AnchorFile(directory.resolve("none.log")))
                .verify(List.of(), List.of(collected));

        assertThat(result)
                .extracting(Result::intact, Result::problem)
                .containsExactly(false, "checkpoint-not-authentic");
    }
}
