package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The real-name complainant (信访人): name, resident ID number, phone and address; sex and age are read from the
 * ID number when the complaint is filed, not asked (the age is the one on that day). Name, ID number, phone and
 * address are stored encrypted ({@link ComplainantColumns}); staff see them masked unless they ask for the full
 * view, which is audited (docs/privacy.md).
 */
@Entity
public class Complainant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "real_name")
    @Convert(converter = ComplainantColumns.RealName.class)
    private String realName;

    @Column(name = "resident_id")
    @Convert(converter = ComplainantColumns.ResidentId.class)
    private String residentId;

    @Convert(converter = ComplainantColumns.Phone.class)
    private String phone;

    @Convert(converter = ComplainantColumns.Address.class)
    private String address;

    /** Blind index (keyed hash) of the resident ID number, for exact-match lookups. */
    @Column(name = "resident_id_index")
    private String residentIdIndex;

    /** Blind index (keyed hash) of the phone number in E.164. */
    @Column(name = "phone_index")
    private String phoneIndex;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "age_at_filing")
    private Integer ageAtFiling;

    protected Complainant() {}

    Complainant(String realName, String residentId, String phone, String address, Sex sex, int ageAtFiling) {
        this.realName = realName;
        this.residentId = residentId;
        this.phone = phone;
        this.address = address;
        this.sex = sex;
        this.ageAtFiling = ageAtFiling;
    }

    /** What an erased complainant's name reads. */
    public static final String ERASED_NAME = "（已匿名）";

    /**
     * Erases the name, resident ID number, phone and address, and the phone's blind index; sex and age stay for the
     * statistics, the ID number's blind index only when asked to.
     */
    void erase(boolean keepResidentIdIndex) {
        this.realName = ERASED_NAME;
        this.residentId = "";
        this.phone = "";
        this.address = "";
        this.phoneIndex = null;
        if (!keepResidentIdIndex) {
            this.residentIdIndex = null;
        }
    }

    /** Records the blind indexes of the ID number and phone, computed by the privacy module's keyed hash. */
    void index(String residentIdIndex, String phoneIndex) {
        this.residentIdIndex = residentIdIndex;
        this.phoneIndex = phoneIndex;
    }

    public Long getId() {
        return id;
    }

    public String getRealName() {
        return realName;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getResidentIdIndex() {
        return residentIdIndex;
    }

    public String getPhoneIndex() {
        return phoneIndex;
    }

    public Sex getSex() {
        return sex;
    }

    /** Whole years on the day the complaint was filed; null for complainants recorded before it was kept. */
    public Integer getAgeAtFiling() {
        return ageAtFiling;
    }
}
