package com.residentdesk.property;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Which region of its property a building belongs to. */
@Entity
@Table(name = "building_region")
@IdClass(BuildingRegion.Key.class)
public class BuildingRegion {

  /** Buildings are named per property: both estates have a building 3. */
  public record Key(String propertyCode, String building) implements Serializable {}

  @Id private String propertyCode;
  @Id private String building;
  private Long regionId;

  protected BuildingRegion() {}

  public BuildingRegion(String propertyCode, String building, Long regionId) {
    this.propertyCode = propertyCode;
    this.building = building;
    this.regionId = regionId;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getBuilding() {
    return building;
  }

  public Long getRegionId() {
    return regionId;
  }
}
