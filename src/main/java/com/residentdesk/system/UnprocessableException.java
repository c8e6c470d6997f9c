package com.residentdesk.system;

/**
 * Well-formed input that the SOP does not allow now (an appeal after its window): 422 naming the
 * field. The message is a code of messages/problems*.properties with its arguments (or a plain
 * sentence).
 */
public class UnprocessableException extends RuntimeException {

  private final String field;
  private final transient Object[] args;

  public UnprocessableException(String field, String code, Object... args) {
    super(code);
    this.field = field;
    this.args = args;
  }

  public String field() {
    return field;
  }

  public Object[] args() {
    return args;
  }
}
