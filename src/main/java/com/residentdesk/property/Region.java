package com.residentdesk.property;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region of a property and its regional customer manager (INQ-03, CHA-02). */
@Entity
@Table(name = "region")
public class Region {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String name;
  private String managerUser;

  protected Region() {}

  public Region(String propertyCode, String name, String managerUser) {
    this.propertyCode = propertyCode;
    this.name = name;
    this.managerUser = managerUser;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getName() {
    return name;
  }

  public String getManagerUser() {
    return managerUser;
  }
}
