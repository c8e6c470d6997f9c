package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ALERT_NOTE;

import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** EMG-01: each alerted person acknowledges; the note is all there is to check. */
@Component
class AcknowledgeAlertStep extends TaskStep {

  AcknowledgeAlertStep() {
    super(
        EmergencyResponseProcess.Element.ACKNOWLEDGE_ALERT,
        "EMG-01",
        onSheet(ALERT_NOTE, "Acknowledged"));
  }
}
