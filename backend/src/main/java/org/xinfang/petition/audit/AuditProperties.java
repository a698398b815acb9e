package org.xinfang.petition.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param hash the chain's hash: SHA256 or SM3 (fixed for the life of a log: verification uses the same one)
 */
@ConfigurationProperties("petition.audit")
record AuditProperties(@DefaultValue("SHA256") ChainHash hash) {}
