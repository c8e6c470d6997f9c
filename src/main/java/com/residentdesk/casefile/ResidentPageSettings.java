package com.residentdesk.casefile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The residents' page ({@code desk.resident}): where residents open it, how long their links last,
 * and how much one source may try.
 *
 * @param pageUrl the page's address as residents reach it; links are {@code pageUrl#t=<token>}
 * @param linkLifetime a link from the report page or the acknowledgement
 * @param lookupLifetime a link got with the case number and the phone's last four digits
 * @param reportsPerHour reports one source address may send in an hour
 * @param lookupFailures wrong look-ups of one case (or from one address) before it is locked
 * @param lookupLock how long such a lock lasts
 * @param maxPhotos photos per report
 * @param maxPhotoBytes bytes per photo
 */
@ConfigurationProperties("desk.resident")
public record ResidentPageSettings(
    String pageUrl,
    Duration linkLifetime,
    Duration lookupLifetime,
    int reportsPerHour,
    int lookupFailures,
    Duration lookupLock,
    int maxPhotos,
    int maxPhotoBytes) {}
