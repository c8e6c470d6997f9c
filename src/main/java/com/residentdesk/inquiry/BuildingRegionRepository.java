package com.residentdesk.inquiry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BuildingRegionRepository extends JpaRepository<BuildingRegion, String> {}
