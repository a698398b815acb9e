package org.xinfang.petition.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.Resealing;
import org.xinfang.petition.privacy.Resealing.Batch;

/**
 * Encrypts what attachments kept in clear before: the extracted text and the client's file name in the table
 * (the name's column made wide enough for its ciphertext first), and every stored file, sealed in place by a new
 * file moved over the old. Running it again, after
 * a crash half-way say, only finishes what is left: encrypted values and sealed files are left alone.
 */
@Component
class V19__Encrypt_attachments extends BaseJavaMigration {

    private static final int BATCH = 100;

    private final Resealing resealing;
    private final ContentStore store;

    V19__Encrypt_attachments(Resealing resealing, ContentStore store) {
        this.resealing = resealing;
        this.store = store;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        resealing.widen(connection, AttachmentColumns.ORIGINAL_NAME, 1024);
        resealing.resealAll(
                connection, List.of(AttachmentColumns.EXTRACTED_TEXT, AttachmentColumns.ORIGINAL_NAME), BATCH);
        Batch batch;
        long afterId = 0;
        do {
            batch = AttachmentFiles.reseal(store, storedFiles(connection, afterId), afterId, BATCH);
            afterId = batch.lastId();
        } while (batch.more());
    }

    private static List<StoredFile> storedFiles(Connection connection, long afterId) throws SQLException {
        List<StoredFile> files = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, storage_key, sha256 from attachment where id > ? order by id")) {
            statement.setMaxRows(BATCH);
            statement.setLong(1, afterId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    files.add(new StoredFile(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return files;
    }
}
