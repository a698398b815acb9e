/**
 * Personal data protection (个人信息保护): authenticated encryption of personal data at rest (AES-256-GCM, or
 * SM4-GCM by configuration), values and whole files (streaming, in authenticated segments), with versioned keys
 * and rotation, keyed blind indexes for exact-match lookups, and masking for everything that is not an explicit,
 * audited view of the full value.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"shared"})
package org.xinfang.petition.privacy;
