package org.xinfang.petition.privacy;

import jakarta.persistence.AttributeConverter;

/**
 * A JPA converter that stores an attribute encrypted and reads it back in clear. Subclasses name their column
 * and are Spring beans (Hibernate takes converters from the application context), so the cipher and its keys
 * are injected: {@code class PhoneColumn extends EncryptedColumn { PhoneColumn(PersonalDataCipher c) {
 * super(c, "complainant.phone"); } }}.
 */
public abstract class EncryptedColumn implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;
    private final String associatedData;

    protected EncryptedColumn(PersonalDataCipher cipher, ProtectedColumn column) {
        this.cipher = cipher;
        this.associatedData = column.associatedData();
    }

    @Override
    public String convertToDatabaseColumn(String value) {
        return cipher.encrypt(associatedData, value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(associatedData, stored);
    }
}
