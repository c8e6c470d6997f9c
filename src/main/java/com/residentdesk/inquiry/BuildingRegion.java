package com.residentdesk.inquiry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which region a building belongs to. */
@Entity
@Table(name = "building_region")
public class BuildingRegion {

  @Id private String building;
  private Long regionId;

  protected BuildingRegion() {}

  public BuildingRegion(String building, Long regionId) {
    this.building = building;
    this.regionId = regionId;
  }

  public String getBuilding() {
    return building;
  }

  public Long getRegionId() {
    return regionId;
  }
}
