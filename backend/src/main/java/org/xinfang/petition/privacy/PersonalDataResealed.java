package org.xinfang.petition.privacy;

/** A key rotation finished: every protected value is under data key {@code keyVersion}. For the audit trail. */
public record PersonalDataResealed(int keyVersion, long examined, long reencrypted, long reindexed) {}
