package com.residentdesk.system;

/**
 * The thing asked for does not exist, or the caller may not see it: answered with 404. The message
 * is a code of messages/problems*.properties with its arguments (or a plain sentence).
 */
public class NotFoundException extends RuntimeException {

  private final transient Object[] args;

  public NotFoundException(String code, Object... args) {
    super(code);
    this.args = args;
  }

  public Object[] args() {
    return args;
  }
}
