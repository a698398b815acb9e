package org.xinfang.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.attachment.AttachmentAccessApiTest.LETTER;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.privacy.CipherAlgorithm;
import org.xinfang.petition.privacy.DataKeys;
import org.xinfang.petition.privacy.FileCipher;
import org.xinfang.petition.privacy.KeyFile;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * Attachments at rest: each file sealed with the data keys (streaming AES-GCM) and decrypted as it is sent, the
 * extracted text and the client's file name encrypted in the row; a stored file altered, cut short, swapped or
 * missing is refused whole; the key rotation re-encrypts files and text, a file under an older key staying readable
 * until then; the migration V19 seals what earlier versions kept in clear and may run again; nothing stays in the
 * scratch area.
 */
class AttachmentStorageApiTest extends ApiTest {

    private static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ContentStore store;

    @Autowired
    FileCipher fileCipher;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    Attachments attachments;

    @Autowired
    AttachmentFiles attachmentFiles;

    @Autowired
    V19__Encrypt_attachments migration;

    @Autowired
    ScratchSweep sweep;

    @Value("${petition.privacy.data-keys}")
    String dataKeys;

    @Value("${petition.privacy.index-key}")
    String indexKey;

    @Test
    void theStoredFileAndTheRowHoldNothingInClearYetTheTextStillServesRepeats() throws IOException {
        String number = fileWith(new Upload("张伟的信.txt", LETTER));
        Map<String, Object> row = rowsOf(number).get(0);
        Path file = store.locate(row.get("storage_key").toString());

        assertThat(FileCipher.isSealed(file)).isTrue();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                .doesNotContain(ID_NUMBER)
                .doesNotContain("13812345678");
        assertThat(row.get("extracted_text").toString())
                .startsWith("v2.AES-GCM.")
                .doesNotContain(ID_NUMBER);
        assertThat(row.get("original_name").toString())
                .startsWith("v2.AES-GCM.")
                .doesNotContain("张伟");
        assertThat(attachments.textOf(complaintId(number))).contains(ID_NUMBER);
        assertThat(download(number, id(row))
                        .statusCode(200)
                        .header("Content-Length", String.valueOf(LETTER.length))
                        .extract()
                        .asByteArray())
                .isEqualTo(LETTER);
        assertThat(api.as(CLERK)
                        .get("/complaints/{n}/attachments", number)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("[0].name"))
                .isEqualTo("张伟的信.txt");
    }

    @Test
    void aStoredFileAlteredCutShortSwappedOrMissingIsRefusedWholeNeverServedInPart() throws IOException {
        byte[] longLetter = longLetter();
        String number = fileWith(new Upload("long.txt", longLetter), new Upload("short.txt", LETTER));
        List<Map<String, Object>> rows = rowsOf(number);
        long id = id(rows.get(0));
        Path file = store.locate(rows.get(0).get("storage_key").toString());
        byte[] original = Files.readAllBytes(file);
        try {
            byte[] altered = original.clone();
            altered[altered.length - 100] ^= 1;
            Files.write(file, altered);
            download(number, id).spec(problem(500, "attachment.damaged"));

            Files.write(file, Arrays.copyOf(original, original.length - (original.length - 60) % (64 * 1024 + 16)));
            download(number, id).spec(problem(500, "attachment.damaged"));

            Files.copy(fileOf(rows.get(1)), file, StandardCopyOption.REPLACE_EXISTING);
            download(number, id).spec(problem(500, "attachment.damaged"));

            Files.delete(file);
            download(number, id).spec(problem(500, "attachment.damaged"));
            assertThat(downloadsOf(number))
                    .as("nothing served, nothing audited")
                    .isZero();
        } finally {
            Files.write(file, original);
        }
        assertThat(download(number, id).statusCode(200).extract().asByteArray()).isEqualTo(longLetter);
    }

    @Test
    void theRotationReencryptsFilesAndTextAndFilesUnderTheOldKeyStayReadableUntilThen() throws IOException {
        byte[] longLetter = longLetter();
        String number = fileWith(new Upload("long.txt", longLetter), new Upload("short.txt", LETTER));
        List<Map<String, Object>> rows = rowsOf(number);
        DataKeys version1 = new DataKeys(
                KeyFile.parseVersions(dataKeys), 1, Base64.getDecoder().decode(indexKey));
        FileCipher filesUnderVersion1 = new FileCipher(version1, CipherAlgorithm.AES_256_GCM);
        PersonalDataCipher textUnderVersion1 = new PersonalDataCipher(version1, CipherAlgorithm.AES_256_GCM);
        for (Map<String, Object> row : rows) {
            String key = row.get("storage_key").toString();
            rewrite(key, clear -> {
                ByteArrayOutputStream sealed = new ByteArrayOutputStream();
                filesUnderVersion1.seal(new ByteArrayInputStream(clear), sealed, key);
                return sealed.toByteArray();
            });
            jdbc.update(
                    "update attachment set extracted_text = ? where id = ?",
                    textUnderVersion1.encrypt(
                            "attachment.extracted_text",
                            cipher.decrypt(
                                    "attachment.extracted_text",
                                    row.get("extracted_text").toString())),
                    id(row));
        }
        assertThat(download(number, id(rows.get(0))).statusCode(200).extract().asByteArray())
                .isEqualTo(longLetter);
        assertThat(attachments.textOf(complaintId(number))).contains(ID_NUMBER);

        // A rotation cut short after one file: each file readable under the key its header names
        attachmentFiles.reseal(id(rows.get(0)) - 1, 1);
        assertThat(fileCipher.isCurrent(fileOf(rows.get(0)))).isTrue();
        assertThat(fileCipher.isCurrent(fileOf(rows.get(1)))).isFalse();
        assertThat(download(number, id(rows.get(0))).statusCode(200).extract().asByteArray())
                .isEqualTo(longLetter);
        assertThat(download(number, id(rows.get(1))).statusCode(200).extract().asByteArray())
                .isEqualTo(LETTER);

        JsonPath report = rotate();

        assertThat(report.getLong("columns.find { it.column == 'attachment files' }.reencrypted"))
                .isPositive();
        assertThat(report.getLong("columns.find { it.column == 'attachment.extracted_text' }.reencrypted"))
                .isGreaterThanOrEqualTo(2);
        for (Map<String, Object> row : rowsOf(number)) {
            assertThat(fileCipher.isCurrent(fileOf(row))).isTrue();
            assertThat(row.get("extracted_text").toString()).startsWith("v2.AES-GCM.");
        }
        assertThat(download(number, id(rows.get(1))).statusCode(200).extract().asByteArray())
                .isEqualTo(LETTER);
        assertThat(attachments.textOf(complaintId(number))).contains(ID_NUMBER);
        assertThat(rotate().getLong("columns.findAll { it.column == 'attachment files' }"
                        + ".sum { it.reencrypted + it.sealed }"))
                .as("nothing left")
                .isZero();
    }

    @Test
    void theMigrationSealsWhatWasKeptInClearAndMayRunAgain() throws Exception {
        String number = fileWith(new Upload("张伟的信.txt", LETTER), new Upload("second.txt", LETTER));
        List<Map<String, Object>> rows = rowsOf(number);
        // As an earlier version kept the first file and its row; the second was sealed before a crash, say
        Map<String, Object> first = rows.get(0);
        String key = first.get("storage_key").toString();
        rewrite(key, clear -> clear);
        jdbc.update(
                "update attachment set extracted_text = ?, original_name = ? where id = ?",
                new String(LETTER, StandardCharsets.UTF_8),
                "张伟的信.txt",
                id(first));
        byte[] secondBefore = Files.readAllBytes(fileOf(rows.get(1)));

        migrate();

        Map<String, Object> sealedRow = rowsOf(number).get(0);
        assertThat(FileCipher.isSealed(fileOf(first))).isTrue();
        assertThat(sealedRow.get("extracted_text").toString()).startsWith("v2.AES-GCM.");
        assertThat(sealedRow.get("original_name").toString()).startsWith("v2.AES-GCM.");
        assertThat(Files.readAllBytes(fileOf(rows.get(1))))
                .as("a sealed file is left alone")
                .isEqualTo(secondBefore);
        assertThat(download(number, id(first)).statusCode(200).extract().asByteArray())
                .isEqualTo(LETTER);
        assertThat(attachments.textOf(complaintId(number))).contains(ID_NUMBER);

        byte[] firstSealed = Files.readAllBytes(fileOf(first));
        migrate();
        assertThat(Files.readAllBytes(fileOf(first)))
                .as("running again changes nothing")
                .isEqualTo(firstSealed);
        assertThat(rowsOf(number).get(0)).isEqualTo(sealedRow);
    }

    @Test
    void whatAStoppedNodeLeftInTheScratchAreaIsRemovedWhenANodeStarts() throws IOException {
        Files.createDirectories(store.scratch());
        Path leftover = Files.write(store.scratch().resolve("upload-leftover.part"), LETTER);
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path inFlight = Files.write(store.scratch().resolve("upload-in-flight.part"), LETTER);
        try {
            sweep.removeLeftovers();

            assertThat(leftover).doesNotExist();
            assertThat(inFlight).as("another node's upload being checked").exists();
        } finally {
            Files.deleteIfExists(inFlight);
        }
    }

    /** A letter of three segments and more. */
    private static byte[] longLetter() {
        StringBuilder letter = new StringBuilder();
        while (letter.length() < 50_000) {
            letter.append(new String(LETTER, StandardCharsets.UTF_8)).append('\n');
        }
        return letter.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces a stored file by what {@code change} makes of its clear content. */
    private void rewrite(String key, Rewrite change) throws IOException {
        try (InputStream in = store.open(key)) {
            Files.write(store.locate(key), change.apply(in.readAllBytes()));
        }
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }

    private JsonPath rotate() {
        return api.as(ADMIN)
                .post("/admin/privacy/rotation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String fileWith(Upload... uploads) {
        return Uploads.fileWith(api.anonymous(), webComplaint(), List.of(uploads))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
    }

    private ValidatableResponse download(String number, long id) {
        return api.as(CLERK)
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", number, id)
                .then();
    }

    private List<Map<String, Object>> rowsOf(String number) {
        return jdbc.queryForList(
                "select a.id, a.storage_key, a.extracted_text, a.original_name from attachment a"
                        + " join complaint c on c.id = a.complaint_id where c.tracking_number = ? order by a.id",
                number);
    }

    private Path fileOf(Map<String, Object> row) {
        return store.locate(row.get("storage_key").toString());
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private long complaintId(String number) {
        return jdbc.queryForObject("select id from complaint where tracking_number = ?", Long.class, number);
    }

    private long downloadsOf(String number) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = 'ATTACHMENT_DOWNLOADED'" + " and tracking_number = ?",
                Long.class,
                number);
    }

    @FunctionalInterface
    private interface Rewrite {
        byte[] apply(byte[] clear) throws IOException;
    }
}
