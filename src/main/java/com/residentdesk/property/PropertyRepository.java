package com.residentdesk.property;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PropertyRepository extends JpaRepository<Property, String> {

  List<Property> findAllByOrderByCodeAsc();
}
