package com.residentdesk.rota;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DutyShiftRepository extends JpaRepository<DutyShift, Long> {

  List<DutyShift> findByGroupIdOrderByIdAsc(String groupId);

  List<DutyShift> findAllByOrderByGroupIdAscIdAsc();
}
