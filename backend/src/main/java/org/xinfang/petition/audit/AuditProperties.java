package org.xinfang.petition.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the trail is sealed and anchored (docs/security.md).
 *
 * @param hash the chain's hash: SHA256 or SM3, keyed as HMAC-SHA256 or HMAC-SM3 (fixed for the life of a log:
 *     verification uses the same one)
 * @param keys the versioned audit keys as {@code 1:<base64>,2:<base64>}, each at least 32 bytes (env
 *     {@code PETITION_AUDIT_KEYS}); or
 * @param keyFile a properties file with {@code audit.<version>=<base64>} and optionally {@code audit.active=<version>}
 *     (env {@code PETITION_AUDIT_KEY_FILE}; it may be the data key file)
 * @param activeKeyVersion the version new entries are sealed with; the highest by default
 * @param generateKey create the key file with a fresh key when none exists (the embedded default only)
 * @param anchorFile where each node appends the checkpoints of the chain's head (a local path per node)
 * @param anchorInterval how often each node anchors the head
 * @param chainSweepInterval how often each node chains the entries left pending (a commit's own trigger chains
 *     them at once; the sweep catches those of a node that died in between)
 * @param verifyAgainst a file of checkpoint lines (such as those the log collector kept) that the command form of
 *     the verification checks besides the anchor file
 */
@ConfigurationProperties("petition.audit")
record AuditProperties(
        @DefaultValue("SHA256") ChainHash hash,
        String keys,
        String keyFile,
        Integer activeKeyVersion,
        @DefaultValue("false") boolean generateKey,
        @DefaultValue("audit-anchors.log") String anchorFile,
        @DefaultValue("PT10M") Duration anchorInterval,
        @DefaultValue("PT30S") Duration chainSweepInterval,
        String verifyAgainst) {}
