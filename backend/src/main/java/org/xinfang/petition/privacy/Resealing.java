package org.xinfang.petition.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Brings the stored values of protected columns up to date, a batch of rows at a time in id order: a value kept
 * in clear is encrypted, a value under an older key or cipher is re-encrypted under the active one, and a blind
 * index is recomputed under the current index key. A value already current is left alone, so running it again
 * (after a crash, on a second node) only finishes what is left. Each row is updated only if it still holds what
 * was read, so a value the application rewrote meanwhile (already current) is not overwritten.
 */
@Component
public class Resealing {

    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;

    Resealing(PersonalDataCipher cipher, BlindIndex blindIndex) {
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /** Every row of the columns on one connection (a migration's), in batches of {@code batchSize}. */
    public List<ColumnReport> resealAll(Connection connection, List<ProtectedColumn> columns, int batchSize)
            throws SQLException {
        List<ColumnReport> reports = new ArrayList<>();
        for (ProtectedColumn column : columns) {
            ColumnReport report = ColumnReport.empty(column);
            Batch batch = new Batch(0, ColumnReport.empty(column), false);
            do {
                batch = batch(connection, column, batch.lastId(), batchSize);
                report = report.plus(batch.report());
            } while (batch.more());
            reports.add(report);
        }
        return reports;
    }

    /**
     * Makes a column that held values in clear wide enough for their ciphertext (a {@code not null} varchar of
     * {@code length}), written per database since H2 and MySQL spell the change of type differently.
     */
    public void widen(Connection connection, ProtectedColumn column, int length) throws SQLException {
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + column.table()
                    + (h2
                            ? " alter column " + column.column() + " set data type varchar(" + length + ")"
                            : " modify " + column.column() + " varchar(" + length + ") not null"));
        }
    }

    /** The rows after {@code afterId}, at most {@code requested} of them (and at most the column's batch limit). */
    Batch batch(Connection connection, ProtectedColumn column, long afterId, int requested) throws SQLException {
        int size = Math.min(requested, column.batchLimit());
        List<Row> rows = read(connection, column, afterId, size);
        ColumnReport report = ColumnReport.empty(column);
        for (Row row : rows) {
            report = report.plus(reseal(connection, column, row));
        }
        long lastId = rows.isEmpty() ? afterId : rows.get(rows.size() - 1).id();
        return new Batch(lastId, report, rows.size() == size);
    }

    private ColumnReport reseal(Connection connection, ProtectedColumn column, Row row) throws SQLException {
        if (row.stored() == null) {
            return new ColumnReport(column.associatedData(), 1, 0, 0, 0);
        }
        boolean sealed = PersonalDataCipher.isSealed(row.stored());
        String clear = sealed ? cipher.decrypt(column.associatedData(), row.stored()) : row.stored();
        boolean current = sealed && cipher.isCurrent(row.stored());
        String value = current ? row.stored() : cipher.encrypt(column.associatedData(), clear);
        String index = column.indexed() ? indexOf(column, clear, row.index()) : null;
        boolean reindexed = column.indexed() && !Objects.equals(index, row.index());
        if ((current && !reindexed) || !update(connection, column, row, value, index)) {
            return new ColumnReport(column.associatedData(), 1, 0, 0, 0);
        }
        return new ColumnReport(
                column.associatedData(), 1, sealed ? 0 : 1, sealed && !current ? 1 : 0, reindexed ? 1 : 0);
    }

    /**
     * An erased value (empty) keeps the index it has: none, a marker of its row, or the keyed hash a case closed for
     * good keeps of its ID number, which cannot be computed again from what is left.
     */
    private String indexOf(ProtectedColumn column, String clear, String current) {
        return clear.isEmpty() ? current : blindIndex.of(column.indexPurpose(), clear);
    }

    private static List<Row> read(Connection connection, ProtectedColumn column, long afterId, int size)
            throws SQLException {
        String key = column.keyColumn();
        String select = "select " + key + ", " + column.column()
                + (column.indexed() ? ", " + column.indexColumn() : "") + " from " + column.table() + " where " + key
                + " > ? order by " + key;
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setMaxRows(size);
            statement.setLong(1, afterId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(
                            result.getLong(1), result.getString(2), column.indexed() ? result.getString(3) : null));
                }
            }
        }
        return rows;
    }

    private static boolean update(Connection connection, ProtectedColumn column, Row row, String value, String index)
            throws SQLException {
        String update = "update " + column.table() + " set " + column.column() + " = ?"
                + (column.indexed() ? ", " + column.indexColumn() + " = ?" : "") + " where " + column.keyColumn()
                + " = ? and " + column.column()
                + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            int i = 1;
            statement.setString(i++, value);
            if (column.indexed()) {
                statement.setString(i++, index);
            }
            statement.setLong(i++, row.id());
            statement.setString(i, row.stored());
            return statement.executeUpdate() == 1;
        }
    }

    private record Row(long id, String stored, String index) {}

    /** What one batch did, the last id it reached, and whether rows may follow it. */
    public record Batch(long lastId, ColumnReport report, boolean more) {}

    /**
     * What a pass over one column did: rows examined, values that were in clear and are now encrypted, values
     * re-encrypted under the active key, blind indexes recomputed.
     */
    public record ColumnReport(String column, long examined, long sealed, long reencrypted, long reindexed) {

        static ColumnReport empty(ProtectedColumn column) {
            return new ColumnReport(column.associatedData(), 0, 0, 0, 0);
        }

        ColumnReport plus(ColumnReport other) {
            return new ColumnReport(
                    column,
                    examined + other.examined,
                    sealed + other.sealed,
                    reencrypted + other.reencrypted,
                    reindexed + other.reindexed);
        }
    }
}
