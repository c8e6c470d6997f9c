package com.residentdesk.system;

/** The thing asked for does not exist, or the caller may not see it: answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
