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
