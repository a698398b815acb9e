package org.xinfang.petition.privacy;

/**
 * A column that holds personal data encrypted with {@link PersonalDataCipher}, declared as a bean by the module
 * that owns the table, so that the rotation re-encrypts it and the first migration seals values kept in clear.
 * The associated data of every value is {@code <table>.<column>}. An indexed column also has a blind index
 * beside it, recomputed from the value under the current index key.
 *
 * @param table the table
 * @param column the encrypted column
 * @param indexColumn the column of its blind index, or null
 * @param indexPurpose the {@link BlindIndex} purpose of that index, or null
 * @param keyColumn the table's numeric primary key, by which the rotation walks the rows ({@code id} by default)
 * @param batchLimit the most rows resealed at once, whatever batch size is asked for
 */
public record ProtectedColumn(
        String table, String column, String indexColumn, String indexPurpose, String keyColumn, int batchLimit) {

    public static ProtectedColumn of(String table, String column) {
        return new ProtectedColumn(table, column, null, null, "id", Integer.MAX_VALUE);
    }

    public ProtectedColumn indexedIn(String indexColumn, String purpose) {
        return new ProtectedColumn(table, column, indexColumn, purpose, keyColumn, batchLimit);
    }

    /** For a table whose numeric primary key is not {@code id}. */
    public ProtectedColumn keyedBy(String keyColumn) {
        return new ProtectedColumn(table, column, indexColumn, indexPurpose, keyColumn, batchLimit);
    }

    /** For a column of long values (a document's text), so that a batch of them does not fill the memory. */
    public ProtectedColumn inBatchesOf(int rows) {
        return new ProtectedColumn(table, column, indexColumn, indexPurpose, keyColumn, rows);
    }

    /** What the cipher binds in as associated data. */
    public String associatedData() {
        return table + "." + column;
    }

    boolean indexed() {
        return indexColumn != null;
    }
}
