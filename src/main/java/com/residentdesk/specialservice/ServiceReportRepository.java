package com.residentdesk.specialservice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceReportRepository extends JpaRepository<ServiceReport, Long> {

  Optional<ServiceReport> findByPropertyCodeAndReportMonth(String propertyCode, String month);
}
