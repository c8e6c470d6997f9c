package com.residentdesk.rota;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DutyShiftRepository extends JpaRepository<DutyShift, Long> {

  List<DutyShift> findByPropertyCodeAndGroupIdOrderByIdAsc(String propertyCode, String groupId);

  List<DutyShift> findByPropertyCodeInOrderByPropertyCodeAscGroupIdAscIdAsc(
      Collection<String> propertyCodes);

  long countByPropertyCode(String propertyCode);
}
