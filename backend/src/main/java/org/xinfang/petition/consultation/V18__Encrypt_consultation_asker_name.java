package org.xinfang.petition.consultation;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.Resealing;

/**
 * Encrypts the askers' names recorded in clear before they were encrypted at rest; the column was made wide
 * enough for the ciphertext by V14. Running it on names already encrypted changes nothing.
 */
@Component
class V18__Encrypt_consultation_asker_name extends BaseJavaMigration {

    private final Resealing resealing;

    V18__Encrypt_consultation_asker_name(Resealing resealing) {
        this.resealing = resealing;
    }

    @Override
    public void migrate(Context context) throws Exception {
        resealing.resealAll(context.getConnection(), List.of(ConsultationColumns.ASKER_NAME), 500);
    }
}
