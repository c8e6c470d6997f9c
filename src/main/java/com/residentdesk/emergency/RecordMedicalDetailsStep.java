package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.RESIDENT_CHOICE;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ResidentRequest;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * EMG-03: the resident's choice. The address and phone are the case's, recorded by the clerk and
 * not asked again; the sheet says which were used.
 */
@Component
class RecordMedicalDetailsStep extends TaskStep {

  private final CaseFiles caseFiles;

  RecordMedicalDetailsStep(CaseFiles caseFiles) {
    super(
        EmergencyResponseProcess.Element.RECORD_MEDICAL_DETAILS,
        "EMG-03",
        onSheet(RESIDENT_CHOICE, "Resident's choice"));
    this.caseFiles = caseFiles;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    ResidentRequest request = serviceCase.getRequest();
    caseFiles.record(
        serviceCase.getId(),
        EmergencyResponseProcess.Element.RECORD_MEDICAL_DETAILS,
        "Address and phone as registered",
        "Address: " + request.unit() + ", " + request.location() + "\nPhone: " + request.phone(),
        "EMG-03");
    form.oneOf(
        RESIDENT_CHOICE, "The resident's choice", List.of("hospital", "ambulance", "staff-help"));
  }
}
