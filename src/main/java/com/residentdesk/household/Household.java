package com.residentdesk.household;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A household of a property: who lives in a unit and how they want to be reached. Units are named
 * per property ("1-0502" exists in several estates).
 */
@Entity
@Table(name = "household")
public class Household {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String unit;
  private String residentName;
  private String phone;
  private String email;
  private String language;
  private String preferredChannel;
  private boolean importantOwner;

  protected Household() {}

  /** An important owner (SUG-03): their suggestions go to the centre manager. */
  public Household asImportantOwner() {
    this.importantOwner = true;
    return this;
  }

  public Household(
      String propertyCode,
      String unit,
      String residentName,
      String phone,
      String email,
      String language,
      String preferredChannel) {
    this.propertyCode = propertyCode;
    this.unit = unit;
    this.residentName = residentName;
    this.phone = phone;
    this.email = email;
    this.language = language;
    this.preferredChannel = preferredChannel;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getUnit() {
    return unit;
  }

  public String getResidentName() {
    return residentName;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public String getPreferredChannel() {
    return preferredChannel;
  }

  public boolean isImportantOwner() {
    return importantOwner;
  }
}
