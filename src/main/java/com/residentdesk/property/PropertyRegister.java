package com.residentdesk.property;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding and describing properties and their regions: the administrator's work. */
@Service
public class PropertyRegister {

  /** A Camunda tenant id, short enough to read in a case number: "YG", "HL2". */
  public static final String CODE_PATTERN = "^[A-Z][A-Z0-9]{1,11}$";

  /** What the administrator says about a property; null zone and hours: the company's defaults. */
  public record Details(
      String name,
      String address,
      String phone,
      String timeZone,
      LocalTime frontDeskOpens,
      LocalTime frontDeskCloses) {}

  private final PropertyRepository properties;
  private final RegionRepository regions;
  private final BuildingRegionRepository buildings;
  private final ApplicationEventPublisher events;
  private final DeskClock clock;

  public PropertyRegister(
      PropertyRepository properties,
      RegionRepository regions,
      BuildingRegionRepository buildings,
      ApplicationEventPublisher events,
      DeskClock clock) {
    this.properties = properties;
    this.regions = regions;
    this.buildings = buildings;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Property add(String code, Details details) {
    if (code == null || !code.matches(CODE_PATTERN)) {
      throw new InvalidFieldException("code", "problem.property.code");
    }
    if (properties.existsById(code)) {
      throw new UnprocessableException("code", "problem.property.exists", code);
    }
    Property property = new Property(code, details.name(), clock.now());
    describe(property, details);
    properties.save(property);
    events.publishEvent(new PropertyCreated(code));
    return property;
  }

  @Transactional
  public Property update(Property property, Details details) {
    describe(property, details);
    return property;
  }

  /**
   * A region of the property with its regional manager and buildings (INQ-03); a building named
   * again moves from its former region.
   */
  @Transactional
  public Region addRegion(
      String propertyCode, String name, String manager, List<String> inBuildings) {
    if (regions.findByPropertyCodeOrderByNameAsc(propertyCode).stream()
        .anyMatch(r -> r.getName().equals(name))) {
      throw new UnprocessableException("name", "problem.property.region-exists", name);
    }
    Region region = regions.save(new Region(propertyCode, name, manager));
    for (String building : inBuildings) {
      buildings.save(new BuildingRegion(propertyCode, building, region.getId()));
    }
    return region;
  }

  /** The regions of a property with their buildings. */
  public Map<Region, List<String>> regionsOf(String propertyCode) {
    List<BuildingRegion> all = buildings.findByPropertyCodeOrderByBuildingAsc(propertyCode);
    Map<Region, List<String>> result = new LinkedHashMap<>();
    for (Region region : regions.findByPropertyCodeOrderByNameAsc(propertyCode)) {
      result.put(
          region,
          all.stream()
              .filter(b -> b.getRegionId().equals(region.getId()))
              .map(BuildingRegion::getBuilding)
              .toList());
    }
    return result;
  }

  private static void describe(Property property, Details details) {
    if (details.name() == null || details.name().isBlank()) {
      throw new InvalidFieldException("name", "problem.field.blank");
    }
    if (details.timeZone() != null) {
      try {
        ZoneId.of(details.timeZone());
      } catch (DateTimeException e) {
        throw new InvalidFieldException("timeZone", "problem.property.time-zone");
      }
    }
    if ((details.frontDeskOpens() == null) != (details.frontDeskCloses() == null)) {
      throw new InvalidFieldException("frontDeskCloses", "problem.property.hours");
    }
    property.describe(
        details.name().trim(),
        details.address(),
        details.phone(),
        details.timeZone(),
        details.frontDeskOpens(),
        details.frontDeskCloses());
  }
}
