package com.residentdesk.resident;

import com.residentdesk.casefile.CasePhotoRepository;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskDescriptionContributor;
import com.residentdesk.system.DeskProperties;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A handler sees on every task of a case that the resident sent photos, and where they are. */
@Component
class PhotosOnTasks implements TaskDescriptionContributor {

  private final CasePhotoRepository photos;
  private final String site;

  PhotosOnTasks(CasePhotoRepository photos, DeskProperties desk) {
    this.photos = photos;
    String tasklist = desk.mail().tasklistUrl();
    int camunda = tasklist.indexOf("/camunda/");
    this.site = camunda < 0 ? "" : tasklist.substring(0, camunda);
  }

  @Override
  public Optional<String> describe(ServiceCase serviceCase) {
    List<CasePhotoRepository.PhotoInfo> sent = photos.infoOf(serviceCase.getId());
    if (sent.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "居民照片 " + sent.size() + " 张：" + site + "/r/photos.html#" + serviceCase.getCaseNumber());
  }
}
