package org.xinfang.petition.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone another police service served in a month (a 110/119/122 caller, a visitor at a window), imported for the
 * survey: the name and phone encrypted like a complainant's, the phone's blind index for "not twice in a year".
 */
@Entity
@Table(name = "survey_service_user")
class ServiceUser {

    static final String ERASED_NAME = "（已匿名）";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_month")
    private String month;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private PoliceService service;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "real_name")
    @Convert(converter = ServiceUserColumns.RealName.class)
    private String realName;

    @Convert(converter = ServiceUserColumns.Phone.class)
    private String phone;

    @Column(name = "phone_index")
    private String phoneIndex;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected ServiceUser() {}

    ServiceUser(String month, ServiceUserRow row, String phoneIndex, String importedBy, Instant importedAt) {
        this.month = month;
        this.unitCode = row.unitCode();
        this.service = row.service();
        this.servedOn = row.servedOn();
        this.realName = row.name();
        this.phone = row.phone();
        this.phoneIndex = phoneIndex;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /**
     * The retention period is over: the name and phone are erased; the phone's blind index becomes a marker of its
     * own row (the month's phones are unique), so the person is no longer found by it. Bureau, service and day stay.
     */
    void erase(Instant at) {
        this.realName = ERASED_NAME;
        this.phone = "";
        this.phoneIndex = "erased:" + id;
        this.erasedAt = at;
    }

    Long getId() {
        return id;
    }

    String getUnitCode() {
        return unitCode;
    }

    PoliceService getService() {
        return service;
    }

    String getRealName() {
        return realName;
    }

    String getPhone() {
        return phone;
    }

    String getPhoneIndex() {
        return phoneIndex;
    }
}
