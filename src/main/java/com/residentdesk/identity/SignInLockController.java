package com.residentdesk.identity;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator sees who is locked out from where, and lifts a lock (SecurityConfig: admin).
 */
@RestController
@RequestMapping("/api/sign-in-locks")
class SignInLockController {

  private final SignInThrottle throttle;

  SignInLockController(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @GetMapping
  List<SignInThrottle.Lock> locks() {
    return throttle.locks();
  }

  @DeleteMapping("/{reference}")
  ResponseEntity<Void> lift(@PathVariable String reference) {
    return throttle.lift(reference)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }
}
