package com.residentdesk.specialservice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BookingRepository extends JpaRepository<Booking, Long> {

  Optional<Booking> findByCaseId(Long caseId);
}
