package org.xinfang.petition.installation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the install command ({@link InstallCommand}) creates. Setting {@code administrator} runs it.
 *
 * @param administrator the first administrator's login (lower-case letters, digits, dots, dashes, underscores); the
 *     install command runs, instead of the application, when it is set
 * @param administratorName the first administrator's display name; the login by default
 * @param unit the code of the first administrator's unit: an existing unit, or the petition office the command
 *     creates in {@code region} ({@code petition-<region>} by default)
 * @param unitName the Chinese name of the petition office the command creates (its English name is
 *     "Petition Office")
 * @param region the GB/T 2260 code of the region of the office the command creates (e.g. 640000); created as a
 *     province, city or county by its code when it does not exist
 * @param regionName the region's Chinese name, when the command creates it
 * @param regionNameEn the region's English name, when the command creates it; the Chinese name by default
 */
@ConfigurationProperties("petition.install")
record InstallProperties(
        String administrator,
        String administratorName,
        String unit,
        String unitName,
        String region,
        String regionName,
        String regionNameEn) {}
