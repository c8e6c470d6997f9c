package com.residentdesk.inquiry;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.BuildingRegion;
import com.residentdesk.property.BuildingRegionRepository;
import com.residentdesk.property.Region;
import com.residentdesk.property.RegionRepository;
import org.springframework.stereotype.Component;

/**
 * The regional customer manager of a case's building (INQ-03, CHA-02), from the region tables of
 * the case's property; the building is the part of the unit number before the dash ("3-1201" is
 * building 3). Exposed to the models as {@code regions}. No region: nobody is named and the whole
 * group sees the task.
 */
@Component("regions")
public class RegionDirectory {

  private final RegionRepository regions;
  private final BuildingRegionRepository buildings;
  private final CaseFiles caseFiles;

  public RegionDirectory(
      RegionRepository regions, BuildingRegionRepository buildings, CaseFiles caseFiles) {
    this.regions = regions;
    this.buildings = buildings;
    this.caseFiles = caseFiles;
  }

  public String managerOf(Long caseId) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    String unit = serviceCase.getRequest().unit();
    String building = unit.contains("-") ? unit.substring(0, unit.indexOf('-')) : unit;
    return buildings
        .findById(new BuildingRegion.Key(serviceCase.getPropertyCode(), building))
        .flatMap(b -> regions.findById(b.getRegionId()))
        .map(Region::getManagerUser)
        .orElse(null);
  }
}
