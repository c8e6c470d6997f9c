package com.residentdesk.specialservice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SamplingCallbackRepository extends JpaRepository<SamplingCallback, Long> {
  List<SamplingCallback> findByPropertyCodeAndSampledMonth(String propertyCode, String month);
}
