package com.residentdesk.property;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BuildingRegionRepository
    extends JpaRepository<BuildingRegion, BuildingRegion.Key> {

  List<BuildingRegion> findByPropertyCodeOrderByBuildingAsc(String propertyCode);
}
