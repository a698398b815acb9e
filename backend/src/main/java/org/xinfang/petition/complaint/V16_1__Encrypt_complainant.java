package org.xinfang.petition.complaint;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.Resealing;

/**
 * Encrypts the complainants recorded in clear before encryption at rest (H2 files of earlier versions, demo data)
 * and fills their blind indexes where missing. The real name becomes wide enough for its ciphertext first.
 * Running it on rows already encrypted changes nothing.
 */
@Component
class V16_1__Encrypt_complainant extends BaseJavaMigration {

    private final Resealing resealing;

    V16_1__Encrypt_complainant(Resealing resealing) {
        this.resealing = resealing;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        resealing.widen(connection, ComplainantColumns.REAL_NAME, 512);
        resealing.resealAll(connection, ComplainantColumns.ALL, 500);
    }
}
