package com.residentdesk.specialservice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementCallbackRepository extends JpaRepository<AgreementCallback, Long> {
  List<AgreementCallback> findByAgreementIdOrderByCalledAt(Long agreementId);
}
