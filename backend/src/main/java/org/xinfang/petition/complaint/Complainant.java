package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The real-name complainant (信访人): name, resident ID number, phone and address. */
@Entity
public class Complainant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "real_name")
  private String realName;

  @Column(name = "resident_id")
  private String residentId;

  private String phone;

  private String address;

  protected Complainant() {}

  public Complainant(String realName, String residentId, String phone, String address) {
    this.realName = realName;
    this.residentId = residentId;
    this.phone = phone;
    this.address = address;
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
}
