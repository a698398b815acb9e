package org.xinfang.petition.attachment;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploads and where the files are kept ({@code petition.attachments.*}).
 *
 * @param dir the content store's directory
 * @param maxFiles files in one request
 * @param maxFileSize one file
 * @param maxTotalSize all files of one request
 * @param maxTextLength characters of extracted text kept per file
 * @param extractionTimeout how long one file may take to detect and parse; longer is refused
 * @param maxZipEntries entries of a zip container (docx, xlsx)
 * @param maxExpandedSize bytes a zip container may expand to
 * @param maxCompressionRatio expanded to compressed size of one entry larger than 64 KiB
 */
@ConfigurationProperties("petition.attachments")
record AttachmentProperties(
        @DefaultValue("./data/attachments") Path dir,
        @DefaultValue("10") int maxFiles,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("50MB") DataSize maxTotalSize,
        @DefaultValue("100000") int maxTextLength,
        @DefaultValue("30s") Duration extractionTimeout,
        @DefaultValue("1000") int maxZipEntries,
        @DefaultValue("100MB") DataSize maxExpandedSize,
        @DefaultValue("100") int maxCompressionRatio) {}
