package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ADDRESS;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CONTACT_PHONE;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.RESIDENT_CHOICE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** EMG-03: address, phone and the resident's choice. */
@Component
class RecordMedicalDetailsStep extends TaskStep {

  RecordMedicalDetailsStep() {
    super(
        EmergencyResponseProcess.Element.RECORD_MEDICAL_DETAILS,
        "EMG-03",
        onSheet(ADDRESS, "Address"),
        onSheet(CONTACT_PHONE, "Phone"),
        onSheet(RESIDENT_CHOICE, "Resident's choice"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(ADDRESS, "The address");
    form.required(CONTACT_PHONE, "The phone number");
    form.oneOf(
        RESIDENT_CHOICE, "The resident's choice", List.of("hospital", "ambulance", "staff-help"));
  }
}
