package org.xinfang.petition.bulletin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bulletins in the database (table {@code bulletin}): the files are read only when one is downloaded, never with
 * the list. A version is written once; the unique month and version make a second writer of the same version fail.
 */
@Repository
class BulletinStore {

    private final JdbcTemplate jdbc;

    BulletinStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(YearMonth month, int version, byte[] pdf, byte[] workbook, String generatedBy, Instant generatedAt) {
        jdbc.update(
                "insert into bulletin (bulletin_month, version, pdf, workbook, generated_by, generated_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                month.toString(),
                version,
                pdf,
                workbook,
                generatedBy,
                Timestamp.from(generatedAt));
    }

    /** The month's newest version, 0 when it has none. */
    int latestVersion(YearMonth month) {
        Integer latest = jdbc.queryForObject(
                "select max(version) from bulletin where bulletin_month = ?", Integer.class, month.toString());
        return latest == null ? 0 : latest;
    }

    /** Every version of every month, newest month first and, within it, newest version first. */
    List<Version> versions() {
        return jdbc.query(
                "select bulletin_month, version, generated_by, generated_at, octet_length(pdf), octet_length(workbook)"
                        + " from bulletin order by bulletin_month desc, version desc",
                (row, i) -> new Version(
                        YearMonth.parse(row.getString(1)),
                        row.getInt(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getLong(5),
                        row.getLong(6)));
    }

    /** One of a version's files: {@code pdf} or {@code workbook}. */
    Optional<byte[]> file(YearMonth month, int version, String column) {
        String sql = switch (column) {
            case "pdf" -> "select pdf from bulletin where bulletin_month = ? and version = ?";
            case "workbook" -> "select workbook from bulletin where bulletin_month = ? and version = ?";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.query(sql, (row, i) -> row.getBytes(1), month.toString(), version).stream()
                .findFirst();
    }

    /** A version as listed: the month, its number, who generated it when, and its files' sizes. */
    record Version(
            YearMonth month, int version, String generatedBy, Instant generatedAt, long pdfBytes, long workbookBytes) {}
}
