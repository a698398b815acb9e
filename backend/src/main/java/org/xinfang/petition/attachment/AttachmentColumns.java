package org.xinfang.petition.attachment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.privacy.EncryptedColumn;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.privacy.ProtectedColumn;

/**
 * What an attachment row says about the complainant is encrypted like the complainant: the text extracted from
 * the file (a letter holds name, ID number, phone and address) and the client's file name (people name a scan
 * after whose it is). Both are in the key rotation; the text, up to 100,000 characters a row, in small batches.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentColumns {

    static final ProtectedColumn EXTRACTED_TEXT =
            ProtectedColumn.of("attachment", "extracted_text").inBatchesOf(20);
    static final ProtectedColumn ORIGINAL_NAME = ProtectedColumn.of("attachment", "original_name");

    @Bean
    ProtectedColumn attachmentExtractedText() {
        return EXTRACTED_TEXT;
    }

    @Bean
    ProtectedColumn attachmentOriginalName() {
        return ORIGINAL_NAME;
    }

    static class ExtractedText extends EncryptedColumn {
        ExtractedText(PersonalDataCipher cipher) {
            super(cipher, EXTRACTED_TEXT);
        }
    }

    static class OriginalName extends EncryptedColumn {
        OriginalName(PersonalDataCipher cipher) {
            super(cipher, ORIGINAL_NAME);
        }
    }
}
