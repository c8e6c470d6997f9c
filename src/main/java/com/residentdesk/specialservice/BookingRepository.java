package com.residentdesk.specialservice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

  Optional<Booking> findByCaseId(Long caseId);

  /** The bookings of cases at the given properties, the latest appointment first. */
  @Query(
      "select b from Booking b, ServiceCase c"
          + " where c.id = b.caseId and c.propertyCode in :properties"
          + " order by b.appointmentAt desc, b.id desc")
  List<Booking> atProperties(Collection<String> properties, Pageable page);
}
