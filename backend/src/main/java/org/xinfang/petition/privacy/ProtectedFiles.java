package org.xinfang.petition.privacy;

import org.xinfang.petition.privacy.Resealing.Batch;

/**
 * Files sealed with {@link FileCipher}, declared as a bean by the module that keeps them, so that the key rotation
 * re-encrypts them as it does the {@link ProtectedColumn}s. The module walks its own records of the files in id
 * order and replaces each file only once its new version is complete, so a rotation cut short leaves every file
 * readable and is finished by running it again.
 */
public interface ProtectedFiles {

    /**
     * Brings the files of at most {@code size} records after {@code afterId} under the active key; files already
     * there are left alone. Holds no database connection while it works on the files.
     */
    Batch reseal(long afterId, int size);
}
